// Generic rules the lead added on the seventeenth held-out batch's first contact (People's Daily in French, a Shenzhen
// portal, Yonhap in Korean, a Jina Reader record of a Vietnamese site, DER STANDARD). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { namesWithOutletCredit } from "../../electron/core/extract/byline.js";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { idFromUrl, withoutTracking } from "../../electron/core/extract/ids.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { markdownToText } from "../../electron/core/extract/markdown.js";
import { copyrightOwner } from "../../electron/core/extract/publisher.js";
import { editorOf } from "../../electron/core/extract/text-dump/classify.js";
import { utf8 as enc, lineKind as kind } from "../helpers.js";


test("an eight-digit article number that is no real date is the id ('c31357-20312345'); a yyyymmdd date still is none", () => {
  assert.equal(idFromUrl("http://fr.example.cn/Chine/n3/2025/0515/c31357-20312345.html"), "20312345");
  assert.equal(idFromUrl("https://news.example.com/2024/story-about-buses-20240305"), "");
});

test("editor credits: '(Rédacteur web : X, Y)', a labelled 编辑 among a stamp line's credits", () => {
  assert.equal(editorOf("(Rédacteur web : Ma Lin, Chen Jie)"), "Ma Lin, Chen Jie");
  assert.equal(kind("(Rédacteur web : Ma Lin, Chen Jie)"), "editor");
  assert.equal(editorOf("2025-05-28 07:05 来源：某某特区报 编辑：陈颖"), "陈颖");
});

test("本报讯 with the reporters in brackets is the dateline; every role's name is an author", () => {
  const d = parseDateline("本报讯（记者 王晓东 通讯员 李敏）5月27日上午10时，地铁16号线二期正式开通初期运营。");
  assert.equal(d?.text, "本报讯");
  assert.deepEqual(d?.authors, ["王晓东", "李敏"]);
});

test("Korean: '(부산=연합뉴스) 김철수 기자 =' is the dateline and its author; a most-viewed heading; a capitals-and-digits id", () => {
  const d = parseDateline("(부산=연합뉴스) 김철수 기자 = 부산 도시철도 1호선이 내년 하반기부터 단계적으로 무인운전 방식으로 바뀐다.");
  assert.equal(d?.text, "(부산=연합뉴스)");
  assert.deepEqual(d?.authors, ["김철수"]);
  assert.deepEqual(parseDateline("(서울=뉴스1) 이영희·박민수 기자 = 서울시가 발표했다.")?.authors, ["이영희", "박민수"]);
  assert.equal(kind("이 시각 많이 본 뉴스"), "relHeader");
  assert.equal(idFromUrl("https://www.example.co.kr/view/AKR20250603087200051"), "AKR20250603087200051");
});

test("a Vietnamese weekday is no credit; 'Bản quyền thuộc về X' names the owner X", () => {
  assert.equal(copyrightOwner("Giấy phép số 1012/GP-BTTTT. © Bản quyền thuộc về Ví Dụ Plus."), "Ví Dụ Plus");
  const body = ["Sở Xây dựng cho biết, từ ngày 1/7, thành phố sẽ đưa vào khai thác thêm 5 tuyến xe buýt sử dụng năng lượng điện mới.",
    "Các tuyến mới có tổng chiều dài hơn 110km, sử dụng 62 xe buýt điện, tần suất từ 10-15 phút mỗi chuyến vào giờ cao điểm.",
    "Theo đơn vị vận hành, trong 6 tháng đầu năm, hai tuyến đường sắt đô thị đã vận chuyển hơn 18 triệu lượt khách."];
  const f = extractScrape(enc(["Thành phố mở thêm 5 tuyến buýt điện kết nối ga đường sắt", "Thứ Năm, 26/06/2025 14:32 (GMT+07:00)", "", body.join("\n\n"), "", "Minh Thu (TTXVN/Vietnam+)"].join("\n")), "vi.txt").fields;
  assert.equal(f.source, "");
  assert.deepEqual(f.authors, ["Minh Thu"], "a sign-off naming the reporter's outlets in brackets");
  assert.ok(!f.body.some((p) => p.startsWith("Minh Thu")));
  assert.deepEqual(namesWithOutletCredit("Jo Bell (AFP)"), ["Jo Bell"]);
  assert.deepEqual(namesWithOutletCredit("Transport Ministry (Hanoi)"), []);
});

test("Markdown with underlined (setext) headings: the underline is markup, '=' marks the headline", () => {
  const md = "Ví dụ tiêu đề của bài báo\n==========================\n\nĐoạn văn.\n\nTin cùng chuyên mục\n------------------\n\n*   [Một](https://x.example/a)";
  const { text, h1 } = markdownToText(md);
  assert.ok(!/={3}|-{3}/.test(text), text);
  assert.equal(h1 && text.slice(h1.start, h1.end), "Ví dụ tiêu đề của bài báo");
});

test("a scraper record's share-link address loses its tracking parameters", () => {
  assert.equal(withoutTracking("https://www.example.vn/bai-viet-post1045678.vnp?utm_source=zalo&utm_medium=share"), "https://www.example.vn/bai-viet-post1045678.vnp");
  assert.equal(withoutTracking("https://news.example.com/a.php?id=42&fbclid=xyz#top"), "https://news.example.com/a.php?id=42#top");
});

test("'Weiterlesen' heads a related list", () => {
  assert.equal(kind("Weiterlesen"), "relHeader");
});

test("captions and furniture between paragraphs: VIDEO: labels, (Ảnh: X/Y), (Name - Agency), ad labels, subscription and Facebook promos", () => {
  assert.equal(kind("VIDEO: Pasajeros esperan en la estación durante la suspensión del servicio."), "caption");
  assert.equal(kind("Xe buýt điện đón khách tại điểm dừng gần ga. (Ảnh: Việt Hùng/TTXVN)"), "caption");
  assert.equal(kind("Elektrikli vapurlardan biri limanda test seferine çıktı. (Ahmet Demir - Anadolu Ajansı)"), "caption");
  for (const ad of ["광고", "Werbung", "Reklama", "Publicidad"]) assert.equal(kind(ad), "ad", ad);
  assert.equal(kind("Ajans web sitesinde abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz."), "promo");
  assert.equal(kind("Like Example on Facebook, follow @Example on X to stay informed and join in the conversation."), "promo");
});

test("HTML sources beside the date: an 'origins' element, a labelled credit next to the <time>", () => {
  const page = (meta: string) => `<!doctype html><html lang="en"><head><title>Bus rapid transit line to reach the east by 2026</title></head><body><article>
    <h1>Bus rapid transit line to reach the east by 2026</h1><div class="meta">${meta}</div><div class="body">
    <p>The city's bus rapid transit line will reach the eastern suburbs by the end of 2026, the transport department said on Tuesday.</p>
    <p>The extension will add nine stations and a depot, and buses will run every ten minutes at peak hours on the new section.</p>
    <p>Officials said the fares would match those of the existing routes and that the old feeder buses would be moved elsewhere.</p></div></article></body></html>`;
  const src = (meta: string) => extractScrape(enc(page(meta)), "p.html").fields.source;
  assert.equal(src(`<div class="article-origins">APA</div><time datetime="2025-06-24T14:32">24. Juni 2025, 14:32</time>`), "APA");
  assert.equal(src(`<time datetime="2025-06-17T14:32:00+02:00">17 June 2025</time> <span class="credit">Source: GovNews.example</span>`), "GovNews.example");
});
