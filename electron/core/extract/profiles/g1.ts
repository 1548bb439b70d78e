import type { PublisherProfile } from "./types.js";

// g1, Globo's news site: Brazil spans four zones; g1 stamps its stories in Brasília time.
export const g1: PublisherProfile = {
  id: "g1",
  brand: "G1",
  homeZone: "America/Sao_Paulo",
  domains: ["g1.globo.com"],
  mastheads: ["g1"],
  footers: [/©\s*Copyright\s*\d{4}(?:-\d{4})?\s*Globo Comunicação/i],
  language: "pt",
};
