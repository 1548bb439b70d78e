import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { clearSharedFacts } from "../../electron/core/extract/text-dump/line-cache.js";

// line-cache.ts keeps what a line's text alone says from page to page. Nothing of one page may reach another:
// pages of one site whose lines recur in another context (a headline as a related item, a caption line as plain
// text, a stamp at another offset, a byline in a list) must extract exactly as they do on a cold cache.
const furniture = ["Skip to content", "Home | News | Sport | Weather | Business", "Share this article: Twitter Facebook Email", "© 2024 The Example Courier. All rights reserved."];
const A = [
  ...furniture.slice(0, 2), "",
  "Floating solar farm approved for reservoir",
  "Published 5 March 2024",
  "By Harriet Penrose",
  "",
  "Image caption",
  "Volunteers at the reservoir on Saturday",
  "",
  "READING, March 5 (Courier) - A floating solar farm on the town reservoir was approved on Tuesday despite objections from anglers who fish there.",
  "The council said the panels would cover a fifth of the water and power about 1,800 homes.",
  "",
  "Related",
  "Tidal lagoon plan shelved after cost review",
  furniture[2]!, furniture[3]!,
].join("\n");
const B = [
  ...furniture.slice(0, 2), "",
  "Tidal lagoon plan shelved after cost review",
  "Published 5 March 2024",
  "By Harriet Penrose",
  "",
  "Volunteers at the reservoir on Saturday",
  "",
  "SWANSEA, March 5 (Courier) - Plans for a tidal lagoon were shelved on Tuesday after a review found the cost had doubled since 2019.",
  "Floating solar farm approved for reservoir",
  "The developer said it would appeal.",
  "",
  "Related",
  "Floating solar farm approved for reservoir",
  furniture[2]!, furniture[3]!,
].join("\n");

const run = (text: string, name: string) => JSON.stringify(extractScrape(new TextEncoder().encode(text), name));

test("a page extracts the same whatever pages of its site came before (A, B, A; B cold and warm)", () => {
  clearSharedFacts();
  const a = run(A, "a.txt");
  clearSharedFacts();
  const bCold = run(B, "b.txt");
  clearSharedFacts();
  run(A, "a.txt");
  assert.equal(run(B, "b.txt"), bCold, "B after A");
  assert.equal(run(A, "a.txt"), a, "A after B");
  // The premise: each page's headline is a related item of the other.
  const [fa, fb] = [JSON.parse(a).fields, JSON.parse(bCold).fields];
  assert.deepEqual([fa.title, fb.title], [fb.related[0], fa.related[0]]);
});
