import type { PublisherProfile } from "./types.js";

export const chinadaily: PublisherProfile = {
  id: "chinadaily",
  brand: "China Daily",
  brandByLanguage: { zh: "中国日报网" },
  homeZone: "Asia/Shanghai",
  domains: ["chinadaily.com.cn", "chinadailyhk.com", "chinadailyasia.com"],
  mastheads: ["China Daily", "chinadaily.com.cn", "中国日报网"],
  footers: [/China Daily Information Co/i, /\(CDIC\)/],
  language: "en",
};
