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
  assert.ok(plain.confidence.editor > 0.9, String(plain.confidence.editor));
  // (A label the readers do not know as a credit line: "Rédacteur : X" printed inside a longer line.)
  const labelled = extractScrape(utf8([...base, "", "Mis en ligne par le service web — Rédacteur : Paul Lenoir — tous droits réservés"].join("\n")), "p.txt");
  assert.equal(labelled.fields.editor, "");
  assert.ok(labelled.confidence.editor < 0.7, String(labelled.confidence.editor));
  assert.ok(labelled.warnings.some((w) => w.field === "editor" && w.message.includes("Rédacteur")), JSON.stringify(labelled.warnings));
  // ("Letters to the editor", "Editor's picks" and an editor-in-chief are no editor credit.)
  const furniture = extractScrape(utf8([...base, "", "Editor's picks", "Letters to the editor"].join("\n")), "p.txt");
  assert.ok(furniture.confidence.editor > 0.9, String(furniture.confidence.editor));
});

test("an empty id under an address holding a long number that is no date is doubtful; a date in the address is no sign", () => {
  const page = (url: string) => ["Ferry to add sailings during bridge work", "", "2025-08-22 14:32", "", story(1), "", story(2), "", story(3), "", url].join("\n");
  const withNumber = extractScrape(utf8(page("https://www.example.ie/ferry-sailings-bridge-work-6781234-Aug2025/")), "p.txt");
  assert.equal(withNumber.fields.externalId, "");
  assert.ok(withNumber.confidence.externalId < 0.7, String(withNumber.confidence.externalId));
  assert.ok(withNumber.warnings.some((w) => w.field === "externalId" && w.message.includes("6781234")));
  const dated = extractScrape(utf8(page("https://www.example.fr/actualite/ferry-sailings-bridge-work-20250822")), "p.txt");
  assert.equal(dated.fields.externalId, "");
  assert.ok(dated.confidence.externalId > 0.7, String(dated.confidence.externalId));
});
