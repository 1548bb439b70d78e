import type { PublisherProfile } from "./types.js";

export const guardian: PublisherProfile = {
  id: "guardian",
  brand: "The Guardian",
  homeZone: "Europe/London",
  domains: ["theguardian.com", "guardian.co.uk"],
  mastheads: ["The Guardian"],
  footers: [/Guardian News & Media Limited/i],
  language: "en",
  prints: { source: false, editor: false, dateline: false },
};
