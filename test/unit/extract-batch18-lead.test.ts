// Generic rules the lead added on the eighteenth held-out batch's first contact (China Daily's e-paper, Xinhua Silk
// Road, Beijing Review, Times Colonist, ERR, Taipei Times, Otago Daily Times). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseByline, parseCredit } from "../../electron/core/extract/byline.js";
import { isArticleUrl } from "../../electron/core/extract/ids.js";
import { choosePublisher, copyrightOwner, guessPublisher } from "../../electron/core/extract/publisher.js";
import { editorOf } from "../../electron/core/extract/text-dump/classify.js";
import { lineKind as kind } from "../helpers.js";


test("a logo naming the profile's outlet in two scripts is the outlet, no edition of it", () => {
  const profile = { brand: "Example Daily", names: ["Example Daily", "例子日报", "exampledaily.com.cn"], domains: ["exampledaily.com.cn"], sure: true, own: false };
  const c = choosePublisher({ mastheads: ["EXAMPLEDAILY 例子日报"], copyrightOwners: ["Example Daily"] }, profile);
  assert.equal(c?.name, "Example Daily");
  assert.equal(c?.warning, undefined);
});

test("the site's shown name over a copyright owner's legal spelling; a tagline after the brand is dropped", () => {
  assert.equal(guessPublisher({ metadata: ["Harbour Times"], browserTitles: ["Harbour Times"], copyrightOwners: ["The Harbour Times"] })?.name, "Harbour Times");
  assert.equal(guessPublisher({ metadata: ["Valley Daily Times Online News"], browserTitles: ["Valley Daily Times Online News"], copyrightOwners: ["Valley Daily Times"] })?.name, "Valley Daily Times");
  assert.equal(copyrightOwner("Valley Press Ltd · Copyright © 2025 Valley Daily Times · Privacy"), "Valley Daily Times");
});

test("editor credits: 'Edited by X with Outlet, e-mail', 'Copyedited by X', Estonian 'Toimetaja: X'", () => {
  assert.deepEqual(parseCredit("(Edited by Wang Lei with Example News, wanglei@example.org)")?.editors, ["Wang Lei"]);
  assert.deepEqual(parseCredit("Copyedited by Anna van Dijk")?.editors, ["Anna van Dijk"]);
  assert.equal(kind("Copyedited by Anna van Dijk"), "credit");
  assert.equal(editorOf("Toimetaja: Kadri Tamm"), "Kadri Tamm");
  assert.equal(kind("Toimetaja: Kadri Tamm"), "editor");
});

test("a byline naming where each reporter writes from: 'By X in A and Y in B'", () => {
  assert.deepEqual(parseByline("By ZHOU LI in Changsha and YAN MEI in Beijing")?.names, ["Zhou Li", "Yan Mei"]);
  assert.deepEqual(parseByline("By Jo Bell in New York")?.names, ["Jo Bell"]);
});

test("an e-paper's 'Stories on this page' heads a related list", () => {
  assert.equal(kind("Stories on this page"), "relHeader");
  assert.equal(kind("本版其他新闻"), "relHeader");
});

test("a site whose host ends in 't.com' is no t.co link: its page address is an article's", () => {
  assert.ok(isArticleUrl("https://www.examplecolonist.com/local-news/double-deckers-route-10912345"));
  assert.ok(!isArticleUrl("https://t.co/AbCdEf123"));
});

test("bodies: a newsletter's pitch, a caption closed by the photographer and outlet in capitals, an HTML picture box's caption", async () => {
  assert.equal(kind("The Example Post Transport newsletter brings you the latest on roads, rail and buses every Thursday."), "promo");
  assert.equal(kind("A double-decker on Douglas Street. The buses will move to the Sooke route in September. DARREN STONE, EXAMPLE COLONIST"), "caption");
  const { extractScrape } = await import("../../electron/core/extract/index.js");
  const p = (k: number) => `<p>The city will dig twelve detention ponds on farmland before the typhoon season, officials said on Thursday, in step ${k} of its plan.</p>`;
  const html = `<!doctype html><html lang="en"><head><title>Ponds to be dug before typhoon season</title></head><body><article><h1>Ponds to be dug before typhoon season</h1>
    <div class="imgbox"><img src="/p.jpg" alt=""><p>An excavator digs a detention pond in the district on Wednesday.</p><p class="credit">Photo courtesy of the city government</p></div>
    <div class="text">${p(1)}${p(2)}${p(3)}</div></article></body></html>`;
  const body = extractScrape(new TextEncoder().encode(html), "p.html").fields.body;
  assert.ok(!body.some((b: string) => b.startsWith("An excavator")), body.join(" / "));
  assert.equal(body.length, 3);
});
