// Confidence says how a value was found, and for an empty field how sure the
// extractor is that the page has none: a clean header without a byline line is a
// fairly sure "no authors", a page whose header cannot be read is not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractScrape } from "../../electron/core/extract/index.js";
import { guessPublisher, hostSpellsName, siteNameBesideTitle } from "../../electron/core/extract/publisher.js";

const fixtures = join(import.meta.dirname, "../fixtures/extract");
const extract = (name: string) => extractScrape(new Uint8Array(readFileSync(join(fixtures, name))), name);
const fromText = (text: string) => extractScrape(new TextEncoder().encode(text), "page.txt");

const PARAGRAPHS = [
  "The county board voted on Tuesday to close two branch libraries at the end of the year, citing a budget gap of about $3 million and falling visitor numbers.",
  "Residents who spoke at the meeting asked the board to keep at least one of the branches open on weekends, saying many older people rely on them for internet access.",
  "The board said the buildings would be offered to community groups before any sale, and that a mobile library would visit both neighbourhoods twice a week.",
];

test("an empty field is as sure as pages lack it: an editor credit seldom printed, a byline nearly always; a clean header counts", () => {
  const r = extract("afp_cookie_newsletter.txt");
  assert.deepEqual(r.fields.authors, []);
  for (const f of ["editor", "url", "externalId"] as const) {
    if ((r.fields[f] as unknown as string | string[]).length) continue;
    assert.ok((r.confidence[f] ?? 0) >= 0.6, `${f}: ${r.confidence[f]}`);
  }
  // Nearly every news page prints a byline: even under a clean header, an empty one goes to the editor first.
  assert.ok((r.confidence.authors ?? 1) < 0.6, `authors ${r.confidence.authors}`);
  assert.ok((r.confidence.editor ?? 0) > (r.confidence.authors ?? 1));
  // A header that could not be read makes the same empty byline more doubtful still.
  const unread = fromText(["Menu", "Search", "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n"));
  assert.ok((unread.confidence.authors ?? 1) < (r.confidence.authors ?? 0), `authors ${unread.confidence.authors} vs ${r.confidence.authors}`);
});

test("empty fields of a page whose header cannot be read stay doubtful", () => {
  const r = fromText(["Menu", "Search", "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n"));
  assert.equal(r.fields.title, "");
  assert.deepEqual(r.fields.authors, []);
  assert.ok((r.confidence.authors ?? 1) < 0.6, `authors ${r.confidence.authors}`);
  assert.ok((r.confidence.publishedAt ?? 1) < 0.6, `publishedAt ${r.confidence.publishedAt}`);
  assert.equal(r.confidence.title, 0);
});

test("a profile that says the site always prints an editor credit makes a missing one doubtful", () => {
  const page = ["Xinhuanet", "", "Farmers turn to drip irrigation as dry spell bites", "Source: Xinhua| 2017-06-12 20:41:05", "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n");
  const r = fromText(page);
  assert.equal(r.fields.publisher, "Xinhuanet");
  assert.equal(r.fields.editor, "");
  assert.ok((r.confidence.editor ?? 1) < 0.5, `editor ${r.confidence.editor}`);
  assert.ok((r.confidence.authors ?? 0) >= 0.85, `authors ${r.confidence.authors}`);
});

test("publisher of an unknown site: corroborated clues are sure, a lone masthead line is a flagged guess", () => {
  const corroborated = extract("regional_published_updated.txt");
  assert.equal(corroborated.fields.publisher, "The Brazos Valley Gazette");
  assert.ok((corroborated.confidence.publisher ?? 0) >= 0.85);
  const lone = fromText(["The Daily Clarion", "", "Libraries to close two branches after budget vote", "By Sam Ortiz", "March 5, 2024", "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n"));
  assert.equal(lone.fields.publisher, "The Daily Clarion");
  assert.ok((lone.confidence.publisher ?? 1) < 0.6);
  assert.ok(lone.warnings.some((w) => w.field === "publisher"));
});

test("publisher clues vote: a copyright owner and a browser title outweigh a navigation word at the top", () => {
  const g = guessPublisher({ mastheads: ["Sections", "The Riviera Post"], copyrightOwners: ["Riviera Post Media Ltd"], browserTitles: ["The Riviera Post"] });
  assert.equal(g?.name, "The Riviera Post");
  assert.ok((g?.confidence ?? 0) >= 0.85);
  assert.equal(guessPublisher({ mastheads: ["THE DAILY CLARION"], copyrightOwners: ["The Daily Clarion"] })?.name, "The Daily Clarion");
  assert.equal(guessPublisher({ hosts: ["www.bvgazette.com"] })?.confidence, 0.3);
  assert.equal(guessPublisher({}), null);
});

test("a host spells a name by whole words or initials", () => {
  assert.ok(hostSpellsName("www.rmcourier.com", "The Rocky Mountain Courier"));
  assert.ok(hostSpellsName("northernbeachesreview.com.au", "Northern Beaches Review"));
  assert.ok(hostSpellsName("en.yna.co.kr", "Yonhap News Agency"));
  assert.ok(!hostSpellsName("bvgazette.com", "Sections"));
});

test("a browser-title line names the site before or after the headline", () => {
  assert.equal(siteNameBesideTitle("Ferry fares to rise 12% | The Harbor Ledger", "Ferry fares to rise 12%"), "The Harbor Ledger");
  assert.equal(siteNameBesideTitle("Harbor Ledger – Ferry fares to rise 12%", "Ferry fares to rise 12%"), "Harbor Ledger");
  assert.equal(siteNameBesideTitle("Ferry fares to rise 12% next spring", "Ferry fares to rise 12%"), "");
});
