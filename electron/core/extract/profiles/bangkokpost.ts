import type { PublisherProfile } from "./types.js";

// The Bangkok Post prints Bangkok time without a zone ("PUBLISHED : 5 Mar 2024 at 14:32").
export const bangkokpost: PublisherProfile = {
  id: "bangkokpost",
  brand: "Bangkok Post",
  homeZone: "Asia/Bangkok",
  domains: ["bangkokpost.com"],
  mastheads: ["Bangkok Post"],
  footers: [/Bangkok Post (?:PCL|Public Company)/i],
  language: "en",
};
