// Generic rules the lead added on the nineteenth held-out batch's first contact (a Xinhua provincial channel, Xinhua
// Arabic, Huanqiu, a Shetland weekly, a Slovak regional paper, LSM.lv, a Drupal HTML page, a Webz.io record).
// Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { parseBareNames, outletAfterNames } from "../../electron/core/extract/byline.js";
import { findDates } from "../../electron/core/extract/dates.js";
import { openingReporters, parseDateline } from "../../electron/core/extract/dateline.js";
import { guessPublisher, mastheadCandidates } from "../../electron/core/extract/publisher.js";
import { shortlinkId } from "../../electron/core/extract/ids.js";
import { editorOf } from "../../electron/core/extract/text-dump/classify.js";
import { lineKind as kind, utf8 } from "../helpers.js";

const para = (k: number) => `The county will open three new bus routes from the rebuilt terminus in the town centre on Monday, the transit company said, in step ${k} of its plan.`;

test("a Drupal story field ('field--type-text-with-summary') is the story, not a summary box; its shortlink names the node", () => {
  const html = `<!doctype html><html lang="en"><head><title>Three bus routes to open | Example Gleam</title>
    <link rel="canonical" href="https://example-gleam.com/article/news/20250305/three-bus-routes-open" />
    <link rel="shortlink" href="https://example-gleam.com/node/4455667" /></head>
    <body><article><h1>Three bus routes to open</h1>
    <div class="field field--name-body field--type-text-with-summary"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div>
    </article></body></html>`;
  const r = extractScrape(utf8(html), "gleam.html");
  assert.equal(r.fields.body.length, 3, r.fields.body.join(" / "));
  assert.equal(r.fields.externalId, "4455667");
  assert.equal(shortlinkId("https://example-gleam.com/node/4455667", "https://other.example/x"), "");
  assert.equal(shortlinkId("https://example-gleam.com/?p=718234", "https://example-gleam.com/2025/03/x/"), "718234");
});

test("Arabic wire copy: place, date and the agency in brackets, with or without a dash; its picture credit; المحرر as the editor's label", () => {
  assert.equal(parseDateline("بكين 3 مارس 2025 (شينخوا) أعلنت السلطات اليوم عن خط جديد للحافلات")?.text, "بكين 3 مارس 2025 (شينخوا)");
  assert.equal(parseDateline("القاهرة (رويترز) - قالت وزارة النقل اليوم إن الخط سيفتح")?.text, "القاهرة (رويترز)");
  assert.equal(parseDateline("بكين 3 مارس 2025 (شينخوا) - أعلنت السلطات اليوم عن خط جديد")?.text, "بكين 3 مارس 2025 (شينخوا)");
  assert.equal(parseDateline("قالت وزارة النقل (رويترز) اليوم إن الخط سيفتح"), null);
  assert.equal(kind("صورة ملتقطة يوم 3 مارس 2025 تظهر ركابا في محطة الحافلات الجديدة في وسط المدينة. (شينخوا/وانغ لي)"), "caption");
  assert.equal(editorOf("المحرر: سمير"), "سمير");
  assert.equal(kind("المحرر: سمير"), "editor");
});

test("'Posted on DATE by X and Y': the byline after the date on one line", () => {
  const page = ["Ferry linkspan to close for repairs", "", "Posted on 4 March 2025 at 10:05 am by Ann Lowrie and Tom Inkster", "", para(1), "", para(2), "", para(3)].join("\n");
  assert.deepEqual(extractScrape(utf8(page), "p.txt").fields.authors, ["Ann Lowrie", "Tom Inkster"]);
});

test("【Outlet记者 A 特约记者 B】 opening the story: its reporters, and no dateline", () => {
  assert.deepEqual(openingReporters("【示例时报记者 刘洋 特约记者 陈静】11日上午，新线路正式开通。")?.names, ["刘洋", "陈静"]);
  assert.equal(openingReporters("【本报讯】11日上午，新线路正式开通。"), null);
});

test("a place in capitals closed by a full stop (Slovak, Czech papers) is a dateline; a sentence's opening word is not", () => {
  assert.equal(parseDateline("PREŠOV. Mesto od júla spustí novú autobusovú linku na sídlisko.")?.text, "PREŠOV");
  assert.equal(parseDateline("NOVÉ ZÁMKY. Mesto od júla spustí novú linku.")?.text, "NOVÉ ZÁMKY");
  assert.equal(parseDateline("UPDATE. The council said."), null);
  assert.equal(parseDateline("A. Novák said the line would open."), null);
});

test("Slovak and Czech furniture: related headings, 'article continues below the ad', a tip line, a labelled picture source", () => {
  assert.equal(kind("Prečítajte si viac"), "relHeader");
  assert.equal(kind("Najčítanejšie na Východe"), "relHeader");
  assert.equal(kind("Přečtěte si také"), "relHeader");
  assert.equal(kind("Článok pokračuje pod reklamou"), "ad");
  assert.equal(kind("Story continues below advertisement"), "ad");
  assert.equal(kind("Máte tip na článok? Napíšte nám na tipy@example.sk"), "promo");
  assert.equal(kind("Got a story tip? Email news@example.com"), "promo");
  assert.equal(kind("Ilustračné foto. (Zdroj: Východ/Peter Malý)"), "caption");
  assert.equal(kind("A bus at the Peel Street interchange. The council says two more buses are needed. Picture by Sam Reid"), "caption");
  assert.equal(kind("This story appears in this week's Example Times, out now."), "credit");
});

test("Latvian dates, year first: '2025. gada 9. aprīlis, 10:15'", () => {
  const [d] = findDates("2025. gada 9. aprīlis, 10:15");
  assert.deepEqual([d?.year, d?.month, d?.day, d?.hour, d?.minute], [2025, 4, 9, 10, 15]);
});

test("a name with its outlet in brackets ('Anna Berzina (Latvijas Radio)'): the name, and the outlet as the credit", () => {
  assert.deepEqual(parseBareNames("Anna Berzina (Latvijas Radio)"), ["Anna Berzina"]);
  assert.equal(outletAfterNames("Anna Berzina (Latvijas Radio)"), "Latvijas Radio");
  assert.equal(outletAfterNames("Anna Berzina (Riga)"), "");
});

test("the logo printing an organisation's initials is the brand, the full name in the copyright its owner; a skip link is no logo", () => {
  const mastheads = mastheadCandidates(["Pāriet uz saturu", "ELR.lv", "Example Latvian Radio"]);
  assert.deepEqual(mastheads, ["ELR.lv", "Example Latvian Radio"]);
  assert.equal(guessPublisher({ mastheads, copyrightOwners: ["Example Latvian Radio"], hosts: ["elr.lv"] })?.name, "ELR.lv");
  // (The same evidence with a logo that is not the initials: the full name keeps the vote.)
  const ev = (logo: string) => ({ mastheads: [`${logo}.lv`, "Example Latvian Radio"], copyrightOwners: ["Example Latvian Radio"], browserTitles: ["Example Latvian Radio"], hosts: [`${logo.toLowerCase()}.lv`] });
  assert.equal(guessPublisher(ev("ELR"))?.name, "ELR.lv");
  assert.equal(guessPublisher(ev("XYZ"))?.name, "Example Latvian Radio");
});

test("a news API record: the site's name after the headline in its full title; a click-tracking redirect yields to the page's address", () => {
  const rec = {
    thread: { url: "https://www.example-times.com.fj/new-bus-timetable/", title_full: "New bus timetable for the corridor - The Example Times", title: "New bus timetable for the corridor" },
    url: "https://omgili.com/ri/AbCdEf123.xyz",
    title: "New bus timetable for the corridor",
    text: [para(1), para(2), para(3)].join("\n"),
    published: "2025-02-20T04:32:00.000+02:00",
  };
  const r = extractScrape(utf8(JSON.stringify(rec)), "rec.json");
  assert.equal(r.fields.publisher, "The Example Times");
  assert.equal(r.fields.url, "https://www.example-times.com.fj/new-bus-timetable/");
});
