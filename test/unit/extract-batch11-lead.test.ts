// Generic rules the lead added on the eleventh held-out batch's first contact (mostly English sites): a byline
// stacked over name, place and outlet lines above the date, the outlet line as the source credit (not a headline,
// not an author), "Save for later" as a share button, and an update stamp that loses to a date-only publication
// stamp however precise it is. Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";

const story = [
  "HALIFAX — The province will pay for two new ferries on the harbour crossing, the transport minister said on Tuesday, ending a year of uncertainty for commuters.",
  "The vessels, to be built in a yard in Nova Scotia, will each carry 400 passengers and should enter service in the spring of 2027.",
  "Commuter groups welcomed the news but asked for later sailings on weeknights, when the last ferry now leaves before 11 p.m.",
];

const page = (lines: string[]) => extractScrape(new TextEncoder().encode(lines.join("\n")), "stacked.txt");

test("a byline stacked over name, place and outlet lines: the headline above it, the author, and the outlet as source", () => {
  const r = page([
    "The Harbour Ledger", "News", "Politics", "Opinion", "",
    "Province to pay for two new harbour ferries",
    "Morgan Tremblay",
    "Halifax",
    "The Atlantic Press",
    "Published March 5, 2024",
    "Updated March 5, 2024 at 6:10 p.m. AST",
    "Share", "Save for later", "",
    ...story,
  ]);
  assert.equal(r.fields.title, "Province to pay for two new harbour ferries");
  assert.deepEqual(r.fields.authors, ["Morgan Tremblay"]);
  assert.equal(r.fields.source, "The Atlantic Press");
  // The update stamp has a time and a zone, the publication stamp only a date: the publication stamp still wins.
  assert.equal(r.fields.publishedAt, "2024-03-05");
});

test("an agency or outlet alone on the line above the date is the credit, and no second author", () => {
  const r = page([
    "Gulf Morning", "Home / Local", "",
    "Metro feeder buses to serve three new districts",
    "Layla Haddad",
    "Gulf Courier",
    "05 Mar 2024 - 2:32 pm", "",
    ...story,
  ]);
  assert.equal(r.fields.source, "Gulf Courier");
  assert.deepEqual(r.fields.authors, ["Layla Haddad"]);
});

test("datelines: a place and its country before a colon, a mixed-case place before a spaced dash, an agency in brackets with no dash", () => {
  assert.equal(parseDateline("Muscat, Oman: The ministry will open two new bus routes from Sunday, officials said.")?.text, "Muscat, Oman");
  assert.equal(parseDateline("Port Elizabeth - The municipality will raise bus fares by six percent from July.")?.text, "Port Elizabeth");
  assert.equal(parseDateline("Mumbai, Mar 5 (PTI) The suburban railway recorded its highest ridership on Monday.")?.text, "Mumbai, Mar 5 (PTI)");
  // A sentence's opening words before a dash are no place.
  assert.equal(parseDateline("Last Tuesday - The council met again to discuss the fares."), null);
  assert.equal(parseDateline("Meanwhile - Commuters waited for an hour at the terminus."), null);
});

test("a stamp's label ('Last update on:') before the date is no source", () => {
  const r = page(["Dhaka Ledger", "", "Metro rail to run late during Ramadan", "Staff Correspondent", "Last update on: Tue Mar 5, 2024 02:32 PM", "", ...story]);
  assert.equal(r.fields.source, "");
});
