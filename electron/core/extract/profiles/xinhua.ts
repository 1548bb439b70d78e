import type { PublisherProfile } from "./types.js";

export const xinhua: PublisherProfile = {
  id: "xinhua",
  brand: "Xinhuanet",
  brandByLanguage: { zh: "新华网", es: "Xinhua Español", pt: "Xinhua Português", ru: "Синьхуа Новости", ja: "新華網日本語", ar: "أخبار شينخوا" },
  homeZone: "Asia/Shanghai",
  domains: ["xinhuanet.com", "news.cn", "xinhua.org"],
  mastheads: ["Xinhuanet", "Xinhua Net", "新华网", "English.news.cn"],
  footers: [/XINHUANET\.com/i, /新华网版权所有/, /新华网股份有限公司/],
  language: "en",
  // English pages: "Source: Xinhua | date | Editor: X", a (Xinhua) dateline, no byline.
  prints: { byline: false, editor: true, source: true, dateline: true },
};
