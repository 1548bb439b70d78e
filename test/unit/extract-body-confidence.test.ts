// Body confidence computed from evidence (body-confidence.ts): a body holding a dek, a caption, an ad slot's
// notice, a stray short line or a sign-off ranks below a clean one, with a warning naming the line; a clean body
// and a story's own lists stay confident. All text invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { captionShaped, scoreBody, signOffShaped } from "../../electron/core/extract/body-confidence.js";
import { Draft } from "../../electron/core/extract/draft.js";
import { FERRY_STORY } from "../helpers.js";

/** A draft holding these paragraphs as a body Readability found, scored. */
function scored(paragraphs: string[]): Draft {
  const d = new Draft();
  for (const p of paragraphs) d.push("body", p);
  scoreBody(d, { method: "readability" });
  return d;
}
const draftWarnings = (d: Draft) => d.warnings.filter((w) => w.field === "body").map((w) => w.message).join(" | ");

const fromText = (text: string) => extractScrape(new TextEncoder().encode(text), "page.txt");
const fromHtml = (html: string) => extractScrape(new TextEncoder().encode(html), "page.html");
const STORY = [...FERRY_STORY, "A spokesperson for the ferry operator said crews for the new sailings had already been hired and trained over the winter months."];
const HEAD = ["Harbour board adds evening ferry sailings - The Gullport Gazette", "The Gullport Gazette", "Home | Local | Sport", "", "Harbour board adds evening ferry sailings", "", "By Anna Lindqvist", "Tuesday, March 5, 2024"];
const FOOT = ["", "© 2024 The Gullport Gazette. All rights reserved."];
const page = (story: string[], head = HEAD) => [...head, "", ...story.flatMap((p) => [p, ""]), ...FOOT].join("\n");
const bodyWarnings = (r: ReturnType<typeof fromText>) => r.warnings.filter((w) => w.field === "body").map((w) => w.message).join(" | ");
const clean = fromText(page(STORY));
/** An HTML page with these paragraphs in its <article>. */
const article = (paragraphs: string[], head = "") => `<!doctype html><html><head><title>Harbour board adds evening ferry sailings</title>${head}</head><body><article><h1>Harbour board adds evening ferry sailings</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

test("a clean story between the header and the footer is confident and unwarned", () => {
  assert.deepEqual(clean.fields.body, STORY);
  assert.ok((clean.confidence.body ?? 0) >= 0.85, `confidence ${clean.confidence.body}`);
  assert.equal(bodyWarnings(clean), "");
});

test("a contact line kept as the last paragraph lowers the confidence and is named", () => {
  const promo = "Readers with news of the ferry service can write to the newsroom at desk@gullport-gazette.example for a reply.";
  const r = fromText(page([...STORY, promo]));
  assert.equal(r.fields.body.at(-1), promo);
  assert.ok((r.confidence.body ?? 1) < (clean.confidence.body ?? 0) - 0.1, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /last paragraph may be a sign-off or promo \(an address or a social account\): 'Readers with news/);
});

test("a reporter's biography or a line naming the publisher closing the story is a sign-off", () => {
  assert.equal(signOffShaped("Lindqvist is a Gullport-based journalist covering transport and the harbour.", ""), "a reporter's biography");
  assert.equal(signOffShaped("Subscribe to The Gullport Gazette e-paper from 4.90 a month.", "The Gullport Gazette"), "it names the publisher");
  // (A short publisher name counts only as spelled: "DR" is not "dr" in a story's words.)
  assert.equal(signOffShaped("The dr said the new timetable would be reviewed after six months.", "DR"), "");
  assert.equal(signOffShaped(STORY[2]!, "The Gullport Gazette"), "");
});

test("a picture's caption kept as a paragraph lowers the confidence", () => {
  assert.ok(captionShaped("Passengers board the evening ferry at Gullport pier. Photo: Anna Lindqvist"));
  assert.ok(captionShaped("JANE DOE / GAZETTE FILES Passengers board the evening ferry at the pier."));
  assert.ok(captionShaped("Passengers board the evening ferry at the pier on Monday. (Gullport/Jane Doe)"));
  assert.ok(!captionShaped(STORY[0]!));
  const caption = "Passengers wait for the last ferry of the day at the pier on Monday evening. (Anna Lindqvist - Gullport Gazette)";
  const d = scored([STORY[0]!, STORY[1]!, caption, STORY[2]!, STORY[3]!]);
  assert.ok((d.confidence.body ?? 1) <= 0.7, `confidence ${d.confidence.body}`);
  assert.match(draftWarnings(d), /reads like a photo caption or credit: 'Passengers wait/);
  assert.ok((scored(STORY).confidence.body ?? 0) >= 0.85);
});

test("a first paragraph under a label ('What you need to know:') may be a summary", () => {
  const summary = "The harbour board will add two evening sailings to the island route from next month.";
  const r = fromText(page(["What you need to know:", summary, ...STORY]).replace("What you need to know:\n\n", "What you need to know:\n"));
  assert.equal(r.fields.body[0], summary);
  assert.ok((r.confidence.body ?? 1) <= 0.75, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /first paragraph may be a summary: a label stands above it/);
});

test("a first paragraph above the picture, right under the date, may be a summary; with a dateline it is the story's", () => {
  const head = HEAD.slice(0, -1);
  const summary = "Two evening sailings will be added to the island route, the harbour board decided.";
  const picture = ["Passengers at Gullport pier.", "Foto: Anna Lindqvist"];
  const text = (first: string) => [...head, "Tuesday, March 5, 2024", first, ...picture, "", ...STORY.flatMap((p) => [p, ""]), ...FOOT].join("\n");
  const r = fromText(text(summary));
  assert.equal(r.fields.body[0], summary);
  assert.ok((r.confidence.body ?? 1) <= 0.75, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /first paragraph may be a summary: it stands above the picture/);
  const d = fromText(text(`GULLPORT (Gazette) - ${summary}`));
  assert.doesNotMatch(bodyWarnings(d), /first paragraph may be a summary/);
});

test("an ad slot's notice kept between paragraphs lowers the confidence", () => {
  const notice = "This advertisement has not loaded yet, but your article continues below.";
  const r = fromText(page([STORY[0]!, notice, STORY[1]!, STORY[2]!, STORY[3]!]));
  assert.ok(r.fields.body.includes(notice));
  assert.ok((r.confidence.body ?? 1) <= 0.7, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /ad slot's notice/);
});

test("a stray short line is doubtful; the items of a list under a lead-in are the story's", () => {
  const stray = "Updated 5 March 2024 16:10";
  const d = scored([STORY[0]!, STORY[1]!, stray, STORY[2]!, STORY[3]!]);
  assert.ok((d.confidence.body ?? 1) < (scored(STORY).confidence.body ?? 0), `confidence ${d.confidence.body}`);
  assert.match(draftWarnings(d), /kept a short line that is no sentence: 'Updated 5 March 2024 16:10'/);
  const listed = scored([STORY[0]!, "The new sailings will leave at these times:", "Monday to Friday 21:40", "Saturday 22:15", "Sunday 21:10", STORY[1]!, STORY[2]!]);
  assert.equal(listed.confidence.body, scored(STORY).confidence.body);
  assert.doesNotMatch(draftWarnings(listed), /no sentence/);
});

test("an HTML page's first paragraph equal to its description may be the dek", () => {
  const dek = "Two evening sailings join the island route next month.";
  const html = (first: string) => article([first, ...STORY], `<meta name="description" content="${dek}">`);
  const r = fromHtml(html(dek));
  assert.equal(r.fields.body[0], dek);
  assert.ok((r.confidence.body ?? 1) <= 0.7, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /first paragraph may be the dek: it is the page's description/);
  const plain = fromHtml(html(STORY[0]!.replace("Tuesday", "Monday")));
  assert.ok((plain.confidence.body ?? 0) >= 0.85, `confidence ${plain.confidence.body}`);
});

test("a body of one or two paragraphs is unsure", () => {
  const r = fromText(page([STORY[0]!]));
  assert.ok((r.confidence.body ?? 1) <= 0.55, `confidence ${r.confidence.body}`);
  assert.match(bodyWarnings(r), /only 1 paragraph found/);
});
