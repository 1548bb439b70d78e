import type { PublisherProfile } from "./types.js";

// The NZ Herald prints Auckland time without a zone ("5 Mar, 2024 05:00 AM"); +13:00 in summer, +12:00 in winter.
export const nzherald: PublisherProfile = {
  id: "nzherald",
  brand: "NZ Herald",
  homeZone: "Pacific/Auckland",
  domains: ["nzherald.co.nz"],
  mastheads: ["NZ Herald", "The New Zealand Herald", "New Zealand Herald"],
  footers: [/NZME Publishing/i],
  language: "en",
};
