// Body-precision and related-list rules learnt from the fourth held-out batch (130–147), each on
// made-up lines and pages other than the fixtures' own, with story sentences that use the same
// words ("subscribe", "WhatsApp", "photo", "newsletter") as negative cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { isHeadlineLike } from "../../electron/core/extract/related.js";

const kinds = (text: string) => classifyLines(splitLines(text)).filter((l) => l.text).map((l) => l.kind);
const kindOf = (line: string) => kinds(line)[0];
/** Each line, classified alone, is of this kind. */
const eachIs = (kind: string, lines: string[]) => { for (const line of lines) assert.equal(kindOf(line), kind, line); };
const extract = (page: string) => extractScrape(new TextEncoder().encode(page), "page.txt").fields;

const STORY = [
  "Harbour officials in Port Elwyn said on Thursday that the new ferry timetable would add four evening sailings to the island route from next month.",
  "The change follows two years of complaints from commuters who said the last boat left too early for anyone working a late shift on the mainland.",
  "\u201cWe have listened to people who rely on this service every day,\u201d said harbour master Ines Walde, adding that fares would not change.",
  "The operator said it would hire six more crew members and that the extra sailings would be reviewed after a six-month trial.",
];

test("captions closed by a credit: bracketed outlet, photographer/outlet, file picture, 'Photo by', Chinese credits", () => {
  eachIs("caption", [
    "Commuters wait on the platform at Eastgate as the morning service is cancelled (PA Media)",
    "Cranes stand idle over the half-built depot on Friday. Engineers say work resumes in May. (Maya Holt/Harbour Herald)",
    "The tramway carries about 40,000 riders a day. (File)",
    "The reading room on its reopening day. Photo by the author.",
    "A crew repaints the lighthouse. Photograph by Tomas Reyes",
    "輕軌延伸線路線圖。（圖由新北市政府提供）",
    "3月4日，工人在新建的车站内施工。本报记者 王强 图",
  ]);
  // Story sentences: a full stop before the bracket, lower-case words after "Photos by", a tag in brackets.
  eachIs("text", [
    "The vote passed by a wide margin, according to the Office for National Statistics (ONS).",
    "Photos by residents showed water pouring into the underpass on Sunday night.",
    "Police said the photo was taken by a passer-by on Monday evening.",
  ]);
  assert.notEqual(kindOf("Watch the mayor open the new bridge over the river Tam this morning (VIDEO)"), "caption");
});

test("a lone bracketed credit under a line without a full stop: both are a caption", () => {
  assert.deepEqual(kinds("Cyclists ride along the new lane on Harbour Road in the morning rush\n(Getty Images)"), ["caption", "caption"]);
  // Across a blank line only when the line above is longer than a headline.
  const long = "Cyclists ride along the new protected lane on Harbour Road during the morning rush, a month after the city finished the works";
  assert.deepEqual(kinds(long + "\n\n(Getty Images)"), ["caption", "caption"]);
  assert.deepEqual(kinds("Cyclists ride along the new lane on Harbour Road\n\n(Getty Images)")[0], "text");
  // A sentence ending with a full stop keeps its kind.
  assert.deepEqual(kinds("The new lane opened on Monday after three years of work.\n(Getty Images)")[0], "text");
});

test("donation, newsletter fine print, comment widgets, video and audio promos, paywall notices are promos", () => {
  eachIs("promo", [
    "Whether \u20ac10 or \u20ac100, every gift helps keep our reporting free.",
    "Every contribution, however small, keeps our newsroom going.",
    "Our mission is to bring readers honest local news without a paywall.",
    "Support our journalism and help us cover the stories that matter to you.",
    "Quality journalism costs money, and we rely on readers like you.",
    "By making a small donation, you help us stay independent.",
    "You can unsubscribe at any time using the link in our emails.",
    "By signing up, you agree to our terms and acknowledge our privacy notice.",
    "Comments are closed for this article.",
    "Watch more of our regional news coverage:",
    "The audio version of this story was produced with a synthetic voice.",
    "Listening to this article is free for members of our premium club.",
    "Access to the audio edition requires a paid subscription.",
    "Thanks for reading The Harbour Letter! Subscribe to get new posts every week.",
    "有料会員登録で全文をお読みいただけます。",
    "Dieser Artikel ist nur f\u00fcr Abonnenten verf\u00fcgbar.",
    "Este conte\u00fado \u00e9 exclusivo para assinantes do jornal.",
    "S\u00edguenos en Instagram y en X para no perderte nada.",
    "You can also follow the Harbour Herald on Facebook and Threads.",
    "This summary is AI-generated and checked by our editors.",
    "Follow the latest updates on our WhatsApp channel: https://www.whatsapp.com/channel/0029VaExample",
  ]);
  // Story sentences with the same words stay text.
  eachIs("text", [
    "Residents who subscribe to the council's newsletter will get alerts about road closures.",
    "The app sends riders a WhatsApp message when their bus is five minutes away.",
    "Support for the levy has grown since spring, a poll of 800 voters found.",
    "Whether 2026 or 2027, the line will be busy from its first day, planners said.",
    "Watchdog groups said the news was welcome but came too late.",
    "Our mission is to get people home safely, the transit chief said at the hearing.",
    "The ministry launched a Telegram channel last year to post service changes.",
    "Readers can follow the debate on the council's website, where sessions are streamed.",
  ]);
});

test("a summary box closed by a blank line leaves the body; without the blank line nothing changes", () => {
  const box = "Key points\nThis summary is AI-generated.\nFour evening sailings will be added.\nFares will not change, the operator said.\n\n";
  const ls = classifyLines(splitLines(box + STORY.join("\n\n")));
  const byText = (t: string) => ls.find((l) => l.text === t)!;
  assert.equal(byText("Four evening sailings will be added.").kind, "standfirst");
  assert.equal(byText("Fares will not change, the operator said.").kind, "standfirst");
  assert.equal(byText(STORY[0]!).kind, "text");
  // A dump without blank lines: the bullets may run into the story, so none is touched.
  const dense = classifyLines(splitLines("Highlights\nFour evening sailings will be added.\n" + STORY.join("\n")));
  assert.equal(dense.find((l) => l.text === "Four evening sailings will be added.")!.kind, "text");
  assert.equal(dense.find((l) => l.text === STORY[0])!.kind, "text");
});

test("a blurb standing alone above a sign-up button is a promo; a story paragraph above a button is not", () => {
  const box = classifyLines(splitLines("Morning Briefing\nThe five stories you need before work, every weekday at 7.\nSign up now\n"));
  assert.equal(box[1]!.kind, "promo");
  // Paragraphs printed without blank lines: the one above the button has a paragraph above it.
  const dense = classifyLines(splitLines(STORY.slice(0, 2).join("\n") + "\nSubscribe\n"));
  assert.equal(dense[1]!.kind, "text");
});

test("prose right under a subscription pitch heading is the pitch; under a subheading it is story", () => {
  const pitch = classifyLines(splitLines("Your subscription can do more\nDid you know subscribers can unlock every archive story and the daily puzzle? Thank you for being with us.\n"));
  assert.equal(pitch[1]!.kind, "promo");
  const sub = classifyLines(splitLines("Support for the plan\nMost of the 40 residents who spoke at the meeting backed the new timetable.\n"));
  assert.equal(sub[1]!.kind, "text");
});

test("related-list grammar: login notices and bar-joined footer links are no headlines; caseless scripts are", () => {
  assert.equal(isHeadlineLike("Thank you for registering"), false);
  assert.equal(isHeadlineLike("Please refresh your browser to be logged in"), false);
  assert.equal(isHeadlineLike("Editorial Guidelines|Contact the Newsroom"), false);
  assert.equal(isHeadlineLike("\u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u062a\u0641\u062a\u062a\u062d \u0645\u062d\u0637\u0629 \u062c\u062f\u064a\u062f\u0629 \u0644\u0644\u062d\u0627\u0641\u0644\u0627\u062a"), true);
  assert.equal(kindOf("With files from Reuters"), "credit");
  assert.equal(kindOf("Before you go, check these out"), "skipHeader");
  assert.equal(kindOf("\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b"), "relHeader");
  assert.equal(kindOf("\u0627\u0644\u0645\u0632\u064a\u062f \u0645\u0646 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f"), "relHeader");
  assert.equal(kindOf("Lees ook:"), "relHeader");
  assert.equal(kindOf("Meer nieuws"), "relHeader");
  assert.equal(kindOf("Lesen Sie auch"), "relHeader");
  // A heading over tags on one site (NOS) and over headlines on another (VRT): a list heading, whose one-word tags are no headlines.
  assert.equal(kindOf("Meer over dit onderwerp:"), "relHeader");
  // A story sentence opening with the same words is no header.
  assert.equal(kindOf("Lees ook de verklaring van de gemeente, zei de wethouder tegen de raad."), "text");
});

const HEAD = ["Harbour Herald", "News", "Transport", "", "Port Elwyn adds late ferries after commuter complaints",
  "Four extra evening sailings from next month, with fares unchanged", "By Nadia Brook", "Published 12 March 2024 09:30", ""];

test("a print copy's standfirst and a cut last paragraph do not join the body", () => {
  const page = [...HEAD, ...STORY.flatMap((p) => [p, ""]), "Most read", "1", "Tram depot plan goes to public inquiry", "2",
    "City hall approves new cycle lanes for the old town", "3", "Harbour festival returns after two-year break", "Thank you for registering",
    "Please refresh the page to be logged in", "", "\u00a9 2024 Harbour Herald", "",
    // The browser's print copy: header again, standfirst, name and role, date, then the story cut mid-sentence.
    "Port Elwyn adds late ferries after commuter complaints", "Four extra evening sailings from next month, with fares unchanged",
    "Nadia Brook", "Transport Reporter", "12 March 2024 09:30", STORY[0]!, STORY[1]!, STORY[2]!.slice(0, 70)].join("\n");
  const f = extract(page);
  assert.deepEqual(f.body, STORY);
  assert.deepEqual(f.related, ["Tram depot plan goes to public inquiry", "City hall approves new cycle lanes for the old town", "Harbour festival returns after two-year break"]);
});

test("a card list under a header: tab labels skipped, one headline per card, the page's own headline left out", () => {
  const page = [...HEAD, ...STORY.flatMap((p) => [p, ""]), "Top", "Latest", "Discussion",
    "Why the night bus keeps running late", "Three timetables and one missing driver", "Nadia Brook", "Mar 2",
    "Port Elwyn adds late ferries after commuter complaints", "Four extra evening sailings from next month, with fares unchanged", "Nadia Brook", "Mar 12",
    "The bridge toll nobody asked for", "Nadia Brook", "Feb 20", "See all", "", "\u00a9 2024 Harbour Herald"].join("\n");
  const f = extract(page);
  assert.deepEqual(f.body, STORY);
  assert.deepEqual(f.related, ["Why the night bus keeps running late", "The bridge toll nobody asked for"]);
});

test("in a dump without blank lines, a tag block ends at the next list header", () => {
  const page = [...HEAD.filter(Boolean), ...STORY, "Tags", "Ferries", "Port Elwyn", "Latest", "Night buses to run until 2am from May",
    "Bridge repairs close two lanes for a month", "Cargo volumes at Port Elwyn hit a record", "About us", "\u00a9 2024 Harbour Herald"].join("\n");
  const f = extract(page);
  assert.deepEqual(f.body, STORY);
  assert.deepEqual(f.related, ["Night buses to run until 2am from May", "Bridge repairs close two lanes for a month", "Cargo volumes at Port Elwyn hit a record"]);
});
