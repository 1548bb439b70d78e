import type { PublisherProfile } from "./types.js";

// DR (Danmarks Radio), Denmark's public broadcaster: its masthead prints "DR" alone, its stamps carry no zone
// (Copenhagen time), and its footer gives its address in DR Byen, Copenhagen.
export const dr: PublisherProfile = {
  id: "dr",
  brand: "DR",
  homeZone: "Europe/Copenhagen",
  domains: ["dr.dk"],
  mastheads: ["DR"],
  footers: [/^DR Byen, Emil Holms Kanal/],
  language: "da",
};
