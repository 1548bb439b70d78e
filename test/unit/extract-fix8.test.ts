// Rules added for the seventh held-out batch's misses, each on made-up lines (none copied from
// test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";

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
