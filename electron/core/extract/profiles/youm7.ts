import type { PublisherProfile } from "./types.js";

// Youm7 (Al-Youm Al-Sabea), a Cairo daily on a .com domain: its stamps carry no zone (Cairo time, with the
// summer time Egypt keeps again since 2023).
export const youm7: PublisherProfile = {
  id: "youm7",
  brand: "اليوم السابع",
  brandByLanguage: { en: "Youm7" },
  homeZone: "Africa/Cairo",
  domains: ["youm7.com"],
  mastheads: ["اليوم السابع", "Youm7"],
  footers: [/جميع الحقوق محفوظة لليوم السابع/],
  language: "ar",
};
