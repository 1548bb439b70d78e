import type { PublisherProfile } from "./types.js";

// The Korea Herald prints Korea time without a zone ("Published : Mar. 5, 2024 - 15:21").
export const koreaherald: PublisherProfile = {
  id: "koreaherald",
  brand: "The Korea Herald",
  homeZone: "Asia/Seoul",
  domains: ["koreaherald.com"],
  mastheads: ["The Korea Herald", "Korea Herald"],
  footers: [/Herald Corporation/i],
  language: "en",
};
