// Generic rules the lead added on the twelfth held-out batch's first contact: a time printed before its date with
// "on" between them, a mixed-case place and date before a colon as the dateline, function words beside a date are no
// source, a copyright label's colon is no part of the owner, and an HTML page whose only date is printed in a
// publication-date element. Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "../../electron/core/extract/dates.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { copyrightOwner } from "../../electron/core/extract/publisher.js";
import { extractScrape } from "../../electron/core/extract/index.js";

/** A text dump: these header lines, then a three-paragraph story. */
const dump = (header: string[]) => extractScrape(new TextEncoder().encode([...header, "",
  "The corporation said on Friday that fares on the line would rise by fifteen percent from May 1, the first rise in three years.",
  "It blamed the cost of diesel and spare parts, which it said had more than doubled since the last review of the fares.",
  "Passenger groups asked for a discount for students and older travellers, who make up a third of the line's riders.",
].join("\n")), "dump.txt");

test("a time printed before its date with 'on' between them is that date's time", () => {
  const [d] = findDates("Published 9:15 am on 12 April 2024");
  assert.equal(d?.hour, 9);
  assert.equal(d?.minute, 15);
});

test("datelines: a mixed-case place and its date before a colon", () => {
  assert.equal(parseDateline("Ludhiana, April 12: The municipal corporation will add thirty electric buses by June.")?.text, "Ludhiana, April 12");
  // Without the date, a mixed-case word and a colon stays a place only as before ("Dubai:"), and a sentence is no dateline.
  assert.equal(parseDateline("The corporation, April 12: a date in prose"), null);
});

test("sources and owners: 'On' beside a date is no credit; a copyright label's colon is not the owner's", () => {
  const r = dump(["Lagos Ledger", "", "Rail fares on the Abuja line to rise in May", "By Ada Okafor & Tunde Bello", "On April 12, 2024 9:15 am In News"]);
  assert.equal(r.fields.source, "");
  assert.deepEqual(r.fields.authors, ["Ada Okafor", "Tunde Bello"]);
  assert.equal(copyrightOwner("Copyright: The Ledger Trust, 2024"), "The Ledger Trust");
});

test("HTML: with no date in the metadata, the date a publication-date element prints", () => {
  const html = `<!doctype html><html lang="en"><head><link rel="canonical" href="https://www.harbourpost.example.hk/news/section/4/265999/ferry-fares"></head>
    <body><div class="top-bar"><span>Friday, April 12, 2024</span></div><article><h1>Ferry fares to rise on outlying island routes</h1>
    <div class="pub_date">12 Apr 2024 9:15 am</div>
    ${"<p>The operator said the fares on the outlying island routes would rise by an average of eight percent from next month.</p>".repeat(4)}
    </article></body></html>`;
  const r = extractScrape(new TextEncoder().encode(html), "hk.html");
  assert.equal(r.fields.publishedAt, "2024-04-12T09:15:00+08:00");
  assert.ok(r.warnings.some((w) => w.field === "publishedAt" && /page's text/.test(w.message)));
});

test("an outlet's name above the date stamps (an update stamp printed first) is the credit", () => {
  const r = dump([
    "The Valley Tribune", "", "City to add forty electric buses by April", "Harpreet Gill", "Valley News Service",
    "Updated At: Apr 12, 2024 04:10 PM (IST)", "Posted At: Apr 12, 2024 02:32 PM (IST)",
  ]);
  assert.equal(r.fields.source, "Valley News Service");
  assert.deepEqual(r.fields.authors, ["Harpreet Gill"]);
});
