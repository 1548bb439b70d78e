// Generic rules the lead added on the tenth held-out batch's misses: a scraper record whose story is a list of
// paragraph strings, linked items as objects, a date key's more exact variant, "Headline - Site" as the record's
// title, "with reporting by" in a byline, a chat-channel promo closing a blurb, and Thai pages in Windows-874.
// Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { extractScrape } from "../../electron/core/extract/index.js";
import { decodeBytes } from "../../electron/core/extract/decode.js";
import { splitNames } from "../../electron/core/extract/byline.js";
import { idFromUrl } from "../../electron/core/extract/ids.js";
import { markdownToText } from "../../electron/core/extract/markdown.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { INLINE_RELATED, RELATED_HEADER } from "../../electron/core/extract/related.js";
import { splitSiteSuffix } from "../../electron/core/extract/publisher.js";

const paragraphs = [
  "KISUMU, Kenya, Mar 5 – The county will open three new bus termini on the lakefront by June, the transport officer said on Tuesday.",
  "Matatu operators have asked for more parking bays, saying the old stage at the market cannot hold the evening queues any more.",
  "Residents of the estates near the port said the new termini would cut their walk to work by half an hour.",
  "Advertisement",
  "The works are funded by a grant from the national roads board and should be complete before the long rains begin.",
];

const scrapyItem = {
  spider: "example",
  url: "https://www.lakeherald.co.ke/news/article/2001/new-bus-termini",
  title: "Three new bus termini for the lakefront - The Lake Herald",
  author: "Amina Odhiambo with reporting by Peter Kamau",
  published: "Mar. 5, 2024",
  published_iso: "2024-03-05T09:15:00+03:00",
  body: [...paragraphs, "Get the latest news from The Lake Herald on WhatsApp. Join our channel."],
  related_links: [
    { title: "Ferry fares to stay the same until December", url: "https://www.lakeherald.co.ke/news/article/1990/ferry-fares" },
    { title: "Fishermen get a new cold store at the jetty", url: "https://www.lakeherald.co.ke/news/article/1985/cold-store" },
  ],
};

test("JSON record: a story kept as a list of paragraph strings is read, with spans inside the record's text", () => {
  const json = JSON.stringify(scrapyItem, null, 2);
  const r = extractScrape(new TextEncoder().encode(json), "item.json");
  assert.equal(r.error, undefined);
  assert.deepEqual(r.fields.body, paragraphs.filter((p) => p !== "Advertisement"));
  for (const s of r.spans.body ?? []) assert.ok(json.slice(s.start, s.end).startsWith(r.fields.body[s.index ?? 0]!.slice(0, 20)));
  // A list of something else (numbers, objects) is not a story.
  const numbers = extractScrape(new TextEncoder().encode(JSON.stringify({ url: scrapyItem.url, body: [1, 2, 3] })), "n.json");
  assert.match(numbers.error ?? "", /no page content/);
});

test("JSON record: the title's site suffix, related items as objects, and the time from a date key's variant", () => {
  const r = extractScrape(new TextEncoder().encode(JSON.stringify(scrapyItem)), "item.json");
  assert.equal(r.fields.title, "Three new bus termini for the lakefront");
  assert.equal(r.fields.publisher, "The Lake Herald");
  assert.deepEqual(r.fields.related, scrapyItem.related_links.map((l) => l.title));
  assert.equal(r.fields.publishedAt, "2024-03-05T09:15:00+03:00");
  assert.deepEqual(r.fields.authors, ["Amina Odhiambo", "Peter Kamau"]);
  // The closing chat-channel promo is not a paragraph.
  assert.ok(!r.fields.body.some((p) => /WhatsApp/.test(p)));
});

test("splitSiteSuffix: a suffix is split off when it names the site or reads as a name", () => {
  assert.deepEqual(splitSiteSuffix("Three new bus termini for the lakefront - The Lake Herald", "lakeherald.co.ke", []), {
    headline: "Three new bus termini for the lakefront", site: "The Lake Herald", named: true,
  });
  // The host spells the name's start ("standardmedia" for "The Standard").
  assert.equal(splitSiteSuffix("Ferries for the crossing - The Standard", "standardmedia.co.ke", [])?.site, "The Standard");
  // A known site name, whatever the host.
  assert.equal(splitSiteSuffix("Ferries for the crossing | Coast Daily", "cdn.example.net", ["Coast Daily"])?.site, "Coast Daily");
  // Unconfirmed but shaped like a name: a few words, none in small letters (or in a caseless script), short beside the headline.
  assert.deepEqual(splitSiteSuffix("Bus fares to rise in the new year - Coast Daily", "cdn.example.net", []), {
    headline: "Bus fares to rise in the new year", site: "Coast Daily", named: false,
  });
  assert.equal(splitSiteSuffix("उपत्यकामा थप विद्युतीय बस चलाउने - कान्तिपुर समाचार", "ekantipur.com", ["eKantipur"])?.named, false);
  // A headline's own dash is not a site suffix.
  assert.equal(splitSiteSuffix("Minister resigns - opposition demands an inquiry", "lakeherald.co.ke", []), null);
  assert.equal(splitSiteSuffix("Short - The Lake Herald", "lakeherald.co.ke", []), null);
});

test("bylines: names after (with) (additional) reporting by are reporters too", () => {
  assert.deepEqual(splitNames("Amina Odhiambo and Lea Njeri with reporting by Peter Kamau"), ["Amina Odhiambo", "Lea Njeri", "Peter Kamau"]);
  assert.deepEqual(splitNames("Amina Odhiambo; additional reporting by Peter Kamau"), ["Amina Odhiambo", "Peter Kamau"]);
});

const thai = [
  "เทศบาลนครเชียงใหม่เปิดให้บริการรถสองแถวผ่านแอปพลิเคชันใหม่ตั้งแต่วันจันทร์ที่ผ่านมา",
  "ผู้โดยสารสามารถเรียกรถและชำระค่าโดยสารผ่านโทรศัพท์มือถือได้ทันที โดยไม่ต้องรอที่ป้าย",
  "นายกเทศมนตรีกล่าวว่าระบบใหม่จะช่วยลดเวลารอรถในช่วงเช้าและเย็นได้มากกว่าครึ่งหนึ่ง",
].join("\n");
const korean = "서울시는 다음 달부터 시내버스 노선 열두 개를 조정한다고 밝혔다.\n시민들은 출퇴근 시간의 배차 간격이 줄어들 것으로 기대하고 있다.\n시는 새 노선도를 정류장마다 붙일 예정이다.";
const russian = "Городские власти объявили о запуске нового трамвайного маршрута по Васильевскому острову.\nПассажиры смогут пересаживаться на метро без дополнительной оплаты.";
const french = "Le conseil municipal a voté mercredi la création d'une ligne de bus électrique entre la gare et l'hôpital, à partir de l'été prochain ; les élus espèrent réduire les bouchons.";
const turkish = "İstanbul Büyükşehir Belediyesi, kar yağışı nedeniyle metrobüs seferlerinin sıklaştırıldığını açıkladı. Şehir genelinde ağır araçların trafiğe çıkışı yasaklandı ve okullar yarın tatil edildi. Vatandaşların zorunlu olmadıkça dışarı çıkmaması istendi.";
const icelandic = "Strætó hefur ákveðið að hækka fargjöld um þrjú prósent frá og með næstu mánaðamótum. Þetta kemur fram í tilkynningu frá fyrirtækinu, þar sem segir að hækkunin sé nauðsynleg vegna aukins kostnaðar við eldsneyti og viðhald vagnanna.";

test("decoding: Thai in Windows-874 by its letters' order; Korean, Cyrillic and Latin pages are not taken for it", () => {
  const th = decodeBytes(new Uint8Array(iconv.encode(thai, "windows-874")));
  assert.equal(th.encoding, "windows-874");
  assert.equal(th.text, thai);
  assert.equal(decodeBytes(new Uint8Array(iconv.encode(korean, "euc-kr"))).encoding, "euc-kr");
  assert.equal(decodeBytes(new Uint8Array(iconv.encode(russian, "windows-1251"))).encoding, "windows-1251");
  assert.equal(decodeBytes(new Uint8Array(iconv.encode(french, "windows-1252"))).encoding, "windows-1252");
});

test("decoding: Turkish in Windows-1254 by chardet's Turkish n-grams; Icelandic ð þ ý stay Windows-1252", () => {
  const tr = decodeBytes(new Uint8Array(iconv.encode(turkish, "windows-1254")));
  assert.equal(tr.encoding, "windows-1254");
  assert.equal(tr.text, turkish);
  const is = decodeBytes(new Uint8Array(iconv.encode(icelandic, "windows-1252")));
  assert.equal(is.encoding, "windows-1252");
  assert.equal(is.text, icelandic);
});

test("Thai text dumps: paragraphs without spaces or full stops are prose; a cookie banner is not; a Buddhist Era date with น.", () => {
  const page = [
    "ข่าวเมืองเหนือ",
    "หน้าแรก | การเมือง | เศรษฐกิจ | ภูมิภาค | กีฬา",
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่านให้ดียิ่งขึ้นและเพื่อวิเคราะห์การเข้าชมเว็บไซต์",
    "",
    "เชียงรายเปิดเส้นทางรถโดยสารไฟฟ้าสายใหม่เชื่อมสนามบินกับตัวเมือง",
    "วันพุธที่ 4 กันยายน พ.ศ. 2567 - 09:30 น.",
    "",
    "องค์การบริหารส่วนจังหวัดเชียงรายเริ่มเปิดให้บริการรถโดยสารไฟฟ้าสายใหม่ระหว่างสนามบินนานาชาติแม่ฟ้าหลวงกับสถานีขนส่งในตัวเมืองตั้งแต่เช้าวันนี้",
    "",
    "ผู้โดยสารสามารถชำระค่าโดยสารด้วยบัตรหรือโทรศัพท์มือถือได้ทุกเที่ยว โดยรถจะออกทุกสามสิบนาทีตั้งแต่หกโมงเช้าจนถึงสี่ทุ่ม",
    "",
    "นายกองค์การบริหารส่วนจังหวัดกล่าวว่าจะเพิ่มรถอีกสิบคันภายในสิ้นปีนี้หากมีผู้ใช้บริการมากพอ",
  ].join("\n");
  const r = extractScrape(new TextEncoder().encode(page), "th.txt");
  assert.equal(r.fields.title, "เชียงรายเปิดเส้นทางรถโดยสารไฟฟ้าสายใหม่เชื่อมสนามบินกับตัวเมือง");
  assert.equal(r.fields.body.length, 3);
  assert.ok(!r.fields.body.some((p) => p.includes("คุกกี้")));
  assert.equal(r.fields.publishedAt.slice(0, 16), "2024-09-04T09:30");
});

test("text dumps: a 'Names | Outlet' byline line gives authors and source; a numbered list without a known heading loses its numbers", () => {
  const page = [
    "The Harbour Courier",
    "News  Sport  Business  Opinion",
    "",
    "Ferry timetable to change as new terminal opens in March",
    "Passengers on the northern routes will board at a new wharf from the first week of March.",
    "Jo Bellamy and Ravi Shankar | The Harbour Courier",
    "Tue, 4 February 2025 6:30AM",
    "",
    "The harbour authority said on Monday that all northern ferry services would move to the new terminal from March 3, ending two years of works.",
    "Commuters will gain a covered waiting area, more bike racks and a second boarding ramp that should cut loading times at peak hours.",
    "The old wharf will close for repairs and reopen for tourist boats in the winter, the authority said in a statement.",
    "",
    "Popular this week",
    "1 Council rejects plan for tower on the old cannery site",
    "2 School zones to get new speed cameras next term",
    "3 Rowing club wins national title for the first time",
  ].join("\n");
  const r = extractScrape(new TextEncoder().encode(page), "courier.txt");
  assert.deepEqual(r.fields.authors, ["Jo Bellamy", "Ravi Shankar"]);
  assert.equal(r.fields.source, "The Harbour Courier");
  assert.deepEqual(r.fields.related, [
    "Council rejects plan for tower on the old cannery site",
    "School zones to get new speed cameras next term",
    "Rowing club wins national title for the first time",
  ]);
});

test("ids: a prefixed article number closing a slug keeps its prefix; an alphanumeric id after a tilde", () => {
  assert.equal(idFromUrl("https://paper.example.com.au/news/wa/new-bridge-opens-to-cyclists-c-12345678"), "c-12345678");
  assert.equal(idFromUrl("https://www.zeitung.example.ch/zuerich/neue-tramlinie-ab-mai-ld.1234567"), "ld.1234567");
  assert.equal(idFromUrl("https://www.krant.example.be/gent/nieuwe-fietsbrug-geopend~b4e8d2f1/"), "b4e8d2f1");
  // A tilde before a word, and a plain number, are not that.
  assert.equal(idFromUrl("https://www.krant.example.be/gent/nieuwe-fietsbrug~geopend/"), "");
  assert.equal(idFromUrl("https://paper.example.com/news/new-bridge-opens-12345678"), "12345678");
});

test("HTML: a date-only metadata date takes the time of day the page prints for that day", () => {
  const html = `<!doctype html><html lang="el"><head><meta name="date" content="2024-12-03">
    <link rel="canonical" href="https://www.efimerida.example.gr/news/1234567"></head><body><article>
    <h1>Νέα γραμμή λεωφορείου από τον Ιανουάριο</h1><span class="date">Τρίτη, 3 Δεκεμβρίου 2024 09:40</span>
    ${"<p>Η νέα γραμμή θα συνδέει το κέντρο της πόλης με το αεροδρόμιο κάθε είκοσι λεπτά από τις έξι το πρωί.</p>".repeat(4)}
    </article></body></html>`;
  const r = extractScrape(new TextEncoder().encode(html), "page.html");
  assert.equal(r.fields.publishedAt, "2024-12-03T09:40:00+02:00");
  // Another day printed with a time is no time of this one.
  const other = extractScrape(new TextEncoder().encode(html.replace("3 Δεκεμβρίου", "4 Δεκεμβρίου")), "page.html");
  assert.equal(other.fields.publishedAt, "2024-12-03");
});

test("Markdown records: the level-one heading is the headline, whatever the metadata title or the stamp lines say", () => {
  const md = [
    "[Naar de inhoud](#main)", "", "- [Nieuws](https://krant.example.be/nieuws/)", "- [Sport](https://krant.example.be/sport/)", "",
    "[Gent](https://krant.example.be/gent/)", "", "# Nieuwe fietsbrug over de Schelde opent in mei", "",
    "[Lotte Maes](https://krant.example.be/auteur/lotte-maes) en [Pieter Claes](https://krant.example.be/auteur/pieter-claes)", "",
    "03-04-25, 07:15 Laatste update: 03-04-25, 08:02", "",
    "![De nieuwe brug bij valavond.](https://img.krant.example.be/brug.jpg)", "", "De nieuwe brug bij valavond. © Belga", "",
    "Vanaf mei kunnen fietsers en voetgangers de Schelde oversteken zonder omweg. Wat verandert er voor wie elke dag pendelt?", "",
    "## Hoe lang is de brug?", "",
    "De brug is 160 meter lang en vier meter breed, met een aparte strook voor voetgangers aan de zuidkant van het dek.", "",
    "## Wanneer gaat ze open?", "",
    "De stad plant de opening op het eerste weekend van mei, met een fietstocht voor de buurtbewoners en een markt op de kaai.", "",
  ].join("\n");
  // The heading is found in the text the Markdown shows, without its "#".
  const shown = markdownToText(md);
  assert.ok(shown.h1);
  assert.equal(shown.text.slice(shown.h1.start, shown.h1.end), "Nieuwe fietsbrug over de Schelde opent in mei");
  assert.equal(markdownToText("## Only a subhead\n\nText.").h1, null);
  const record = { data: { markdown: md, metadata: { title: "Fietsbrug | Gent | krant.example.be", sourceURL: "https://krant.example.be/gent/fietsbrug~b4e8d2f1/" } } };
  const json = JSON.stringify(record);
  const r = extractScrape(new TextEncoder().encode(json), "fc.json");
  assert.equal(r.fields.title, "Nieuwe fietsbrug over de Schelde opent in mei");
  const span = r.spans.title?.[0];
  assert.ok(span && json.slice(span.start, span.end) === "Nieuwe fietsbrug over de Schelde opent in mei");
});

test("Nepali and Thai: a Devanagari place and a dash opening the story is the dateline; related headings and inline links", () => {
  assert.equal(parseDateline("पोखरा — नगरपालिकाले आउँदो साउनदेखि शहरभित्र नयाँ विद्युतीय बस सेवा सञ्चालन गर्ने भएको छ ।")?.text, "पोखरा");
  // Too short to be a story after the dash: no dateline.
  assert.equal(parseDateline("पोखरा — नयाँ बस"), null);
  assert.match("यो पनि पढ्नुहोस् : पोखरामा बस भाडा घट्यो", INLINE_RELATED);
  assert.ok(RELATED_HEADER.test("ข่าวที่เกี่ยวข้อง"));
});
