// Grammar rules learnt from the held-out-style set (test/fixtures/heldout), each on a made-up line
// other than the fixtures' own, so that a rule keyed to one file's text would fail here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, formatDate, timeOnly } from "../../electron/core/extract/dates.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { idFromUrl } from "../../electron/core/extract/ids.js";
import { copyrightOwner, guessPublisher, siteNameBesideTitle } from "../../electron/core/extract/publisher.js";
import { parseByline, parseCredit } from "../../electron/core/extract/byline.js";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";

const kinds = (text: string) => classifyLines(splitLines(text)).filter((l) => l.text).map((l) => l.kind);
const iso = (s: string) => findDates(s).map((d) => formatDate(d).value);

test("captions with a trailing credit are captions, not story text", () => {
  for (const line of [
    "Shoppers queue outside the new market hall on Saturday. AP PHOTO: DANA LOW",
    "The bridge at dusk on Monday. Photo: Kim Sun-ah",
    "A view of the harbour from the ferry terminal. | Photo Credit: Handout",
    "Workers load cargo at the port of Tianjin, Feb 2, 2024. /Xinhua",
    "Volunteers plant seedlings near Ballarat. (ABC Ballarat: Tom Riley)",
    "The old mill in 1930. (Courtesy Riverside Museum)",
    "The mayor speaks at the ribbon cutting. (Herald photo/Ann Lee)",
    "Des manifestants devant la mairie, le 2 février 2024. PAUL ROUX / LA GAZETTE",
    "市民在新开通的车站乘车。（资料照片）",
  ]) assert.deepEqual(kinds(line), ["caption"], line);
});

test("author bios, comment headers, print-edition notes and join promos end or leave the story", () => {
  assert.deepEqual(kinds("Maria Lopez is a senior reporter covering courts for the Tribune. Email her at mlopez@example.com."), ["credit"]);
  // The bio's "is"/"was" after two, three or four name words (bioShaped skips the pattern otherwise); not after five.
  for (const line of [
    "Jo Bell was the Courier's night editor for a decade, and lives in Dunedin.",
    "Ana Lúcia Ferreira is transport reporter for The Daily Example and covers the rail network.",
    "Mary Ellen O'Neil Smith is an intern at the Herald who writes about science and health.",
  ]) assert.deepEqual(kinds(line), ["credit"], line);
  assert.equal(kinds("Mary Ellen Jane O'Neil Smith is an intern at the Herald who writes about science and health.")[0], "text");
  assert.equal(kinds("Jo Bell said it is a staff writer's job to cover the council and its meetings.")[0], "text");
  assert.deepEqual(kinds("12 comments"), ["end"]);
  assert.deepEqual(kinds("Leave a Reply"), ["end"]);
  assert.deepEqual(kinds("This article appeared in the Daily Planet print edition as: Bridge to reopen"), ["credit"]);
  assert.deepEqual(kinds("Join our Telegram channel for the day's top stories."), ["promo"]);
  assert.deepEqual(kinds("【编辑:王芳】"), ["editor"]);
  assert.deepEqual(kinds("未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。"), ["copyright"]);
  // A Chinese paragraph with Latin capitals and no ASCII punctuation is prose, not a shouted navigation line.
  assert.equal(kinds("台鐵表示，新型EMU900列車將於下月在西部幹線投入營運，可望縮短通勤時間並提供更多座位。")[0], "text");
});

test("dates: a zone between date and time, French 14h05, slashed dates only when unambiguous", () => {
  assert.deepEqual(iso("2023-11-20 HKT 09:05"), ["2023-11-20T09:05:00+08:00"]);
  assert.deepEqual(iso("Publié le 12 janvier 2024 à 9h40"), ["2024-01-12T09:40:00"]);
  assert.deepEqual(iso("Updated: 04/02/2024 - 09:15 CET"), ["2024-02-04T09:15:00+01:00"]);
  assert.deepEqual(iso("Posted 02/23/2024"), ["2024-02-23"]);
  assert.deepEqual(iso("04/02/2024"), []);
});

test("labelled bylines with roles and social handles", () => {
  assert.deepEqual(parseByline("WRITER: Somsak Chaiyo")?.names, ["Somsak Chaiyo"]);
  assert.deepEqual(parseByline("By: Ana Cruz - Correspondent / @anacruzINQ")?.names, ["Ana Cruz"]);
  assert.deepEqual(kinds("Author: Jo Bell"), ["byline"]);
  assert.deepEqual(kinds("Did you enjoy reading this story?"), ["promo"]);
});

test("CNA dateline: kept as printed with its brackets, reporters inside it", () => {
  const d = parseDateline("（中央社記者王大明、李小華高雄12日電）高雄市政府今天表示，");
  assert.equal(d?.text, "（中央社記者王大明、李小華高雄12日電）");
  assert.deepEqual(d?.authors, ["王大明", "李小華"]);
  assert.deepEqual(parseDateline("（中央社華盛頓4日專電）美國國務院今天說，")?.authors, []);
});

test("a number inside a URL slug is a headline word, not the article id", () => {
  assert.equal(idFromUrl("https://example.com/2024/3/5/storm-cuts-power-to-120000-homes"), "");
  assert.equal(idFromUrl("https://example.com/news/storm-cuts-power-to-homes-5512345"), "5512345");
  assert.equal(idFromUrl("https://example.com/news/5512345-storm-cuts-power"), "5512345");
});

test("publisher clues: copyright prose is no owner; the outermost title suffix is the site", () => {
  assert.equal(copyrightOwner("This service may include material which is copyright and cannot be reproduced."), "");
  assert.equal(siteNameBesideTitle("Bridge to reopen | Pune News - Daily Planet", "Bridge to reopen"), "Daily Planet");
  assert.equal(copyrightOwner("Copyright © riverwire 2023"), "riverwire");
});

test("third batch: bar and outlet/NAME caption credits, an agency alone closing a caption", () => {
  for (const line of [
    "Fishing boats moored at the harbour in the morning. | Jiji",
    "Volunteers clear a drain in East Jakarta on Monday (4/3/2024).(TEMPO.CO/ANDI WIBOWO)",
    "Passengers board a ferry at the Incheon terminal on Sunday. (Yonhap)",
  ]) assert.deepEqual(kinds(line), ["caption"], line);
  assert.deepEqual(kinds("Baca juga: Harga Beras Naik di Pasar Induk Cipinang\nЧитайте также\nLeggi anche\nLatest from Business\nAlso In Sport"), ["inlineRelated", "relHeader", "relHeader", "relHeader", "relHeader"]);
});

test("third batch: zones east of Greenwich, slashed dates day first by them, Russian months, a time on its own line", () => {
  assert.deepEqual(iso("Tempo.co - 07/04/2024, 09:15 WIB"), ["2024-04-07T09:15:00+07:00"]);
  assert.deepEqual(iso("Friday, 12 Apr 2024 8:05 AM MYT"), ["2024-04-12T08:05:00+08:00"]);
  assert.deepEqual(iso("Updated 11/04/2024 17:20 EAT"), ["2024-04-11T17:20:00+03:00"]);
  assert.deepEqual(iso("12 апреля 2024, 09:40"), ["2024-04-12T09:40:00"]);
  assert.deepEqual(timeOnly("6:45 PM PKT"), { hour: 18, minute: 45, second: 0, offset: "+05:00", zoneText: "PKT" });
  assert.equal(timeOnly("6:45 PM on Friday"), null);
});

test("third batch: agency-first, Russian and 'Place:' datelines; labels are no places", () => {
  assert.equal(parseDateline("(AGI) - TORINO, 12 APR - La giunta ha approvato")?.text, "(AGI) - TORINO, 12 APR");
  assert.equal(parseDateline("САНКТ-ПЕТЕРБУРГ, 12 апреля. /ТАСС/. Власти города")?.text, "САНКТ-ПЕТЕРБУРГ, 12 апреля. /ТАСС/");
  assert.equal(parseDateline("Abu Dhabi: The emirate will open")?.text, "Abu Dhabi");
  assert.equal(parseDateline("Update: The council has since replied"), null);
});

test("third batch: Penulis bylines, bracketed Reuters credits, company owners, ids before the slug", () => {
  assert.deepEqual(parseByline("Penulis Dewi Lestari")?.names, ["Dewi Lestari"]);
  assert.deepEqual(parseCredit("(Reporting by Ana Ruiz; Editing by Tom Hale)"), { authors: ["Ana Ruiz"], editors: ["Tom Hale"] });
  assert.equal(copyrightOwner("© Copyright 2001-2024 Tuoitre.vn, All rights reserved"), "Tuoitre.vn");
  assert.equal(guessPublisher({ mastheads: ["The Daily Harbour"], copyrightOwners: ["Harbour Newspapers Limited"] })?.name, "The Daily Harbour");
  assert.equal(idFromUrl("https://www.example.pk/story/2288410/city-to-widen-canal-road"), "2288410");
  assert.equal(idFromUrl("https://www.example.com/news/20240305/city-budget"), "");
});

test("publisher: a domain-like logo is a name, spelt as the date's credit spells it; a bracketed parent company is dropped", () => {
  assert.equal(copyrightOwner("Copyright 2010 - 2024 PT. Lintas Kabar Media (Lintas Group Digital). All Rights Reserved."), "Lintas Kabar Media");
  // The logo in capitals is backed by the owner whose name starts with its label; the credit gives the spelling.
  const g = guessPublisher({ mastheads: ["LINTAS.com", "News"], copyrightOwners: ["Lintas Kabar Media"], spellings: ["Lintas.com"] });
  assert.equal(g?.name, "Lintas.com");
  assert.match(g?.how ?? "", /masthead \+ copyright/);
  // A bare host on a line of its own is no logo: it stays a URL clue.
  assert.equal(guessPublisher({ mastheads: ["www.lintas.com"] })?.name, "lintas.com");
  assert.equal(guessPublisher({ metadata: ["DAWN.COM"], mastheads: ["Dawn"] })?.how, "metadata + masthead + URL");
});
