import type { PublisherProfile } from "./types.js";

// Prothom Alo, a Dhaka daily on a .com domain: its scraped stamps carry no zone (Dhaka +06:00, no DST).
export const prothomalo: PublisherProfile = {
  id: "prothomalo",
  brand: "প্রথম আলো",
  brandByLanguage: { en: "Prothom Alo" },
  homeZone: "Asia/Dhaka",
  domains: ["prothomalo.com"],
  mastheads: ["প্রথম আলো", "Prothom Alo"],
  footers: [/স্বত্ব\s*©?\s*\d{4}\s*প্রথম আলো/, /©\s*\d{4}\s*Prothom Alo/i],
  language: "bn",
};
