import type { PublisherProfile } from "./types.js";

export const peoplesdaily: PublisherProfile = {
  id: "peoplesdaily",
  brand: "People's Daily Online",
  brandByLanguage: { zh: "人民网" },
  homeZone: "Asia/Shanghai",
  domains: ["people.cn", "people.com.cn"],
  mastheads: ["People's Daily Online", "People's Daily", "人民网"],
  footers: [/Copyright by People's Daily Online/i, /人民网股份有限公司/, /人民网版权所有/, /人民日报社概况/],
  language: "en",
  // "(People's Daily Online) 14:25, ..." beside the date and "(Web editor: X)" under the story.
  prints: { editor: true, source: true },
};
