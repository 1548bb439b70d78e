import type { PublisherProfile } from "./types.js";

// Reuters pages state UTC times explicitly; no home zone is assumed.
export const reuters: PublisherProfile = {
  id: "reuters",
  brand: "Reuters",
  domains: ["reuters.com"],
  mastheads: ["Reuters"],
  footers: [/©\s*\d{4} Reuters/i, /Thomson Reuters Trust Principles/i],
  language: "en",
  prints: { source: false, dateline: true },
};
