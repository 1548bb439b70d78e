import type { PublisherProfile } from "./types.js";

export const chinanews: PublisherProfile = {
  id: "chinanews",
  brand: "中国新闻网",
  brandByLanguage: { en: "ECNS" },
  homeZone: "Asia/Shanghai",
  domains: ["chinanews.com", "chinanews.com.cn", "ecns.cn"],
  mastheads: ["中国新闻网", "中新网", "ECNS"],
  footers: [/中国新闻网版权所有|中新网版权所有/, /ecns\.cn/i],
  language: "zh",
};
