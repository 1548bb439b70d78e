import type { PublisherProfile } from "./types.js";

export const ap: PublisherProfile = {
  id: "ap",
  brand: "AP News",
  domains: ["apnews.com"],
  mastheads: ["AP News", "Associated Press"],
  footers: [/Copyright \d{4} The Associated Press/i, /The Associated Press is an independent global news organization/i],
  language: "en",
  prints: { source: false, editor: false, dateline: true },
};
