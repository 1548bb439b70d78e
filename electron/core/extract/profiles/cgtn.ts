import type { PublisherProfile } from "./types.js";

export const cgtn: PublisherProfile = {
  id: "cgtn",
  brand: "CGTN",
  homeZone: "Asia/Shanghai",
  domains: ["cgtn.com"],
  mastheads: ["CGTN"],
  footers: [/Copyright ©? ?\d{4} CGTN/i],
  language: "en",
};
