// The publisher's home zone from a place the page names for itself above the story (a masthead's city line or
// tagline, a section of its address), used when the page prints a time without a zone and neither the domain nor
// the brand settles it. Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { guessHomeZone, zoneFromPlaces } from "../../electron/core/extract/home-zone.js";
import { extractScrape } from "../../electron/core/extract/index.js";

const STORY = [
  "The transport authority said on Tuesday that night buses would run on four more routes from April, the first new routes in years.",
  "It said the extra services would be paid for from this year's budget and that drivers had been hired for the new shifts.",
  "Shift workers have long asked for buses after midnight, when the last trains have left the central station for the suburbs.",
];
const dump = (header: string[], url = "") =>
  extractScrape(new TextEncoder().encode([...header, "", ...STORY, ...(url ? ["", url] : [])].join("\n")), "dump.txt");

test("home zone from places: a masthead's city line, a tagline, a section of the address", () => {
  assert.equal(zoneFromPlaces(["The Harbour Courier", "Doha", "Menu"], [])?.zone, "Asia/Qatar");
  assert.equal(zoneFromPlaces(["Nigeria News, Sports, Politics, Business and Entertainment"], [])?.zone, "Africa/Lagos");
  assert.equal(zoneFromPlaces(["Санкт-Петербург +3° Пробки 4 балла"], [])?.zone, "Europe/Moscow");
  assert.equal(zoneFromPlaces([], ["https://www.example.net/news/bangladesh/transport/night-buses-3512345"])?.zone, "Asia/Dhaka");
  // The slug is the story's, not the outlet's; a sentence naming a city is no masthead line.
  assert.equal(zoneFromPlaces([], ["https://www.example.net/news/doha-adds-night-buses"]), null);
  assert.equal(zoneFromPlaces(["Doha and Riyadh agreed on Tuesday to link their bus networks by a new cross-border coach service"], []), null);
  // Places on different clocks (a world outlet's navigation): no guess.
  assert.equal(zoneFromPlaces(["London", "Tokyo", "Sydney"], []), null);
});

test("home zone from places: after the domain and the brand, before the language", () => {
  assert.equal(guessHomeZone({ urls: ["https://example.de/a/b"], publisher: "", language: "en", headerLines: ["Doha"] })?.zone, "Europe/Berlin");
  assert.equal(guessHomeZone({ urls: [], publisher: "The Perth Clarion", language: "en", headerLines: ["Doha"] })?.zone, "Australia/Perth");
  // A .ru site spans eleven clocks: its city line settles it.
  const ru = guessHomeZone({ urls: ["https://www.example.ru/2024/10/08/74100001/"], publisher: "Пример.ру", language: "ru", headerLines: ["Петербург +9°"] });
  assert.equal(ru?.zone, "Europe/Moscow");
  assert.match(ru!.why, /line "Петербург \+9°"/);
});

test("a text dump's time without a zone takes the zone of the place its header names, and says so", () => {
  const r = dump(["The Gulf Ledger", "Doha", "Qatar", "", "Night buses to run on four more routes", "Published: 05 March 2024, 14:32"]);
  assert.equal(r.fields.publishedAt, "2024-03-05T14:32:00+03:00");
  assert.ok(r.warnings.some((w) => w.field === "publishedAt" && /assumed from the line "Doha"/.test(w.message)));
  // The same page without the place lines keeps the time without an offset.
  assert.equal(dump(["The Gulf Ledger", "", "Night buses to run on four more routes", "Published: 05 March 2024, 14:32"]).fields.publishedAt, "2024-03-05T14:32:00");
});
