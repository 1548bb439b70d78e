// Rules added for the seventh held-out batch's misses, each on made-up lines (none copied from
// test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { guessHomeZone } from "../../electron/core/extract/home-zone.js";
import { findDates, formatDate } from "../../electron/core/extract/dates.js";

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
