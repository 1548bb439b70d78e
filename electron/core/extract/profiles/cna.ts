import type { PublisherProfile } from "./types.js";

// Central News Agency (Taiwan), 中央社: Taipei time without a zone ("2024/03/05 14:32"); the English site is Focus Taiwan.
export const cna: PublisherProfile = {
  id: "cna",
  brand: "中央社",
  brandByLanguage: { en: "Focus Taiwan" },
  homeZone: "Asia/Taipei",
  domains: ["cna.com.tw", "focustaiwan.tw"],
  mastheads: ["中央社", "中央社 CNA", "中央通訊社", "Focus Taiwan"],
  footers: [/本網站之文字、圖片及影音，非經授權/],
  language: "zh",
};
