// Language identification beyond the function-word table: languages it does not list, close relatives of
// listed ones, and scripts written by several languages go to franc. Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../electron/core/extract/language.js";
import { guessHomeZone } from "../../electron/core/extract/home-zone.js";

const texts: Record<string, string> = {
  da: "Kommunen har besluttet at lukke den gamle skole i byen, og forældrene er ikke tilfredse med beslutningen. " +
    "Borgmesteren siger, at der ikke er penge til at renovere bygningen, men at børnene vil få en ny skole om to år.",
  sv: "Kommunen har beslutat att stänga den gamla skolan i staden, och föräldrarna är inte nöjda med beslutet. " +
    "Kommunalrådet säger att det inte finns pengar för att renovera byggnaden, men att barnen får en ny skola om två år.",
  hu: "Az önkormányzat úgy döntött, hogy bezárja a város régi iskoláját, és a szülők nem elégedettek a döntéssel. " +
    "A polgármester szerint nincs pénz az épület felújítására, de a gyerekek két év múlva új iskolát kapnak.",
  hr: "Gradsko vijeće odlučilo je zatvoriti staru školu u središtu grada, a roditelji nisu zadovoljni tom odlukom. " +
    "Gradonačelnik kaže da nema novca za obnovu zgrade, ali da će djeca za dvije godine dobiti novu školu na istoku grada.",
  sr: "Gradsko veće je odlučilo da zatvori staru školu u centru grada, a roditelji nisu zadovoljni tom odlukom. " +
    "Gradonačelnik kaže da nema novca za obnovu zgrade, ali da će deca za dve godine dobiti novu školu na istoku grada.",
  ca: "L'ajuntament ha decidit tancar l'antiga escola del centre de la ciutat, i els pares no estan contents amb la decisió. " +
    "L'alcalde diu que no hi ha diners per reformar l'edifici, però que els nens tindran una escola nova d'aquí a dos anys.",
  tl: "Nagpasya ang konseho ng lungsod na isara ang lumang paaralan sa sentro ng bayan, at hindi natuwa ang mga magulang sa desisyon. " +
    "Ayon sa alkalde, walang pondo para ayusin ang gusali, ngunit magkakaroon ng bagong paaralan ang mga bata sa loob ng dalawang taon.",
  ur: "شہر کی کونسل نے پرانے اسکول کو بند کرنے کا فیصلہ کیا ہے اور والدین اس فیصلے سے خوش نہیں ہیں۔ " +
    "میئر کا کہنا ہے کہ عمارت کی مرمت کے لیے پیسے نہیں ہیں لیکن بچوں کو دو سال میں نیا اسکول ملے گا۔",
  ar: "قرر مجلس المدينة إغلاق المدرسة القديمة في وسط البلدة، ولم يكن أولياء الأمور راضين عن هذا القرار. " +
    "وقال رئيس البلدية إنه لا توجد أموال لترميم المبنى، لكن الأطفال سيحصلون على مدرسة جديدة خلال عامين.",
  bg: "Общинският съвет реши да затвори старото училище в центъра на града, а родителите не са доволни от решението. " +
    "Кметът казва, че няма пари за ремонт на сградата, но децата ще получат ново училище след две години.",
  uk: "Міська рада вирішила закрити стару школу в центрі міста, і батьки незадоволені цим рішенням. " +
    "Мер каже, що грошей на ремонт будівлі немає, але діти отримають нову школу через два роки.",
  ru: "Городской совет решил закрыть старую школу в центре города, и родители недовольны этим решением. " +
    "Мэр говорит, что денег на ремонт здания нет, но дети получат новую школу через два года.",
};

test("language: franc decides languages the function words do not list, and close relatives of listed ones", () => {
  for (const [lang, text] of Object.entries(texts)) assert.equal(detectLanguage(text), lang, text.slice(0, 40));
});

test("language: a listed language with frequent, varied function words is decided by them alone", () => {
  const en = "The city council said on Monday that the old school in the town centre will close in June, and parents " +
    "have asked for a meeting with the mayor to discuss the plan for the new building.";
  assert.equal(detectLanguage(en), "en");
  // Indonesian and Malay, which franc confuses, stay with the words only one of them writes.
  const ms = "Majlis bandaraya berkata bahawa sekolah lama di pusat bandar akan ditutup kerana bangunan itu tidak " +
    "selamat, dan ibu bapa boleh menghantar anak mereka ke sekolah baharu yang dibuka semasa cuti.";
  const id = "Dewan kota mengatakan bahwa sekolah lama di pusat kota akan ditutup karena bangunan itu tidak aman, " +
    "dan orang tua bisa mengirim anak mereka ke sekolah baru yang sudah dibuka saat libur.";
  assert.equal(detectLanguage(ms), "ms");
  assert.equal(detectLanguage(id), "id");
});

test("language: too few words keep the function words' answer or the fallback", () => {
  assert.equal(detectLanguage("Skolen lukker", "da"), "da");
});

test("home zone: languages written on one clock only", () => {
  const zone = (language: string) => guessHomeZone({ urls: [], publisher: "", language })?.zone;
  assert.equal(zone("da"), "Europe/Copenhagen");
  assert.equal(zone("hu"), "Europe/Budapest");
  assert.equal(zone("hr"), "Europe/Zagreb");
  assert.equal(zone("tl"), "Asia/Manila");
  // Written on several clocks: no guess.
  for (const l of ["en", "sv", "ur", "ar", "ru", "de"]) assert.equal(zone(l), undefined, l);
});
