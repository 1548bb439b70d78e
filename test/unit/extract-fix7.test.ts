// Rules added for the sixth held-out batch's misses, each on made-up lines (none copied from
// test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { guessHomeZone } from "../../electron/core/extract/home-zone.js";

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
