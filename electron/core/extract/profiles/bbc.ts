import type { PublisherProfile } from "./types.js";

export const bbc: PublisherProfile = {
  id: "bbc",
  brand: "BBC News",
  homeZone: "Europe/London",
  domains: ["bbc.co.uk", "bbc.com"],
  mastheads: ["BBC News", "BBC"],
  footers: [/©\s*\d{4} BBC\b/i, /The BBC is not responsible for the content of external sites/i],
  language: "en",
  prints: { source: false, editor: false, dateline: false },
};
