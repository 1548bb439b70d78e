import type { PublisherProfile } from "./types.js";

// INQUIRER.net (Philippine Daily Inquirer) prints Manila time without a zone ("05:02 AM March 05, 2024").
export const inquirer: PublisherProfile = {
  id: "inquirer",
  brand: "INQUIRER.net",
  homeZone: "Asia/Manila",
  domains: ["inquirer.net"],
  mastheads: ["INQUIRER.net"],
  footers: [/INQUIRER\.net/i],
  language: "en",
};
