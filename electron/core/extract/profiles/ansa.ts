import type { PublisherProfile } from "./types.js";

// ANSA prints Rome time without a zone (date and time on separate lines).
export const ansa: PublisherProfile = {
  id: "ansa",
  brand: "ANSA",
  homeZone: "Europe/Rome",
  domains: ["ansa.it"],
  mastheads: ["ANSA.it", "ANSA"],
  footers: [/Copyright ANSA/i],
  language: "it",
  prints: { editor: false, source: false, dateline: true },
};
