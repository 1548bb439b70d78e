// Batch 5 rules for records, ids, language, related lists and body lines, each on made-up input
// (none copied from test/fixtures/heldout), with negatives that must stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";

test("language: Turkish and Polish by function words, other scripts by script", () => {
  assert.equal(detectLanguage("Belediye yeni hattın bir yıl içinde açılacağını ve bu proje için daha fazla otobüs alınacağını söyledi."), "tr");
  assert.equal(detectLanguage("Miasto ogłosiło, że nowa linia nie będzie gotowa przed zimą, a prace na budowie trwają od roku."), "pl");
  assert.equal(detectLanguage("नगर निगम ने कहा कि नई बसें अगले महीने से चलेंगी। Home | News | Login"), "hi");
  assert.equal(detectLanguage("শহরে নতুন বাস চালু হবে"), "bn");
  assert.equal(detectLanguage("ரயில் சேவை நாளை தொடங்கும்"), "ta");
  assert.equal(detectLanguage("รถไฟฟ้าสายใหม่จะเปิดให้บริการ"), "th");
  assert.equal(detectLanguage("העירייה הודיעה על קו חדש"), "he");
  assert.equal(detectLanguage("Ο δήμος ανακοίνωσε νέα γραμμή"), "el");
  // Negatives: English, Spanish and Dutch stay as they were.
  assert.equal(detectLanguage("The council said on Tuesday that her plan for the new line would be put to a vote in June."), "en");
  assert.equal(detectLanguage("El alcalde dijo que la nueva línea de autobuses estará lista en los próximos meses."), "es");
  assert.equal(detectLanguage("Het college heeft besloten dat de nieuwe lijn niet voor de zomer wordt geopend."), "nl");
});
