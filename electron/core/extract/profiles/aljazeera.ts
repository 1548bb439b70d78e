import type { PublisherProfile } from "./types.js";

export const aljazeera: PublisherProfile = {
  id: "aljazeera",
  brand: "Al Jazeera",
  homeZone: "Asia/Qatar",
  domains: ["aljazeera.com", "aljazeera.net"],
  mastheads: ["Al Jazeera"],
  footers: [/Al Jazeera Media Network/i],
  language: "en",
};
