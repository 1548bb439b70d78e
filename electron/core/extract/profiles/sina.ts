import type { PublisherProfile } from "./types.js";

// 新浪新闻 (Sina's news portal) prints Beijing time without a zone and carries other outlets' stories (the credit beside the date).
export const sina: PublisherProfile = {
  id: "sina",
  brand: "新浪新闻",
  homeZone: "Asia/Shanghai",
  domains: ["news.sina.com.cn", "sina.com.cn"],
  mastheads: ["新浪新闻", "新浪网"],
  footers: [/SINA Corporation/i],
  language: "zh",
};
