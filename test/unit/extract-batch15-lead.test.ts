// Generic rules the lead added on the fifteenth held-out batch's first contact (Chinese state and party media in new
// layouts, wire copy on partner sites). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { agencyCredit, parseByline } from "../../electron/core/extract/byline.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { utf8 as enc, lineKind as kind } from "../helpers.js";

const ZH = [
  "某市轨道交通集团27日发布消息，5号线二期开通运营首周累计客流突破100万人次，日均客运量约14.5万人次，高于预期。",
  "5号线二期全长8.3公里，设车站6座，由火车站站向南延伸至玉洞站，沿线覆盖新区多个居住和产业片区，方便市民通勤出行。",
  "运营分公司负责人介绍，下一步将根据客流变化动态调整行车间隔，早晚高峰期间的最小行车间隔将进一步压缩到四分钟以内。",
];

test("a Chinese stamp line naming the editor among its credits is the header's meta line; its editor is read there", () => {
  assert.equal(kind("2025-03-27 16:48:05　来源：某某网　作者：何嘉欣　责任编辑：罗晓峰"), "meta");
  assert.equal(kind("责任编辑：罗晓峰"), "editor");
  assert.equal(kind("发布时间： 2025-03-27　09:30:12　|　来源： 新华网　|　作者： 赵一鸣　|　字号：[大][中][小]　打印本页"), "meta");
  const r = extractScrape(enc(["5号线二期开通首周客流突破百万人次", "2025-03-27 16:48:05　来源：某某网　作者：何嘉欣　责任编辑：罗晓峰", "", ZH.join("\n\n"), "", "编辑：周敏"].join("\n")), "zh.txt");
  assert.equal(r.fields.editor, "罗晓峰", "the header's 责任编辑 before the closing 编辑");
  assert.equal(r.fields.source, "某某网");
  assert.match(r.fields.publishedAt, /^2025-03-27T16:48:05/);
});

test("Chinese datelines: any outlet's wire line, traditional reporter credits after a bracketed own-report tag", () => {
  const cnr = parseDateline("某广网南宁3月27日消息（记者何嘉欣）南宁轨道交通集团27日发布消息。");
  assert.equal(cnr?.text, "某广网南宁3月27日消息");
  assert.deepEqual(cnr?.authors, ["何嘉欣"]);
  const hk = parseDateline("【香港某報訊】（記者 陳嘉欣）港鐵公司昨日宣布，延線工程已完成。");
  assert.equal(hk?.text, "【香港某報訊】");
  assert.deepEqual(hk?.authors, ["陳嘉欣"]);
});

test("a Chinese copy-link address is the page's URL", () => {
  const r = extractScrape(enc(["5号线二期开通首周客流突破百万人次", "2025-03-27 16:48:05", "", ZH.join("\n\n"), "", "分享到：微信 微博　复制链接：https://gx.example.cn/gxxw/20250327/t20250327_527123456.shtml"].join("\n")), "zh.txt");
  assert.equal(r.fields.url, "https://gx.example.cn/gxxw/20250327/t20250327_527123456.shtml");
  assert.equal(r.fields.externalId, "527123456");
});

test("editors and agencies of more languages; a site's lower-case handle as the credit beside the byline", () => {
  assert.equal(kind("Ответственный редактор: Ван Лэй"), "editor");
  assert.equal(kind("責任編輯：黃志明"), "editor");
  assert.equal(agencyCredit("By AFP - Agence France Presse"), "AFP - Agence France Presse");
  const r = extractScrape(enc(["Minibus operators to trial cashless kiosks at 40 termini", "By Lam Wing-sze in Hong Kong | examplehk | Updated: 2025-03-27 10:21", "",
    "Minibus operators will trial cashless top-up kiosks at 40 termini from next month, the Transport Department said on Thursday.",
    "The kiosks will take electronic payments and print receipts, and will be moved between termini if passenger numbers change.",
    "Operators said the machines would cut queues at busy termini in the evening, when many passengers top up their cards at once."].join("\n")), "hk.txt");
  assert.equal(r.fields.source, "examplehk");
  assert.deepEqual(parseByline("By Lam Wing-sze in Hong Kong")?.names, ["Lam Wing-sze"]);
});

test("HTML without a metadata date: a 'time' element's stamp, and one printed in parts with the year apart", () => {
  const page = (stamp: string) => `<!doctype html><html lang="pt"><head><title>Ônibus autônomos em Wuhan</title><meta property="og:url" content="https://portuguese.example.cn/20250327/8b1e4d2c6a9f4e37b05c91d8e2f7a641/c.html"></head><body>
    <div class="info"><span class="source">Fonte: Xinhua</span> ${stamp}</div><h1>Ônibus autônomos começam a circular em Wuhan</h1><div id="detail">
    <p>WUHAN, 27 mar (Xinhua) -- Ônibus autônomos começaram a circular nesta quinta-feira em uma zona de desenvolvimento da cidade.</p>
    <p>As linhas ligam estações de metrô a parques industriais, com veículos de 20 lugares que circulam a até 40 quilômetros por hora.</p>
    <p>A prefeitura disse que pretende ampliar o serviço para outros distritos até o fim do ano, se os testes forem bem-sucedidos.</p></div></body></html>`;
  const whole = extractScrape(enc(page(`<span class="time">2025-03-27 21:08:33</span>`)), "pt.html");
  assert.equal(whole.fields.publishedAt, "2025-03-27T21:08:33+08:00", "the .cn domain gives the zone");
  const split = extractScrape(enc(page(`<div class="header-time left"><span class="year"><em> 2025</em></span> <span class="day"><em> 03</em>/<em>27</em></span> <span class="time"> 21:08:33</span></div>`)), "pt.html");
  assert.equal(split.fields.publishedAt, "2025-03-27T21:08:33+08:00");
});

test("HTML: a paragraph holding paragraphs (invalid nesting Readability passes on) is read through its inner ones", () => {
  const inner = [
    "SHENZHEN, 14 mar (Xinhua) -- La ciudad abrió este viernes doce nuevas rutas de reparto con drones entre centros comerciales y barrios.",
    "Las nuevas rutas permiten entregar comida y paquetes de hasta dos kilos y medio en un plazo medio de quince minutos, según la oficina.",
    "Las autoridades prevén abrir otras cincuenta rutas antes de fin de año y construir mil plataformas de despegue en toda la ciudad.",
  ];
  const html = `<!doctype html><html lang="es"><head><title>Shenzhen abre rutas de drones</title></head><body><h1>Shenzhen abre rutas de drones</h1>
    <div id="detail"><p><span id="detailContent">${inner.map((p) => `<p>${p}</p>`).join("")}</span></p></div></body></html>`;
  const r = extractScrape(enc(html), "es.html");
  assert.deepEqual(r.fields.body, inner);
  assert.equal(r.fields.dateline, "SHENZHEN, 14 mar (Xinhua)");
});
