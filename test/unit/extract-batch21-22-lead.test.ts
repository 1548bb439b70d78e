// Generic rules the lead added after the twenty-first and twenty-second held-out batches' first contact (Atlantic
// Canada's zone, a role line naming the site, empty editors and ids with a sign of one on the page).
// Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { parseBareNames } from "../../electron/core/extract/byline.js";
import { findDates, formatDate } from "../../electron/core/extract/dates.js";
import { utf8 } from "../helpers.js";

const story = (k: number) => `The harbour ferry will add two sailings an hour from Monday while the bridge deck is repaved, the transit authority said, in step ${k} of its plan.`;

test("Atlantic and Newfoundland time abbreviations state their offsets (AST stays unread: Atlantic or Arabia)", () => {
  const at = (s: string) => { const [d] = findDates(s); return d ? formatDate(d).value : ""; };
  assert.equal(at("Aug. 22, 2025 2:32 p.m. ADT"), "2025-08-22T14:32:00-03:00");
  assert.equal(at("Aug. 22, 2025 2:32 p.m. NDT"), "2025-08-22T14:32:00-02:30");
  assert.equal(at("Aug. 22, 2025 2:32 p.m. AST"), "2025-08-22T14:32:00");
});

test("a role line naming the site under the byline ('Example.ca Multi-Media Journalist') is no author", () => {
  assert.deepEqual(parseBareNames("ExampleNewsAtlantic.ca Multi-Media Journalist"), []);
  assert.deepEqual(parseBareNames("Hana Rahim"), ["Hana Rahim"]);
  const page = ["Example News Atlantic", "Home | Local | Weather", "", "Ferry to add sailings during bridge work", "", "Hana Rahim", "ExampleNewsAtlantic.ca Multi-Media Journalist", "", "Published Aug. 22, 2025 2:32 p.m. ADT", "", story(1), "", story(2), "", story(3), "", "© 2025 Example News Atlantic. All rights reserved."].join("\n");
  const r = extractScrape(utf8(page), "p.txt");
  assert.deepEqual(r.fields.authors, ["Hana Rahim"]);
  assert.equal(r.fields.publishedAt, "2025-08-22T14:32:00-03:00");
});

test("an empty editor on a page that prints an editor's label is doubtful, with a warning; on a page without one it is not", () => {
  const base = ["Ferry to add sailings during bridge work", "", "2025-08-22 14:32", "", story(1), "", story(2), "", story(3)];
  const plain = extractScrape(utf8(base.join("\n")), "p.txt");
  assert.equal(plain.fields.editor, "");
  assert.ok(plain.confidence.editor! > 0.9, String(plain.confidence.editor));
  // (A label the readers do not know as a credit line: "Rédacteur : X" printed inside a longer line.)
  const labelled = extractScrape(utf8([...base, "", "Mis en ligne par le service web — Rédacteur : Paul Lenoir — tous droits réservés"].join("\n")), "p.txt");
  assert.equal(labelled.fields.editor, "");
  assert.ok(labelled.confidence.editor! < 0.7, String(labelled.confidence.editor));
  assert.ok(labelled.warnings.some((w) => w.field === "editor" && w.message.includes("Rédacteur")), JSON.stringify(labelled.warnings));
  // ("Letters to the editor", "Editor's picks" and an editor-in-chief are no editor credit.)
  const furniture = extractScrape(utf8([...base, "", "Editor's picks", "Letters to the editor"].join("\n")), "p.txt");
  assert.ok(furniture.confidence.editor! > 0.9, String(furniture.confidence.editor));
});

test("an empty id under an address holding a long number that is no date is doubtful; a date in the address is no sign", () => {
  const page = (url: string) => ["Ferry to add sailings during bridge work", "", "2025-08-22 14:32", "", story(1), "", story(2), "", story(3), "", url].join("\n");
  const withNumber = extractScrape(utf8(page("https://www.example.ie/ferry-sailings-bridge-work-6781234-Aug2025/")), "p.txt");
  assert.equal(withNumber.fields.externalId, "");
  assert.ok(withNumber.confidence.externalId! < 0.7, String(withNumber.confidence.externalId));
  assert.ok(withNumber.warnings.some((w) => w.field === "externalId" && w.message.includes("6781234")));
  const dated = extractScrape(utf8(page("https://www.example.fr/actualite/ferry-sailings-bridge-work-20250822")), "p.txt");
  assert.equal(dated.fields.externalId, "");
  assert.ok(dated.confidence.externalId! > 0.7, String(dated.confidence.externalId));
});

test("notes that are no story: a partner site's syndication note, a translation note, readers' support pitches, a funding disclosure, an outside picture credit", async () => {
  const { lineKind: kind } = await import("../helpers.js");
  assert.equal(kind("Example.ch publishes selected news reports from Reuters. The content of the reports is not edited by our editorial team."), "promo");
  assert.equal(kind("Translation of an article originally published in French on example.fr; the publisher may only be liable for the French version."), "promo");
  assert.equal(kind("Readers like you are keeping these stories free for everyone. Support us now"), "promo");
  assert.equal(kind("SUPPORT THE EXAMPLE. Our news coverage is made possible by readers like you. If you value local reporting, become a member today."), "promo");
  assert.equal(kind("LDR is local body journalism co-funded by RNZ and NZ On Air."), "promo");
  assert.equal(kind("Metro de Santo Domingo. (Fuente externa)"), "caption");
  assert.equal(kind("The council said the bridge would reopen to buses in May, when the new signals are in."), "text");
});

test("datelines: a full stop before the dash is no part of the place ('MENDOZA.–'); a Cyrillic place before a dash ('Нови Сад –')", async () => {
  const { parseDateline } = await import("../../electron/core/extract/dateline.js");
  assert.equal(parseDateline("MENDOZA.– El metrotranvía sumará dos estaciones en septiembre.")?.text, "MENDOZA");
  assert.equal(parseDateline("WASHINGTON, D.C. — The council voted on Tuesday.")?.text, "WASHINGTON, D.C.");
  assert.equal(parseDateline("Нови Сад – Градско саобраћајно предузеће уводи ноћне линије.")?.text, "Нови Сад");
  assert.equal(parseDateline("Он – као и увек – није дошао."), null);
});

test("Serbian: 'Аутор:' opens a byline, 'у 18:00' after a date is its time, 'Повезани текстови' heads a related list", async () => {
  const { lineKind: kind } = await import("../helpers.js");
  assert.equal(kind("Аутор: Милица Петровић"), "byline");
  const [d] = findDates("субота, 23.08.2025. у 18:00");
  assert.deepEqual([d?.day, d?.hour, d?.minute], [23, 18, 0]);
  assert.equal(kind("Повезани текстови"), "relHeader");
  assert.equal(kind("Коментари"), "skipHeader");
});

test("ids: an eight-digit date day first ('nid21082025') is no article number; a card link's headline is its heading, without the card's time", async () => {
  const { idFromUrl } = await import("../../electron/core/extract/ids.js");
  assert.equal(idFromUrl("https://www.example.com.ar/sociedad/metrotranvia-suma-estaciones-nid21082025/"), "");
  assert.equal(idFromUrl("https://www.example.com.ar/sociedad/metrotranvia-suma-estaciones-nid41082057/"), "41082057");
  const html = `<!doctype html><html lang="en"><head><title>Orbiter to get electric buses</title></head><body><article><h1>Orbiter to get electric buses</h1>
    <div class="body"><p>${story(1)}</p><p>${story(2)}</p><p>${story(3)}</p></div></article>
    <div class="related"><h2>Related stories</h2><ul><li><a href="/nz-news/360790112/new-bus-depot"><h3>New bus depot signed off in the suburbs</h3><span class="time">3 days ago</span></a></li></ul></div></body></html>`;
  assert.deepEqual(extractScrape(utf8(html), "p.html").fields.related, ["New bus depot signed off in the suburbs"]);
});
