// Rules added for the tenth round of held-out misses, written to carry over to sites not seen yet; each on
// made-up lines (none copied from test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { norm } from "../../electron/core/extract/normalize.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { isHeadlineLike } from "../../electron/core/extract/related.js";

const extract = (text: string, name = "x.txt") => extractScrape(new TextEncoder().encode(text), name).fields;

test("norm: ZWNJ/ZWJ inside a word or an emoji sequence stay; BOM, U+200B, U+2060 and stray joiners go", () => {
  assert.equal(norm("می\u200Cخواهند"), "می\u200Cخواهند", "Persian ZWNJ between letters");
  assert.equal(norm("क्\u200Dष"), "क्\u200Dष", "ZWJ in Devanagari");
  assert.equal(norm("👩\u200D🚒"), "👩\u200D🚒", "emoji ZWJ sequence");
  assert.equal(norm("\uFEFFa\u200Bb\u2060c"), "abc");
  assert.equal(norm("\u200Cword\u200D \u200C next"), "word next", "joiners at a word's edge are dropped");
});

test("a Persian paragraph keeps its ZWNJ in the body", () => {
  const para = "شهرداری تهران اعلام کرد که اتوبوس\u200Cهای برقی جدید از هفته آینده در خطوط شمالی شهر به کار گرفته می\u200Cشوند و مسافران می\u200Cتوانند با کارت بلیت سوار شوند.";
  const page = `اتوبوس\u200Cهای برقی به خطوط شمالی تهران می\u200Cآیند\n\n${para}\n\n${para.replace("شمالی", "جنوبی")}\n\n${para.replace("هفته", "ماه")}\n`;
  assert.ok(extract(page).body.some((p) => p.includes("می\u200Cشوند")));
});

const FA_PARA = [
  "شهرداری شیراز اعلام کرد که کار ساخت پل عابر پیاده جدید در بلوار چمران از هفته آینده آغاز می‌شود و تا پایان تابستان به پایان می‌رسد، و رفت و آمد خودروها در این مدت محدود خواهد بود.",
  "معاون فنی شهرداری گفت که هزینه این طرح از محل بودجه عمرانی سال جاری تامین شده است و پیمانکار موظف است کار را در دو مرحله و بدون بستن کامل بلوار انجام دهد تا ترافیک مختل نشود.",
  "ساکنان محله پیش از این بارها خواستار ایجاد گذرگاه امن برای دانش‌آموزان مدرسه‌های اطراف شده بودند و شورای شهر در جلسه ماه گذشته با اختصاص اعتبار این طرح موافقت کرده بود.",
];

test("title: a label-and-number code line and a stamp in Persian digits are not headlines; the headline under them is", () => {
  const page = [
    "خبرگزاری نمونه", "صفحه اصلی", "اقتصادی", "", "شهری › عمران",
    "شناسه مطلب: ۲۳۴۵۶۷۸", "۳ اسفند ۱۴۰۲ - ۰۹:۱۵",
    "ساخت پل عابر پیاده بلوار چمران از هفته آینده آغاز می‌شود",
    FA_PARA[0], "", FA_PARA[1], "", FA_PARA[2], "",
  ].join("\n");
  assert.equal(extract(page).title, "ساخت پل عابر پیاده بلوار چمران از هفته آینده آغاز می‌شود");
});

test("body: numbered sub-headings counting up, each over a paragraph, stay in the story; a numbered list does not", () => {
  const story = [
    "Example headline about the new harbour ferry timetable for spring", "5 March 2024", "",
    "The harbour authority on Tuesday published a new ferry timetable that adds early crossings on weekdays and a late boat on Fridays.", "",
    "1. Earlier boats", "",
    "The first crossing now leaves at half past five, forty minutes earlier than before, to serve shift workers at the container terminal.", "",
    "2. Friday nights", "",
    "A boat at midnight on Fridays replaces the bus that ran around the bay, which passengers said took far too long at that hour.", "",
    "Most read", "1. Mayor opens new library wing", "2. Storm closes coastal road", "3. Football club signs striker", "",
  ].join("\n");
  const body = extract(story).body;
  assert.ok(body.includes("1. Earlier boats") && body.includes("2. Friday nights"), JSON.stringify(body));
  assert.ok(body.indexOf("2. Friday nights") === body.indexOf("1. Earlier boats") + 2);
  assert.ok(!body.some((p) => p.includes("Mayor opens")));
});

test("a crawler's Markdown record: `# ` heading, links' text, emphasis and images gone, related lists of links", () => {
  const md = [
    "[Skip to content](#main)", "", "[![Daily Example](https://example.org/logo.svg)](https://example.org/)", "",
    "[World](/world/) [City](/city/) [Sport](/sport/)", "",
    "# Night buses return to the river district after a two-year pause", "",
    "Jane Doe", "", "![A bus at night](https://example.org/img/bus.jpg)", "",
    "The city transport office said on Monday that *three* night routes will run again from April, linking the river district to the central station every half hour.", "",
    "**Read also:** [Tram depot to close for summer works](https://example.org/city/tram-depot/)", "",
    "Drivers for the routes have been hired, and the office expects the service to cost about **two million** a year, paid from the parking_fee fund.", "",
    "Residents had asked for the buses since the routes were cut, saying that the last train left them without a way home after late shifts.", "",
    "## More from City", "", "- [Bridge repairs start next week](https://example.org/city/bridge/)", "- [New park opens by the harbour](https://example.org/city/park/)", "",
  ].join("\n");
  const rec = JSON.stringify({ url: "https://example.org/city/night-buses-return/", metadata: { title: "Night buses return | Daily Example" }, text: null, markdown: md });
  const r = extractScrape(new TextEncoder().encode(rec), "x.json");
  const f = r.fields;
  assert.equal(f.title, "Night buses return to the river district after a two-year pause");
  assert.ok(f.body[0]!.startsWith("The city transport office said on Monday that three night routes"), f.body[0]);
  assert.ok(f.body.some((p) => p.includes("about two million a year, paid from the parking_fee fund.")), JSON.stringify(f.body));
  assert.ok(!f.body.some((p) => p.includes("](") || p.includes("Tram depot")));
  assert.deepEqual(f.related, ["Tram depot to close for summer works", "Bridge repairs start next week", "New park opens by the harbour"]);
  // Spans point into the JSON text at the headline as the Markdown printed it.
  const s = r.spans.title![0]!;
  assert.equal(rec.slice(s.start, s.end), f.title);
});

test("related phrases: Spanish `Lee también:` inline and `Más noticias de …` heading", () => {
  const para = (n: number) => `El ayuntamiento informó el lunes que la obra número ${n} del plan de movilidad comenzará en mayo y durará unos seis meses, con cortes parciales de tráfico en el centro.`;
  const page = ["Diario Ejemplo", "", "Cierran el puente viejo durante seis meses por obras de refuerzo", "5 de marzo de 2024", "", para(1), "", "Lee también: Suben las tarifas del autobús urbano en abril", "", para(2), "", para(3), "",
    "Más noticias de Ciudad", "", "Abre la nueva biblioteca del barrio norte", "La feria del libro vuelve a la plaza mayor", "", "© 2024 Diario Ejemplo"].join("\n");
  assert.deepEqual(extract(page).related, ["Suben las tarifas del autobús urbano en abril", "Abre la nueva biblioteca del barrio norte", "La feria del libro vuelve a la plaza mayor"]);
});

test("a story printed over two pages, each with the site's header: page 2's paragraphs join, pager and header do not", () => {
  const header = ["Example Courier", "News", "Sport", "Business", "", "Harbour ferry fares rise by a fifth from the first of May", "By Sam Lee", "4 March 2024 09:10", ""];
  const p1 = [
    "The harbour ferry company will raise its fares by a fifth from the first of May, blaming the cost of fuel and a new crew agreement.",
    "A single crossing will cost three pounds, and the monthly pass for commuters will go up from forty to forty-eight pounds.",
    "The company said that the timetable would stay the same, with boats every twenty minutes at peak hours on weekdays.",
  ];
  const p2 = [
    "Passenger groups said they would ask the council to cap the fares, as the ferry is the only link for the island's schools.",
    "The council's transport committee is due to discuss the rise at its meeting at the end of the month, a spokesman said.",
  ];
  const page = [
    ...header, ...p1.flatMap((p) => [p, ""]), "Page 1 of 2", "1 2 Next page »", "",
    ...header, ...p2.flatMap((p) => [p, ""]), "« Previous page 1 2", "Page 2 of 2", "",
    "© 2024 Example Courier",
  ].join("\n");
  assert.deepEqual(extract(page).body, [...p1, ...p2]);
});

const EN_STORY = [
  "The county council voted on Thursday to keep the old swimming pool open for another three years while a new leisure centre is planned.",
  "Councillors said the repairs to the roof and the heating would cost less than closing the pool and bussing pupils to the next town.",
  "The leisure centre, with a larger pool and a sports hall, is expected to open on the former depot site at the end of the decade.",
].join("\n\n");

test("related: a tag line (a tags label and its values: 'Теми: a, b, c') and the line under it are no headlines", () => {
  const page = `Example Gazette\n\nOld pool stays open for three more years\n5 March 2024\n\n${EN_STORY}\n\nТеми: басейн, общински съвет, спорт\nПоследвайте „Примерен вестник“ в Google News\n\nMore from County\nBus station café reopens after fire repairs\nMarket square to get new trees this spring\n`;
  assert.deepEqual(extract(page).related, ["Bus station café reopens after fire repairs", "Market square to get new trees this spring"]);
});

test("related: the site's imprint right above its copyright line is no header-less headline list", () => {
  const page = `Example Gazette\n\nOld pool stays open for three more years\n5 March 2024\n\n${EN_STORY}\n\nGoverning body: Example County Youth Union\nLicence number 571 issued on 24 November 2022\nAddress: 12 Harbour Road, Exampletown North\nPrint edition delivery and reader help desk\n© 2024 Example Gazette\n`;
  assert.deepEqual(extract(page).related, []);
});

test("related phrases: Lithuanian `Skaitykite daugiau` heading between paragraphs and `Susijusios naujienos` list", () => {
  const para = (n: number) => `Savivaldybė pirmadienį paskelbė, kad ${n}-asis miesto parko etapas bus baigtas iki rudens, o darbai vyks tik darbo dienomis nuo ryto iki vakaro.`;
  const page = ["Pavyzdžio žinios", "", "Miesto parkas bus atnaujintas iki rudens pabaigos", "2024-05-06 10:15", "", para(1), "", "Skaitykite daugiau", "Naujas tiltas per upę atidarytas eismui", "", para(2), "", para(3), "",
    "Temos: parkas, savivaldybė", "", "Susijusios naujienos", "Mokyklų remontas prasidės birželio mėnesį", "Autobusų stotis persikels į naują vietą", "", "© 2024 Pavyzdžio žinios"].join("\n");
  assert.deepEqual(extract(page).related, ["Naujas tiltas per upę atidarytas eismui", "Mokyklų remontas prasidės birželio mėnesį", "Autobusų stotis persikels į naują vietą"]);
});

test("body: a sentence right above a photo credit line is the picture's caption; the byline under the ingress is then read", () => {
  const page = [
    "Example Broadcasting", "News", "", "Local", "Harbour tram line to reach the ferry terminal by 2029", "Published 4 March 2024 at 10.15", "",
    "A tram on the harbour road as the city's planners picture it, passing the old customs house.", "Photo: City planning office", "",
    "After years of studies the decision is made: the first tram line will run from the station to the ferry terminal, but critics say buses would do more for less.", "",
    "Maria Example", "Reporter", "", "Share", "",
    "The city and the region agreed on Tuesday how the new tram line between the centre and the ferry terminal will be paid for.", "",
    "The line will be seven kilometres long with eleven stops, and the first trams are planned to run in the autumn of 2029.", "",
    "The cost is put at three billion, of which the state pays almost half through an urban transport agreement.", "",
    "More from Local", "Bus lane on the ring road removed after complaints", "New cycle bridge opens over the railway", "",
  ].join("\n");
  const f = extract(page);
  assert.deepEqual(f.authors, ["Maria Example"]);
  assert.equal(f.body.length, 3, JSON.stringify(f.body));
  assert.ok(f.body[0]!.startsWith("The city and the region agreed"));
});

test("dateline: a place in a Brahmic script and a colon opening the story (no capitals to tell it)", () => {
  assert.equal(parseDateline("मुंबई: शहर की नगर पालिका ने सोमवार को नई बस सेवा शुरू करने की घोषणा की।")?.text, "मुंबई");
  assert.equal(parseDateline("തിരുവനന്തപുരം: നഗരത്തിലെ പുതിയ ബസ് സ്റ്റാൻഡ് അടുത്ത ആഴ്ച തുറക്കുമെന്ന് അധികൃതർ അറിയിച്ചു.")?.text, "തിരുവനന്തപുരം");
  assert.equal(parseDateline("मुंबई नगर पालिका ने सोमवार को नई बस सेवा शुरू की।"), null, "no colon, no dateline");
  assert.equal(parseDateline("सूचना: कल बंद"), null, "a short label line is no story opening");
});

const QUARRY = [
  "The county planning board on Monday approved the expansion of the limestone quarry north of the river, with a new rule that trucks avoid the school road.",
  "Neighbours had asked for the hours of blasting to be cut, and the board agreed that no blasting will take place after four in the afternoon.",
  "The quarry's owner said the expansion would keep forty jobs for at least another fifteen years and add six more drivers next spring.",
  "A group of residents said they would ask the state to review the decision, as the dust from the trucks already settles on their gardens.",
];

test("byline: two names, each with a role line of up to four words under it, after an 'Authors' label", () => {
  const page = ["Example Tribune", "Local News", "Quarry expansion approved with limits on blasting", "Board sets a four o'clock limit and keeps trucks off the school road",
    "Authors of the article:", "Jo Example", "County government reporter", "Sam Sample", "Local Democracy Reporting Service", "Published Mar 05, 2024", "",
    ...QUARRY.flatMap((p) => [p, ""])].join("\n");
  assert.deepEqual(extract(page).authors, ["Jo Example", "Sam Sample"]);
});

test("body: a reporter's e-mail or handle line ends the story (a newsletter box under it is no paragraph)", () => {
  const page = ["Example Tribune", "", "Quarry expansion approved with limits on blasting", "5 March 2024", "", ...QUARRY.flatMap((p) => [p, ""]).slice(0, -1),
    "jexample@example-tribune.com", "X: @JoExampleNews",
    "Sign up to receive the morning briefing from the Example Tribune, with the day's main local stories.",
    "A welcome email is on its way to you, so please check your junk folder if you do not see it soon.", "", "© 2024 Example Tribune"].join("\n");
  assert.deepEqual(extract(page).body, QUARRY);
});

test("body: a second copy cut short by a wall keeps none of the wall's lines after its last story paragraph", () => {
  const head = ["Example Tribune", "", "Quarry expansion approved with limits on blasting", "5 March 2024", ""];
  const page = [...head, ...QUARRY.flatMap((p) => [p, ""]), "© 2024 Example Tribune", "",
    ...head, QUARRY[0], "",
    "Subscribe now to read the latest news from your county and across the state, on any device you like.",
    "Get unlimited access to every story, the daily e-edition and our puzzles, and cancel at any time you wish.", "Create Account", ""].join("\n");
  assert.deepEqual(extract(page).body, QUARRY);
});

test("body: a summary printed against the headline, then a caption between blank lines, is the dek, not the story", () => {
  const page = ["Example Agency", "Home", "", "Society", "News code: 556677", "5 March 2024 - 10:15",
    "Ferry service to the islands resumes after the winter storms",
    "The coastal shipping office said ferries will run again from Thursday on all three island routes, with extra sailings at the weekend.", "",
    "A ferry at the harbour pier - Photo: Example Agency / Jo Bell", "",
    ...QUARRY.flatMap((p) => [p, ""])].join("\n");
  const f = extract(page);
  assert.equal(f.title, "Ferry service to the islands resumes after the winter storms");
  assert.deepEqual(f.body, QUARRY);
});

test("related: two sentences on a line (a promo) are no item of a list without a heading; one sentence with 'U.S.' is", () => {
  assert.equal(isHeadlineLike("Read the Example Plus edition: no adverts and weekly gifts for members. Join the club today", true), false);
  assert.equal(isHeadlineLike("U.S. Senate passes the rail safety bill after a long debate", true), true);
  assert.equal(isHeadlineLike("Flood in the valley. Two villages cut off", false), true, "a headed list keeps it");
  const page = `Example Gazette\n\nOld pool stays open for three more years\n5 March 2024\n\n${EN_STORY}\n\nBack to the topic page\nRead the Example Plus edition: no adverts and weekly gifts for members. Join the club today\n\n© 2024 Example Gazette\n`;
  assert.deepEqual(extract(page).related, []);
});
