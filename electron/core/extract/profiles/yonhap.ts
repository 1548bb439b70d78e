import type { PublisherProfile } from "./types.js";

// Yonhap prints Korea time without a zone ("2024-03-05 14:32").
export const yonhap: PublisherProfile = {
  id: "yonhap",
  brand: "Yonhap News Agency",
  brandByLanguage: { ko: "연합뉴스" },
  homeZone: "Asia/Seoul",
  domains: ["yna.co.kr", "yonhapnews.co.kr"],
  mastheads: ["Yonhap News Agency", "Yonhap", "연합뉴스"],
  footers: [/(?:©|\(c\)|copyright)[^.]{0,20}Yonhap News Agency/i, /연합뉴스.{0,10}(?:무단 전재|재배포 금지)/],
  language: "en",
  prints: { source: false, editor: false, dateline: true },
};
