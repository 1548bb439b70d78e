// Generic rules the lead added on the fourteenth held-out batch's first contact (wire copy on regional sites, city
// papers of countries on several clocks, Chinese-language portals). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBareNames } from "../../electron/core/extract/byline.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { findDates } from "../../electron/core/extract/dates.js";
import { idFromUrl } from "../../electron/core/extract/ids.js";
import { matchProfile } from "../../electron/core/extract/profiles/index.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { classifyLines } from "../../electron/core/extract/text-dump/classify.js";
import { splitLines } from "../../electron/core/extract/text-dump/lines.js";
import { utf8 as enc } from "../helpers.js";

const STORY = [
  "The ferry operator said on Thursday that boats to the island would run all year from May, ending the winter gap in the service.",
  "It said a new ice-class vessel had been bought for the crossing and that crews had been trained to sail it in the cold months.",
  "Islanders have long asked for a ferry in winter, when the only way to the mainland is a long drive over the frozen strait.",
];
const dump = (header: string[], after: string[] = []) => extractScrape(enc([...header, "", ...STORY, "", ...after].join("\n")), "dump.txt");

test("a wire credit alone matches no publisher profile: the page republishing the story is not the agency's", () => {
  assert.equal(matchProfile({ pageUrls: [], headLines: [], footerLines: [], credits: ["ТАСС"] }), null);
  assert.equal(matchProfile({ pageUrls: [], headLines: [], footerLines: [], credits: ["english.news.cn"] })?.profile.id, "xinhua", "a credit holding the site's domain still does");
});

test("a labelled source in Russian, and the home zone of the city the masthead names", () => {
  const ru = [
    "Паромная переправа до острова будет работать круглый год начиная с мая, сообщили в краевом министерстве транспорта в четверг.",
    "Для переправы закуплено судно ледового класса, которое сможет ходить через пролив в зимние месяцы без помощи ледокола.",
    "Жители острова давно просили о зимнем сообщении с материком, когда единственный путь в город лежит по льду пролива.",
  ];
  const r = extractScrape(enc(["Паромы до острова начнут ходить круглый год - Новости", "Пример.ру", "Владивосток, +3°   Курс ЦБ: $ 84,12", "", "Паромы до острова начнут ходить круглый год", "", "20 марта 2025 в 14:32", "Источник: ТАСС", "", ...ru].join("\n")), "ru.txt");
  assert.equal(r.fields.source, "ТАСС");
  assert.equal(r.fields.publisher === "ТАСС", false);
  assert.equal(r.fields.publishedAt, "2025-03-20T14:32:00+10:00");
});

test("a place and weekday beside the masthead is no source; a role line under a bare name is no name", () => {
  assert.deepEqual(parseBareNames("Repórter de Cidades"), []);
  const r = dump(["Porto terá nova balsa para a ilha a partir de abril | O Exemplo", "O Exemplo", "Manaus, quinta-feira, 20 de março de 2025 | 31ºC", "",
    "Porto terá nova balsa para a ilha a partir de abril", "", "Juliana Araújo", "Repórter de Cidades", "Publicado em 20/03/2025 às 10:45"]);
  assert.equal(r.fields.source, "");
  assert.deepEqual(r.fields.authors, ["Juliana Araújo"]);
  assert.equal(r.fields.publishedAt, "2025-03-20T10:45:00-04:00");
});

test("a browser print header dates the printing and credits no source", () => {
  const r = dump(["20/03/2025, 11:04 am\tNight buses to run in the hills from April | The Example", "SA NEWS", "Night buses to run in the hills from April",
    "Lucy Tran", "March 20, 2025 - 5:30AM"]);
  assert.match(r.fields.publishedAt, /^2025-03-20T05:30:00/);
  assert.equal(r.fields.source, "");
});

test("Chinese pages: an own-report tag in brackets, a bracketed weekday before the time, a long stamp-like id", () => {
  assert.equal(parseDateline("【on.cc東網專訊】連接將軍澳南與調景嶺的天橋原定今年完工。")?.text, "【on.cc東網專訊】");
  assert.equal(parseDateline("【相关新闻】天橋原定今年完工。"), null);
  const [d] = findDates("2025年03月20日(星期四)　18:42");
  assert.deepEqual([d?.hour, d?.minute], [18, 42]);
  assert.equal(idFromUrl("https://hk.example.cc/hk/bkn/cnt/news/20250320/bkn-20250320184205123-0320_00822_001.html"), "20250320184205123");
});

test("HTML: a source element by its class beside the byline, an editor in a bar-joined credit row, a data-layer id, a report-by paragraph", () => {
  const html = `<!doctype html><html lang="id"><head><title>Koridor bus diperpanjang hingga bandara</title>
    <script>var dataLayer = [{'articleId':'3412345','pageType':'Article'}];</script></head><body><article>
    <h1>Koridor bus diperpanjang hingga bandara</h1><div class="td-post-source">BERNAMA</div>
    <div class="meta"><div>Penulis: <a>Ni Komang Ayu</a> | Editor: <a>I Made Wirawan</a></div> <span>Kamis, 20 Maret 2025 14:32 WITA</span></div>
    <p><strong>Laporan Wartawan Contoh Bali, Ni Komang Ayu</strong></p>
    <p><strong>CONTOH.COM, DENPASAR</strong> - ${STORY[0]}</p>${STORY.slice(1).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const r = extractScrape(enc(html), "page.html");
  assert.equal(r.fields.source, "BERNAMA");
  assert.equal(r.fields.editor, "I Made Wirawan");
  assert.equal(r.fields.externalId, "3412345");
  assert.equal(r.fields.dateline, "CONTOH.COM, DENPASAR");
  assert.ok(!r.fields.body.some((p) => p.startsWith("Laporan")), "the report-by line is no paragraph");
});

test("a 'MORE NEWS' box between paragraphs, the story going on under it, is inside the story", () => {
  const more = ["Gawler line trains to run every 15 minutes on weekends", "Metro fares frozen for second year"];
  const tail = [
    "Passengers will book trips through the operator's app or by phone and pay a standard fare, with the trip to the interchange free.",
    "The mayor welcomed the trial but said the council would keep pushing for a rail link to the hills towns in the years ahead.",
  ];
  const r = extractScrape(enc(["Night buses to run in the hills from April", "March 20, 2025 - 5:30AM", "", ...STORY, "", "MORE NEWS", ...more, "", tail.join("\n\n")].join("\n")), "more.txt");
  assert.deepEqual(r.fields.body, [...STORY, ...tail]);
  assert.deepEqual(r.fields.related, more);
  // The same list after the story's last paragraph ends it.
  const after = extractScrape(enc(["Night buses to run in the hills from April", "March 20, 2025 - 5:30AM", "", ...STORY, "", "MORE NEWS", ...more].join("\n")), "after.txt");
  assert.deepEqual(after.fields.body, STORY);
});

test("closing furniture: a Russian subscribe-on-Telegram promo, a bracketed outlet/reporter sign-off, an Indonesian syndication trailer", () => {
  const kinds = (text: string) => classifyLines(splitLines(text)).filter((l) => l.text).map((l) => l.kind);
  assert.deepEqual(kinds([
    "Подписывайтесь на Пример.ру в Telegram — все главные новости города",
    "(Contoh-Bali.com/Ni Komang Ayu)",
    "Artikel ini telah tayang di Contoh-Bali.com dengan judul Koridor Bus Diperpanjang, https://bali.contoh.com/2025/03/20/koridor",
  ].join("\n")), ["promo", "credit", "promo"]);
});
