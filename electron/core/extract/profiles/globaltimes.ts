import type { PublisherProfile } from "./types.js";

export const globaltimes: PublisherProfile = {
  id: "globaltimes",
  brand: "Global Times",
  brandByLanguage: { zh: "环球网" },
  homeZone: "Asia/Shanghai",
  domains: ["globaltimes.cn", "huanqiu.com"],
  mastheads: ["Global Times", "GT", "环球网"],
  footers: [/Global Times\. All rights reserved/i, /globaltimes\.cn/i],
  language: "en",
};
