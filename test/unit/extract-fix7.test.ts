// Rules added for the sixth held-out batch's misses, each on made-up lines (none copied from
// test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { guessHomeZone } from "../../electron/core/extract/home-zone.js";
import { findDates, formatDate } from "../../electron/core/extract/dates.js";
import { guessPublisher } from "../../electron/core/extract/publisher.js";

test("language: Vietnamese and Czech by their own letters, Finnish by function words, Ukrainian apart from Russian", () => {
  assert.equal(detectLanguage("Chiều qua, ủy ban thành phố đã họp với người dân về việc sửa chữa cây cầu cũ ở trung tâm và cho biết công trình sẽ hoàn thành trong năm tới."), "vi");
  assert.equal(detectLanguage("Městská rada ve čtvrtek rozhodla, že opraví starý most přes řeku. Práce začnou na jaře a potrvají dva roky, uvedl mluvčí úřadu."), "cs");
  assert.equal(detectLanguage("Kaupunginhallitus päätti torstaina, että vanha silta korjataan keväällä. Työt kestävät kaksi vuotta, ja kiertotie on käytössä myös kesällä."), "fi");
  assert.equal(detectLanguage("Міська рада в четвер вирішила відремонтувати старий міст через річку. Роботи почнуться навесні й триватимуть два роки, повідомили в мерії."), "uk");
  // Negatives: Russian stays Russian; an English story naming Dvořák and Nguyễn stays English; Polish stays Polish.
  assert.equal(detectLanguage("Городской совет в четверг решил отремонтировать старый мост через реку. Работы начнутся весной и продлятся два года, сообщили в мэрии."), "ru");
  assert.equal(detectLanguage("The orchestra played Dvořák and a new piece by Nguyễn Văn An on Friday, and the hall was full for the first time since the repairs to the roof."), "en");
  assert.equal(detectLanguage("Rada miasta w czwartek zdecydowała, że stary most przez rzekę zostanie wyremontowany. Prace potrwają dwa lata i nie będzie objazdu."), "pl");
});

test("home zone: Czech and Ukrainian pages keep one country's clock; French does not", () => {
  assert.equal(guessHomeZone({ urls: [], publisher: "", language: "cs" })?.zone, "Europe/Prague");
  assert.equal(guessHomeZone({ urls: [], publisher: "", language: "uk" })?.zone, "Europe/Kiev");
  assert.equal(guessHomeZone({ urls: [], publisher: "", language: "fr" }), null);
});

test("dates: Canadian French '14 h 05' and zone abbreviations (HNE, HAC, HNC …) state the offset", () => {
  const iso = (s: string) => { const d = findDates(s)[0]; return d ? formatDate(d).value : ""; };
  assert.equal(iso("Publié le 9 avril 2023 à 9 h 05 HAE"), "2023-04-09T09:05:00-04:00");
  assert.equal(iso("Mis à jour le 12 janvier 2022 à 18 h 40 HNC"), "2022-01-12T18:40:00-06:00");
  assert.equal(iso("Publié le 3 mars 2024 à 14h05"), "2024-03-03T14:05:00");
  // Negatives: a number of hours is no time of day when no date is beside it, and "HNX" is no zone.
  assert.equal(iso("Le trajet dure 2 h 30 en autobus."), "");
  assert.equal(iso("Publié le 9 avril 2023 à 9 h 05 HNX"), "2023-04-09T09:05:00");
});

test("publisher: a masthead's accents dropped in the footer, a domain-like brand in the browser title, legal forms before a name", () => {
  // The same name with and without accents is one clue set, shown with its accents.
  assert.equal(guessPublisher({ mastheads: ["Báo Sông Hương"], copyrightOwners: ["Bao Song Huong"] })?.name, "Báo Sông Hương");
  // "Headline - aKTUELL.at" in the browser title, the same at the top: the brand, over the company in the copyright line.
  assert.equal(guessPublisher({ mastheads: ["aKTUELL.at"], browserTitles: ["aKTUELL.at"], copyrightOwners: ["Nordverlag"] })?.name, "aKTUELL.at");
  // A company named with its legal form first counts less than the masthead.
  assert.equal(guessPublisher({ mastheads: ["Вечірній Львів"], copyrightOwners: ["ТОВ «Медіагруп»"] })?.name, "Вечірній Львів");
  assert.equal(guessPublisher({ mastheads: ["Télé-Estrie"], copyrightOwners: ["Société Télé-Estrie"] })?.name, "Télé-Estrie");
  // Negatives: a bare lower-case domain in a browser title is still only a host; a copyright owner still beats a lone masthead.
  assert.equal(guessPublisher({ mastheads: ["Morning Lark"], browserTitles: ["www.example.org"], copyrightOwners: ["Morning Lark"] })?.name, "Morning Lark");
  assert.equal(guessPublisher({ mastheads: ["Menu Item"], copyrightOwners: ["Valley Ledger"] })?.name, "Valley Ledger");
});
