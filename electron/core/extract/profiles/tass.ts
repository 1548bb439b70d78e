import type { PublisherProfile } from "./types.js";

// TASS prints Moscow time without a zone ("5 марта 2024, 14:32").
export const tass: PublisherProfile = {
  id: "tass",
  brand: "ТАСС",
  brandByLanguage: { en: "TASS" },
  homeZone: "Europe/Moscow",
  domains: ["tass.ru", "tass.com"],
  mastheads: ["ТАСС", "TASS"],
  footers: [/©\s*\d{4}\s*(?:ТАСС|TASS)\b/, /Информационное агентство ТАСС/],
  language: "ru",
  prints: { dateline: true },
};
