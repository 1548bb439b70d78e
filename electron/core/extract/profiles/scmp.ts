import type { PublisherProfile } from "./types.js";

export const scmp: PublisherProfile = {
  id: "scmp",
  brand: "South China Morning Post",
  homeZone: "Asia/Hong_Kong",
  domains: ["scmp.com"],
  mastheads: ["South China Morning Post", "SCMP"],
  footers: [/South China Morning Post Publishers/i],
  language: "en",
};
