import type { PublisherProfile } from "./types.js";

// Rappler (Philippines, one zone) prints Manila time without a zone ("Published 2:32 PM, March 05, 2024").
export const rappler: PublisherProfile = {
  id: "rappler",
  brand: "Rappler",
  homeZone: "Asia/Manila",
  domains: ["rappler.com"],
  mastheads: ["Rappler"],
  footers: [/©\s*\d{4}\s*Rappler\b/i],
  language: "en",
};
