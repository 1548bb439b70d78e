// Rules added for the seventh held-out batch's misses, each on made-up lines (none copied from
// test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { guessHomeZone } from "../../electron/core/extract/home-zone.js";
import { findDates, formatDate } from "../../electron/core/extract/dates.js";
import { INLINE_RELATED, RELATED_HEADER, SKIP_HEADER, stripListNumbers } from "../../electron/core/extract/related.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { parseByline, parseDeskByline } from "../../electron/core/extract/byline.js";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { mastheadCandidates } from "../../electron/core/extract/publisher.js";

const extract = (text: string, name = "x.txt") => extractScrape(new TextEncoder().encode(text), name).fields;

test("language: Swahili, Malay apart from Indonesian, Romanian by function words", () => {
  assert.equal(detectLanguage("Serikali ya kaunti imesema kwamba barabara hiyo itakarabatiwa katika mwezi ujao, na wakazi wa eneo hilo wamefurahia hatua hiyo kwa sababu ya mvua nyingi."), "sw");
  assert.equal(detectLanguage("Menteri berkata, projek jambatan itu dijangka siap tahun depan kerana kerja pembinaan telah bermula dan penduduk boleh menggunakan jalan lama semasa kerja dijalankan."), "ms");
  assert.equal(detectLanguage("Menteri mengatakan bahwa proyek jembatan itu akan selesai tahun depan karena pembangunan sudah dimulai dan warga bisa memakai jalan lama selama pekerjaan berlangsung."), "id");
  assert.equal(detectLanguage("Consiliul local a decis joi că podul vechi din centrul orașului va fi reparat, iar lucrările care încep în martie sunt finanțate din bugetul pentru anul acesta."), "ro");
  // Negatives: French, Polish and Italian stay as they were.
  assert.equal(detectLanguage("Le conseil municipal a décidé jeudi que le vieux pont sur la rivière sera réparé au printemps, et les travaux dureront deux ans pour la ville."), "fr");
  assert.equal(detectLanguage("Rada miasta w czwartek zdecydowała, że stary most przez rzekę zostanie wyremontowany. Prace potrwają dwa lata i nie będzie objazdu."), "pl");
  assert.equal(detectLanguage("Il consiglio comunale ha deciso giovedì che il vecchio ponte sul fiume sarà riparato in primavera, e i lavori dureranno due anni per la città."), "it");
});

test("dates: a two-digit dotted year, a bullet or '@' between date and time, a month name first in other languages", () => {
  const one = (s: string) => { const d = findDates(s)[0]; return d ? formatDate(d).value : ""; };
  assert.equal(one("נכתב: 03.11.23 | 09:05"), "2023-11-03T09:05:00");
  assert.equal(one("21.02.2023 • 08:15"), "2023-02-21T08:15:00");
  assert.equal(one("Mac 9, 2023 @ 7:05am"), "2023-03-09T07:05:00");
  assert.equal(one("Disember 24, 2022"), "2022-12-24");
  // Negatives: version numbers, unpadded short dates and a word that is no month stay undated.
  assert.equal(one("version 1.2.3 released"), "");
  assert.equal(one("score 3.4.21 in the final"), "");
  assert.equal(one("Chapter 5, 2024 edition"), "");
});

test("home zone: Hebrew, Greek, Romanian, Malay and Swahili pages keep one clock", () => {
  const zone = (language: string) => guessHomeZone({ urls: [], publisher: "", language })?.zone;
  assert.equal(zone("he"), "Asia/Jerusalem");
  assert.equal(zone("el"), "Europe/Athens");
  assert.equal(zone("ro"), "Europe/Bucharest");
  assert.equal(zone("ms"), "Asia/Kuala_Lumpur");
  assert.equal(zone("sw"), "Africa/Nairobi");
  // Negatives: Arabic and Indonesian are written across several zones.
  assert.equal(zone("ar"), undefined);
  assert.equal(zone("id"), undefined);
});

test("related phrases: headings and inline labels of more languages, matched without case or accents", () => {
  for (const h of ["ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Διαβάστε επίσης", "Citeste si:", "Cele mai citite", "Habari zaidi", "כתבות נוספות", "أخبار متعلقة", "Berita berkaitan", "人気記事"]) {
    assert.ok(RELATED_HEADER.test(h), h);
  }
  assert.equal(INLINE_RELATED.exec("Soma pia: Bei ya unga yapanda tena sokoni")?.[1], "Bei ya unga yapanda tena sokoni");
  assert.equal(INLINE_RELATED.exec("Citeşte şi: Un pod nou se deschide la Arad")?.[1], "Un pod nou se deschide la Arad");
  assert.ok(SKIP_HEADER.test("תגובות"));
  // Negatives: a sentence opening with a phrase word, and a heading with more after it, are not headings.
  assert.ok(!RELATED_HEADER.test("Habari zaidi zitatolewa kesho na polisi"));
  assert.ok(!RELATED_HEADER.test("Citește și tu ce a spus ministrul"));
});

test("related lists: numbers 1, 2, 3 before items are dropped; a headline opening with a number keeps it", () => {
  assert.deepEqual(stripListNumbers(["1 Bridge reopens after repairs", "2 Rail strike called off", "3 New mayor sworn in"]),
    ["Bridge reopens after repairs", "Rail strike called off", "New mayor sworn in"]);
  assert.deepEqual(stripListNumbers(["5 tips for a cold winter", "Rail strike called off"]), ["5 tips for a cold winter", "Rail strike called off"]);
  assert.deepEqual(stripListNumbers(["2 Rail strike called off", "1 Bridge reopens after repairs"]), ["2 Rail strike called off", "1 Bridge reopens after repairs"]);
});

test("text dump: a Swahili list heading whose items carry relative stamps", () => {
  const f = extract([
    "Gazeti la Mfano", "", "Mvua kubwa yasababisha mafuriko mjini Kisumu", "", "18.03.2024 09:15", "",
    "Mvua kubwa iliyonyesha usiku kucha imesababisha mafuriko katika mitaa kadhaa ya mji wa Kisumu, na wakazi wengi wamelazimika kuhama nyumba zao kwa muda.",
    "Maafisa wa kaunti walisema kwamba timu za uokoaji zimetumwa katika maeneo yaliyoathirika zaidi na kwamba hakuna mtu aliyepoteza maisha hadi sasa.",
    "", "Habari zaidi", "Bei ya mahindi yashuka katika soko la Eldoret", "Saa 4 zilizopita", "Walimu wapya kuajiriwa mwezi ujao", "Jana",
    "Barabara mpya ya Kakamega kukamilika Juni", "Siku 3 zilizopita", "",
  ].join("\n"));
  assert.deepEqual(f.related, ["Bei ya mahindi yashuka katika soko la Eldoret", "Walimu wapya kuajiriwa mwezi ujao", "Barabara mpya ya Kakamega kukamilika Juni"]);
  assert.equal(f.language, "sw");
});

test("HTML: a list headed by the paragraph before it is related, not body; a scraper record's related field too", () => {
  const html = `<html><head><title>Ponte reabre após obras</title></head><body><article><h1>Ponte reabre após obras</h1>
<p>A ponte sobre o rio foi reaberta nesta segunda-feira depois de seis meses de obras, informou a prefeitura da cidade em nota.</p>
<p><strong>VEJA TAMBÉM:</strong></p><ul><li><a href="/a">Prefeitura anuncia novo plano de trânsito para o centro</a></li><li><a href="/b">Chuva forte deixa bairros sem energia na zona norte</a></li></ul>
<p>Segundo a prefeitura, o tráfego de caminhões continuará proibido até o fim do mês, enquanto os técnicos concluem a inspeção final da estrutura.</p></article></body></html>`;
  const f = extract(html, "x.html");
  assert.deepEqual(f.related, ["Prefeitura anuncia novo plano de trânsito para o centro", "Chuva forte deixa bairros sem energia na zona norte"]);
  assert.ok(!f.body.some((p) => p.includes("Prefeitura anuncia")));
  const rec = JSON.stringify({ url: "https://example.org/news/2024/03/1234/bridge", title: "Bridge reopens", content: "<div><p>The bridge over the river reopened on Monday after six months of repairs, the city council said in a statement.</p></div>",
    related: ["Council unveils new traffic plan for the centre", "Storm leaves northern suburbs without power"] });
  assert.deepEqual(extract(rec, "x.json").related, ["Council unveils new traffic plan for the centre", "Storm leaves northern suburbs without power"]);
});

test("text dump: a JSON object printed from the page's scripts gives the stamp and URL the page shows only as relative/none, and is no body", () => {
  const f = extract([
    "Mfano Leo", "", "Daraja jipya lafunguliwa katika mji wa Kisumu", "", "Saa 2 zilizopita", "",
    "Daraja jipya lililojengwa kwa gharama ya Sh300 milioni limefunguliwa rasmi katika mji wa Kisumu, na wakazi wamesema litapunguza msongamano wa magari.",
    "Mhandisi wa kaunti alisema kwamba daraja hilo lilikamilika kabla ya muda uliopangwa na kwamba litadumu kwa zaidi ya miaka hamsini.",
    "",
    '{"vars":{"canonicalUrl":"https://mfano.example.co.ke/habari/daraja-jipya-kisumu-123456","datePublished":"2023-05-02T08:10:00+03:00","section":"Habari"}}',
    "",
  ].join("\n"));
  assert.equal(f.publishedAt, "2023-05-02T08:10:00+03:00");
  assert.equal(f.url, "https://mfano.example.co.ke/habari/daraja-jipya-kisumu-123456");
  assert.equal(f.body.length, 2);
  // Negative: a visible absolute stamp wins over the data's.
  const g = extract(["Mfano Leo", "", "Daraja jipya lafunguliwa katika mji wa Kisumu", "", "02.05.2023 10:00", "",
    "Daraja jipya lililojengwa kwa gharama ya Sh300 milioni limefunguliwa rasmi katika mji wa Kisumu, na wakazi wamesema litapunguza msongamano wa magari.",
    "", '{"datePublished":"2023-05-01T08:10:00+03:00"}', ""].join("\n"));
  assert.equal(g.publishedAt.slice(0, 10), "2023-05-02");
});

test("bylines: Arabic 'كتب' and Swahili 'Na' open a byline; two Arabic names joined by a glued 'و' are two names", () => {
  assert.deepEqual(parseByline("كتب أحمد سمير وهدى عبد الله")?.names, ["أحمد سمير", "هدى عبد الله"]);
  assert.deepEqual(parseByline("Na Otieno Baraka")?.names, ["Otieno Baraka"]);
  // Negatives: lower-case "na" is the Swahili "and"; a name opening with و stays whole; one Arabic name stays one.
  assert.equal(parseByline("na Otieno Baraka"), null);
  assert.deepEqual(parseByline("كتب محمد وليد")?.names, ["محمد وليد"]);
  assert.deepEqual(parseByline("بقلم سامي حداد")?.names, ["سامي حداد"]);
  assert.deepEqual(parseByline("di Paolo Neri e Anna Sala")?.names, ["Paolo Neri", "Anna Sala"]);
  // In HTML, an element of any class whose text opens with a by-word.
  const f = extract(`<html><head><title>عنوان</title></head><body><article><h1>افتتاح جسر جديد فوق النيل في أسوان</h1><div class="writer-line">كتب أحمد سمير</div>
<p>افتتح محافظ أسوان اليوم الجسر الجديد فوق نهر النيل بعد عامين من العمل، وقال إن الجسر سيخفف الزحام في وسط المدينة بشكل كبير.</p></article></body></html>`, "x.html");
  assert.deepEqual(f.authors, ["أحمد سمير"]);
});

test("header: a labelled date ('Data publicării: …') gives no source; mastheads with digits or in lower case", () => {
  const page = (masthead: string) => [
    masthead, "Acasă", "Știri", "", "Podul de la Arad se redeschide după reparații", "", "Data publicării: 12.03.2023 10:15", "",
    "Podul peste Mureș din centrul orașului Arad a fost redeschis joi, după șase luni de lucrări, a anunțat primăria care a finanțat reparațiile.",
    "Potrivit primăriei, traficul greu va fi interzis până la sfârșitul lunii, iar lucrările de finisare vor continua pe timpul nopții.", "",
  ].join("\n");
  const f = extract(page("Arad7"));
  assert.equal(f.source, "");
  assert.equal(f.publisher, "Arad7");
  assert.equal(extract(page("aradnews")).publisher, "aradnews");
  assert.deepEqual(mastheadCandidates(["Menu", "x 12:30", "Digi7", "2024"]), ["Digi7"]);
  // Negative: a lower-case word below the first line is a menu item, not a masthead.
  assert.deepEqual(mastheadCandidates(["News Example", "sport"]), ["News Example"]);
});

test("bylines: an agency joined to the reporters, and the outlet after the names with the place after a dash, are the credit", () => {
  const joined = parseByline("Oleh Siti Aminah dan Bernama");
  assert.deepEqual(joined?.names, ["Siti Aminah"]);
  assert.equal(joined?.source, "Bernama");
  const outlet = parseByline("Por João Pedro Lima, g1 SC — Florianópolis");
  assert.deepEqual(outlet?.names, ["João Pedro Lima"]);
  assert.equal(outlet?.source, "g1 SC");
  // Negatives: two reporters stay two names, with no credit.
  const two = parseByline("By Jo Bell and Al Roy");
  assert.deepEqual(two?.names, ["Jo Bell", "Al Roy"]);
  assert.equal(two?.source, undefined);
  // A scraper record's raw author string gives the names and the credit.
  const rec = JSON.stringify({ url: "https://www.example.com.br/noticia/ponte", title: "Ponte reabre após obras", author: "Por João Pedro Lima, g1 SC — Florianópolis",
    content: "<div><p>A ponte sobre o rio foi reaberta nesta terça-feira depois de seis meses de obras, informou a prefeitura da cidade.</p></div>" });
  const f = extract(rec, "x.json");
  assert.deepEqual(f.authors, ["João Pedro Lima"]);
  assert.equal(f.source, "g1 SC");
});

test("HTML title from <title>: a section label left before the cut site name goes too", () => {
  const page = (t: string) => `<html><head><title>${t}</title><meta property="og:site_name" content="Folha Exemplo"></head><body><div>
<p>A ponte sobre o rio foi reaberta nesta terça-feira depois de seis meses de obras, informou a prefeitura da cidade em nota oficial.</p></div></body></html>`;
  assert.equal(extract(page("Ponte reabre após seis meses de obras | Cidades | Folha Exemplo"), "x.html").title, "Ponte reabre após seis meses de obras");
  // Negative: without a site name cut, a bar in the title stays.
  assert.equal(extract(page("Ponte reabre após seis meses de obras | Cidades"), "x.html").title, "Ponte reabre após seis meses de obras | Cidades");
});

test("Japanese desk byline in brackets under the story; membership and chat-channel promos are no body", () => {
  assert.deepEqual(parseDeskByline("（経済部　山本健太）"), ["山本健太"]);
  assert.deepEqual(parseDeskByline("(函館支局 高橋 花)"), ["高橋花"]);
  // Negatives: an agency in brackets, a bracketed aside in a paragraph.
  assert.deepEqual(parseDeskByline("（共同）"), []);
  assert.deepEqual(parseDeskByline("（写真は市役所で撮影したもの）"), []);
  const kinds = (lines: string[]) => classifyLines(splitLines(lines.join("\n"))).map((l) => l.kind);
  assert.deepEqual(kinds(["東西日報デジタルの会員になると、すべての記事を読むことができます。", "Jiunge na chaneli yetu ya Telegram upate habari zaidi.",
    "Ikuti saluran WhatsApp kami untuk berita terkini."]), ["promo", "promo", "promo"]);
  // Negative: a story sentence about the app is prose.
  assert.equal(kinds(["The regulator said WhatsApp had fixed the flaw that let strangers add users to groups without their consent last year."])[0], "text");
});

test("HTML: a list inside the story is body, one item per paragraph, with the line introducing it; a list of links is not", () => {
  const f = extract(`<html><head><title>Obras na ponte</title></head><body><article><h1>Ponte terá interdições em março</h1>
<p>A prefeitura divulgou nesta segunda-feira o calendário das interdições na ponte principal da cidade durante as obras de reforço.</p>
<p>As datas são as seguintes:</p><ul><li>Dia 4: faixa da direita</li><li>Dia 11: faixa da esquerda</li></ul>
<p>Segundo a prefeitura, o trânsito será desviado pela avenida do porto enquanto durarem os trabalhos, que começam às 22h.</p>
<ul><li><a href="/x">Prefeitura anuncia novo plano de trânsito para o centro</a></li></ul></article></body></html>`, "x.html");
  assert.deepEqual(f.body.slice(1, 4), ["As datas são as seguintes:", "Dia 4: faixa da direita", "Dia 11: faixa da esquerda"]);
  assert.ok(!f.body.some((p) => p.includes("Prefeitura anuncia")));
});

test("HTML: a bold first paragraph that repeats the page's description is the dek, not body", () => {
  const page = (lead: string) => `<html><head><title>Brug weer open</title><meta name="description" content="De brug over de Maas is na zes maanden werken weer open voor alle verkeer."></head><body><article><h1>Brug weer open</h1>
<p>${lead}</p>
<p>De stad heeft de brug over de Maas donderdag weer opengesteld, nadat aannemers zes maanden aan de fundering hadden gewerkt en de rijbaan vernieuwden.</p>
<p>Vrachtverkeer blijft nog tot het einde van de maand verboden, omdat de laatste inspecties van de constructie pas dan klaar zijn, zei de schepen.</p></article></body></html>`;
  assert.equal(extract(page("<strong>De brug over de Maas is na zes maanden werken weer open voor alle verkeer.</strong>"), "x.html").body.length, 2);
  // Negative: the same lead not in bold is the story's first paragraph.
  assert.equal(extract(page("De brug over de Maas is na zes maanden werken weer open voor alle verkeer."), "x.html").body.length, 3);
});
