import type { PublisherProfile } from "./types.js";

// The Straits Times prints Singapore time without a zone ("Published Mar 5, 2024, 05:00 AM").
export const straitstimes: PublisherProfile = {
  id: "straitstimes",
  brand: "The Straits Times",
  homeZone: "Asia/Singapore",
  domains: ["straitstimes.com"],
  mastheads: ["The Straits Times"],
  footers: [/Source: The Straits Times/i],
  language: "en",
};
