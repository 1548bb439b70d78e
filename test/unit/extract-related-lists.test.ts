// Related-headline lists: where a list ends (a promo line, a story paragraph cut short in a truncated copy), what
// is printed between or before its items (compact relative dates, ordinal numbers), list headings of more
// languages, and HTML boxes headed by a label paragraph. Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { utf8 as enc, lineKind as kind } from "../helpers.js";

const EN = [
  "The city will add four express bus routes to the airport from next month, the transport authority said on Monday.",
  "The routes will run every ten minutes at peak hours and will use the new bus lanes opened on the ring road last year.",
  "Officials said the fares would match those of the regular routes and that tickets could be bought on board or online.",
];
const dump = (...tail: string[]) =>
  extractScrape(enc(["Express buses to link airport with four districts", "By Dana Holt", "March 4, 2024", "", EN.join("\n\n"), "", ...tail].join("\n")), "p.txt").fields.related;

test("a promo line after a list's items ends the list", () => {
  assert.deepEqual(dump("More from Local News", "Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season",
    "Download the Example News app for breaking news alerts", "About us", "Contact us"),
  ["Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season"]);
  assert.deepEqual(dump("Most Read", "1", "Council backs new cycle lanes on the harbour road", "2", "Ferry timetable changes for the spring season",
    "Get the latest city news delivered to your inbox"),
  ["Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season"]);
});

test("a story paragraph cut short (a truncated copy of the page) is no item of the list above it, nor ends it as a heading", () => {
  const head = ["Express buses to link airport with four districts", "By Dana Holt", "March 4, 2024", ""];
  const page = [...head, EN.join("\n\n"), "", "Copyright 2024 Example News", "",
    ...head, EN[0], "Read More", "Council backs new cycle lanes on the harbour road", `${EN[1]!.slice(0, 70)}…`, "Continue reading"];
  assert.deepEqual(extractScrape(enc(page.join("\n")), "p.txt").fields.related, ["Council backs new cycle lanes on the harbour road"]);
});

test("compact relative dates under items ('1d ago') and ordinal list numbers ('1º') do not end or mark the items", () => {
  assert.deepEqual(dump("Related News", "Council backs new cycle lanes on the harbour road", "1d ago", "Ferry timetable changes for the spring season", "3h ago",
    "Night trains return to the coast line in June", "1w ago"),
  ["Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season", "Night trains return to the coast line in June"]);
  assert.deepEqual(dump("Most Read", "1º Council backs new cycle lanes on the harbour road", "2º Ferry timetable changes for the spring season", "3º Night trains return to the coast line in June"),
    ["Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season", "Night trains return to the coast line in June"]);
});

test("list headings of more languages", () => {
  for (const h of ["Articles similaires", "最多人看", "Populer", "Lesen Sie mehr zum Thema", "Also worth reading"]) assert.equal(kind(h), "relHeader", h);
});

test("Chinese app-download and news-tip lines are promos, not a list of headlines after the story", () => {
  assert.equal(kind("下載「某某新聞」App，即時掌握最新消息"), "promo");
  assert.equal(kind("【某某新聞熱線】歡迎提供新聞線索：WhatsApp 9155 0000"), "promo");
  const zh = ["港鐵公司今日表示，新站工程進度理想，預計可提前一年於明年底通車，較原定計劃提早約十二個月。", "車站啟用後，往來邊境口岸及上水的乘客可直接轉乘東鐵綫，預計每日客量約三萬人次。", "運輸及物流局發言人表示，歡迎港鐵加快工程進度，並會研究在車站附近增設公共運輸交匯處。"];
  const r = extractScrape(enc(["新站提前一年完工 港鐵料明年底通車", "撰文：陳嘉欣", "出版：2025-03-20 18:32", "", zh.join("\n\n"), "",
    "【某某新聞熱線】歡迎提供新聞線索：WhatsApp 9155 0000", "下載「某某新聞」App，即時掌握最新消息", "", "最多人看", "1", "東鐵綫過海段客量突破預期", "2", "天文台預測周末氣溫回升"].join("\n")), "hk.txt");
  assert.deepEqual(r.fields.related, ["東鐵綫過海段客量突破預期", "天文台預測周末氣溫回升"]);
});

test("HTML: a card headed by the label paragraph before it, an inline 'Le puede interesar' link", () => {
  const page = `<!doctype html><html lang="en"><head><title>Express buses to link airport with four districts</title></head><body><article>
    <h1>Express buses to link airport with four districts</h1><div class="text-long">
    <p>${EN[0]}</p><p>${EN[1]}</p>
    <p><strong>Related:</strong></p>
    <div class="referenced-card"><a href="/news/cycle-lanes-4165432">Council backs new cycle lanes on the harbour road</a></div>
    <p>${EN[2]}</p></div></article>
    <section class="more"><h2>Also worth reading</h2><div class="card"><a href="/a">Ferry timetable changes for the spring season</a></div></section></body></html>`;
  assert.deepEqual(extractScrape(enc(page), "p.html").fields.related, ["Council backs new cycle lanes on the harbour road", "Ferry timetable changes for the spring season"]);
  const es = `<!doctype html><html lang="es"><head><title>Nueva ruta troncal en el norte</title></head><body><article><h1>Nueva ruta troncal en el norte</h1><div class="contenido">
    <p>La empresa de transporte anunció que a partir del próximo lunes la ruta troncal dejará de operar y será reemplazada por dos nuevos servicios.</p>
    <div class="relacionada"><span>Le puede interesar:</span> <a href="/ciudad/obras-viaducto-3322901">Así avanza la construcción del viaducto en la avenida principal</a></div>
    <p>Según la empresa, el cambio busca reducir la congestión en las estaciones de la avenida central, donde en hora pico se registran esperas largas.</p>
    <p>Los dos servicios nuevos tendrán un bus cada tres minutos en la hora de mayor demanda, explicó la gerente de la empresa en una rueda de prensa.</p>
    </div></article></body></html>`;
  assert.deepEqual(extractScrape(enc(es), "es.html").fields.related, ["Así avanza la construcción del viaducto en la avenida principal"]);
});
