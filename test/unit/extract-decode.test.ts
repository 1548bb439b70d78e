import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import {
  big5 as Big5Recogniser, euc_jp as EucJpRecogniser, euc_kr as EucKrRecogniser, gb_18030 as Gb18030Recogniser, sjis as SjisRecogniser,
} from "chardet/lib/encoding/mbcs.js";
import { decodeBytes, decodeWindows1252 } from "../../electron/core/extract/decode.js";
import { mbcsConfidence } from "../../electron/core/extract/mbcs-score.js";
import { extractScrape } from "../../electron/core/extract/index.js";
import { sampleScrapes } from "../helpers.js";

const SCRAPES = sampleScrapes;

test("UTF-8 BOM is stripped and reported", () => {
  const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x0d, 0x0a, 0x78]));
  assert.equal(d.text, "hi\nx");
  assert.equal(d.encoding, "utf-8");
  assert.match(d.note, /byte-order mark/);
});

test("UTF-16LE BOM", () => {
  const d = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0d, 0x00, 0x42, 0x00]));
  assert.equal(d.text, "A\nB");
  assert.equal(d.encoding, "utf-16le");
});

test("GBK file 009 is detected and decoded", () => {
  const r = extractScrape(readFileSync(join(SCRAPES, "009_xinhuanet_zh_elevator_retrofit.txt")), "009.txt");
  assert.equal(r.encoding, "gb18030");
  assert.ok(r.text.includes("北京启动老旧小区加装电梯试点"));
  assert.ok(!r.text.includes("\uFFFD"));
  assert.ok(r.warnings.some((w) => /GBK/.test(w.message)));
  assert.equal(r.fields.language, "zh");
});

test("Windows-1252 CRLF file 011: curly quotes and dashes, newlines folded", () => {
  const r = extractScrape(readFileSync(join(SCRAPES, "011_rmcourier_denver_light_rail.txt")), "011.txt");
  assert.equal(r.encoding, "windows-1252");
  assert.ok(!r.text.includes("\r"));
  assert.ok(r.text.includes("DENVER \u2014 Riders on some of Denver\u2019s busiest"));
  assert.ok(r.warnings.some((w) => /Windows-1252/.test(w.message)));
});

test("invalid UTF-8 bytes fall back to a legacy decoding without throwing", () => {
  const d = decodeBytes(new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));
  assert.notEqual(d.encoding, "utf-8");
  assert.equal(typeof d.text, "string");
});

test("binary bytes are refused with a reason", () => {
  const d = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x01, 0x02]));
  assert.ok(d.error);
});

test("double-byte scores equal chardet's own match() (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR; Western and random bytes)", () => {
  const recognisers = [new Gb18030Recogniser(), new Big5Recogniser(), new SjisRecogniser(), new EucJpRecogniser(), new EucKrRecogniser()];
  // Set membership answers as chardet's binary search only over a sorted list.
  for (const r of recognisers) assert.ok(r.commonChars.every((c, i, a) => i === 0 || a[i - 1]! < c));
  const score = (bytes: Uint8Array) => {
    const ctx = { byteStats: [], c1Bytes: false, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
    return recognisers.map((r) => [mbcsConfidence(r, ctx), r.match(ctx)?.confidence ?? 0]);
  };
  const zh = readFileSync(join(SCRAPES, "009_xinhuanet_zh_elevator_retrofit.txt"));
  const text = iconv.decode(zh, "gb18030");
  const pages = [
    zh, iconv.encode(text, "big5"), iconv.encode(text.slice(0, 200), "big5"), readFileSync(join(SCRAPES, "011_rmcourier_denver_light_rail.txt")),
    iconv.encode(PAGES.ja, "shift_jis"), iconv.encode(PAGES.ja, "euc-jp"), iconv.encode(PAGES.ko, "euc-kr"),
  ];
  for (const p of pages) for (const [ours, theirs] of score(new Uint8Array(p))) assert.equal(ours, theirs);
  // Pieces of a real Chinese page in both encodings (common characters at realistic rates, so
  // scores spread over 10..100), some with stray bytes spliced in (the bad-character rules), and random bytes.
  const piece = fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 300 }), fc.constantFrom("gb18030", "big5"))
    .map(([at, n, enc]) => new Uint8Array(iconv.encode(text.slice(at, at + n), enc)));
  const spliced = fc.tuple(piece, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 6 }))
    .map(([b, cuts]) => { const out = [...b]; for (const [at, v] of cuts) out.splice(at % (out.length + 1), 0, v); return new Uint8Array(out); });
  const bytes = fc.oneof(piece, spliced, fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ min: 0x80, maxLength: 600 }));
  fc.assert(fc.property(bytes, (b) => score(b).every(([ours, theirs]) => ours === theirs)), { numRuns: 500 });
});

test("Windows-1252 decoding equals iconv-lite's, byte for byte", () => {
  const all = new Uint8Array(256).map((_, i) => i);
  assert.equal(decodeWindows1252(all), iconv.decode(Buffer.from(all), "windows-1252"));
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => decodeWindows1252(b) === iconv.decode(Buffer.from(b), "windows-1252")), { numRuns: 300 });
  // A view into a larger buffer decodes only its own bytes.
  const big = new Uint8Array([0x41, 0x93, 0x42, 0x94, 0x43]);
  assert.equal(decodeWindows1252(big.subarray(1, 4)), "\u201cB\u201d");
});

test("a Big5 page whose characters mostly have trail bytes in the ASCII range is still Big5, and a Western page with accents still Windows-1252", () => {
  // Made-up text: common characters, kept only where Big5 puts their trail byte in 0x40-0x7E (the case that looked like isolated high bytes).
  const pool = [..."台北市公車捷運路線班距調整乘客表示今天上午記者報導政府交通局長說明"].filter((ch) => iconv.encode(ch, "big5")[1]! < 0x80);
  assert.ok(pool.length >= 8, `enough ASCII-trail characters (${pool.join("")})`);
  const line = (k: number) => Array.from({ length: 24 }, (_, i) => pool[(i * 7 + k) % pool.length]).join("");
  const text = Array.from({ length: 12 }, (_, k) => `${line(k)} 2024/03/05 ${line(k + 3)}`).join("\n");
  const big5 = decodeBytes(iconv.encode(text, "big5"));
  assert.equal(big5.encoding, "big5");
  assert.equal(big5.text, text);
  const western = decodeBytes(iconv.encode("Le résumé du café: l’été à Zürich — “très” animé, naïve façade.\n".repeat(20), "win1252"));
  assert.equal(western.encoding, "windows-1252");
});

/** Invented news paragraphs in scripts whose legacy encodings are detected from the bytes' shape and chardet's statistics. */
const PAGES = {
  ja: "札幌市は十五日、今冬の除雪費が当初予算を大きく上回る見通しとなったことを明らかにした。市によると、十二月以降の降雪量は平年の一・四倍に達し、幹線道路の排雪作業が続いている。市は補正予算案を来月の市議会に提出する方針で、住宅街の生活道路についても作業の前倒しを検討する。市民からは歩道の除雪を求める声が多く寄せられており、担当者は「できる限り早く対応したい」と話している。",
  ko: "서울시는 15일 시내버스 노선 개편안을 발표했다. 시에 따르면 새 노선은 다음 달부터 단계적으로 시행되며, 출퇴근 시간대 배차 간격을 줄이는 데 중점을 두었다. 시 관계자는 시민 의견을 반영해 일부 노선을 조정했다고 설명했다. 시민단체는 노선 변경으로 불편을 겪는 지역이 없도록 충분한 안내가 필요하다고 지적했다.",
  el: "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για την αντιμετώπιση της λειψυδρίας στην Αττική. Σύμφωνα με το υπουργείο, τα αποθέματα του ταμιευτήρα του Μόρνου βρίσκονται στο χαμηλότερο επίπεδο της τελευταίας δεκαετίας. Οι δήμοι καλούνται να περιορίσουν την κατανάλωση νερού για το πότισμα των πάρκων, ενώ εξετάζεται και η μεταφορά νερού από γειτονικές λίμνες.",
  he: "משרד החינוך הודיע היום כי יותר מאלף משרות הוראה עדיין לא אוישו לקראת פתיחת שנת הלימודים. לדברי המשרד, המחסור חמור במיוחד במקצועות המתמטיקה והאנגלית בבתי הספר בדרום הארץ. ארגוני המורים טוענים כי השכר הנמוך מרחיק מורים צעירים מהמקצוע, והמשרד בוחן תוכנית להסבת אקדמאים להוראה.",
  ar: "أعلنت وزارة التربية والتعليم اليوم عن مواعيد امتحانات الدور الثاني للثانوية العامة، والتي تبدأ في الأسبوع الأول من الشهر المقبل. وقال متحدث باسم الوزارة إن الامتحانات ستعقد في جميع المحافظات وفق الإجراءات المعتادة، وإن النتائج ستعلن بعد انتهاء التصحيح مباشرة. ودعت الوزارة الطلاب إلى متابعة الموقع الرسمي للحصول على أرقام الجلوس.",
  ru: "Власти Москвы объявили во вторник о запуске новых автобусных маршрутов в спальных районах города. По словам представителя департамента транспорта, интервалы движения в часы пик сократятся вдвое, а на остановках появятся электронные табло. Жители отмечают, что ждали этих изменений несколько лет, и надеются, что новые автобусы будут ходить по расписанию.",
};

test("legacy encodings of other scripts are detected without a declared charset: Shift_JIS, EUC-JP, EUC-KR, Greek, Hebrew, Arabic and Cyrillic code pages", () => {
  const cases: [string, string, string][] = [
    [PAGES.ja, "shift_jis", "shift_jis"],
    [PAGES.ja, "euc-jp", "euc-jp"],
    [PAGES.ko, "euc-kr", "euc-kr"],
    [PAGES.el, "windows-1253", "windows-1253"],
    [PAGES.he, "windows-1255", "windows-1255"],
    [PAGES.ar, "windows-1256", "windows-1256"],
    [PAGES.ru, "windows-1251", "windows-1251"],
    [PAGES.ru, "koi8-r", "koi8-r"],
  ];
  const got = cases.map(([text, written]) => {
    const page = `Home | News | Contact\r\n\r\n${text}\r\n\r\n${text.slice(0, text.length / 2)}\r\n`;
    const d = decodeBytes(new Uint8Array(iconv.encode(page, written)));
    assert.equal(d.text, page.replace(/\r\n/g, "\n"), `${written}: ${d.note}`);
    assert.equal(d.replaced, 0);
    return d.encoding;
  });
  assert.deepEqual(got, cases.map(([, , expected]) => expected));
});

test("a charset the page declares is used when iconv-lite knows it; a declared UTF-8 that is not valid UTF-8 is detected instead", () => {
  const html = (charset: string, body: string) => `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;
  for (const [charset, body] of [["Shift_JIS", PAGES.ja], ["EUC-KR", PAGES.ko], ["ISO-8859-7", PAGES.el], ["windows-1256", PAGES.ar]] as const) {
    const d = decodeBytes(new Uint8Array(iconv.encode(html(charset, body), charset)));
    assert.equal(d.encoding, charset.toLowerCase());
    assert.match(d.note, /declared in the page/);
    assert.ok(d.text.includes(body));
  }
  const lying = decodeBytes(new Uint8Array(iconv.encode(html("utf-8", PAGES.el), "windows-1253")));
  assert.equal(lying.encoding, "windows-1253");
  assert.ok(lying.text.includes(PAGES.el));
  const unknown = decodeBytes(new Uint8Array(iconv.encode(html("x-no-such-charset", "Café crème à la gare"), "windows-1252")));
  assert.equal(unknown.encoding, "windows-1252");
});

/** Invented text written in `from`, decoded without a declared charset: the encoding named, and the same text back. */
function assertDetected(text: string, from: string, named: string): ReturnType<typeof decodeBytes> {
  const d = decodeBytes(iconv.encode(text, from));
  assert.equal(d.encoding, named, text.slice(0, 30));
  assert.equal(d.text, text);
  return d;
}

test("Central European pages in Windows-1250 are told from Western ones in Windows-1252 (invented paragraphs)", () => {
  // [text, the name expected]: without C1 bytes (no š ž ś ź ť, as in the Hungarian text) ISO-8859-2 is named,
  // which reads those letters as Windows-1250 does.
  const central: [string, string][] = [
    ["Gradsko vijeće odlučilo je da će tramvaji od ožujka voziti češće, a cijena karte ostaje ista. Građani su zadovoljni, kažu u udruzi putnika.", "windows-1250"],
    ["A fővárosi közgyűlés szerdán döntött arról, hogy a külső kerületekben ritkábban járnak majd az éjszakai buszok, ami sok utast érint.", "iso-8859-2"],
    ["Rada miasta zdecydowała, że od przyszłego miesiąca tramwaje będą jeździć częściej, a cena biletu miesięcznego się nie zmieni. Pasażerowie są zadowoleni.", "windows-1250"],
    ["Městská rada rozhodla, že tramvaje budou od března jezdit častěji a cena jízdenky zůstane stejná. Cestující jsou spokojeni, říká mluvčí dopravního podniku.", "windows-1250"],
  ];
  for (const [text, named] of central) assert.match(assertDetected(text, "windows-1250", named).note, /Central European/);
  for (const text of [
    "A câmara decidiu que os autocarros vão circular com mais frequência a partir de março, e as associações de moradores não estão satisfeitas com a situação. São poucas as opções.",
    "Kommunen har besluttet, at busserne skal køre oftere fra marts, og passagererne er tilfredse. Prisen på et månedskort ændres ikke, siger økonomichefen på rådhuset.",
    "Il consiglio comunale ha deciso che i tram passeranno più spesso da marzo, così i pendolari avranno più corse. Sì, il prezzo del biglietto non cambierà però.",
    "Le conseil municipal a décidé que les trams passeront plus souvent dès mars, où la fréquentation a baissé. Les usagers sont déçus par la hausse prévue des tarifs.",
  ]) assertDetected(text, "windows-1252", "windows-1252");
});

test("Polish and Czech in ISO-8859-2 (no C1 bytes; ą, ś, š, ž at 0xA0-0xBF) are read as ISO-8859-2", () => {
  assertDetected("Rada miasta zdecydowała, że od przyszłego miesiąca tramwaje będą jeździć częściej; świetlica w śródmieściu zostanie otwarta, a cena biletu się nie zmieni.", "iso-8859-2", "iso-8859-2");
  assertDetected("Městská rada ve středu rozhodla, že autobusy budou od března jezdit častěji. Starosta řekl, že obec ještě letos koupí čtyři nové autobusy a že cena jízdenky zůstane stejná.", "iso-8859-2", "iso-8859-2");
});

test("Vietnamese in Windows-1258 (tones as combining bytes) is read as such and composed; French in Windows-1252 is not taken for it", () => {
  const vi = "Mưa lớn kéo dài từ đêm qua đến trưa nay khiến nhiều tuyến đường tại thành phố ngập sâu, giao thông ùn tắc. Học sinh được nghỉ học chiều nay.";
  // Windows-1258 has â ê ô ă ơ ư đ as letters and the five tones as combining bytes written after them.
  const to1258 = (s: string) => [...s].map((ch) => {
    const d = ch.normalize("NFD");
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(d)?.[0];
    return tone ? d.replace(tone, "").normalize("NFC") + tone : ch;
  }).join("");
  const d = decodeBytes(new Uint8Array(iconv.encode(to1258(vi), "windows-1258")));
  assert.equal(d.encoding, "windows-1258");
  assert.equal(d.text, vi);
  const fr = "Là-bas, où l'été dure, on écoute Ìsola et Òscar près de l'île; déjà vu à Orléans, à Nîmes et à Besançon.".repeat(3);
  assert.equal(decodeBytes(new Uint8Array(iconv.encode(fr, "windows-1252"))).encoding, "windows-1252");
});
