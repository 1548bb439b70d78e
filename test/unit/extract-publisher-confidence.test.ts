// Publisher choice and confidence: a name the page's clues agree on is sure; a name one clue gives
// against another naming a different brand, an edition of a profiled site, or a page carrying a wire's
// marks is flagged for an editor. All text invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractScrape } from "../../electron/core/extract/index.js";
import { copyrightOwner, guessPublisher, siteNameBesideTitle } from "../../electron/core/extract/publisher.js";

const fromText = (text: string) => extractScrape(new TextEncoder().encode(text), "page.txt");
const STORY = [
  "The harbour board approved on Tuesday a plan to add two evening sailings to the island ferry route from next month, after a year of complaints about crowding.",
  "Commuters who spoke at the meeting said the last boat leaves too early for shift workers, and asked the board to keep the extra sailings on weekends as well.",
  "The board said the new timetable would be reviewed after six months, and that ticket prices would not change before the end of the year.",
];
const page = (head: string[], foot: string[]) => [...head, "", ...STORY.flatMap((p) => [p, ""]), ...foot].join("\n");
const pubWarning = (r: ReturnType<typeof fromText>) => r.warnings.find((w) => w.field === "publisher")?.message ?? "";

test("an owner's name backs a brand only by whole words: a 'News' menu item is not Newsquest's brand", () => {
  const g = guessPublisher({ mastheads: ["The Harbour Echo", "News", "Sport"], copyrightOwners: ["Newsquest Media Group Ltd"] });
  assert.equal(g?.name, "The Harbour Echo");
});

test("an owner named only by the copyright backs the site name the masthead and title print after it", () => {
  const g = guessPublisher({ mastheads: ["Zephyr News"], browserTitles: ["Zephyr News"], copyrightOwners: ["Zephyr"] });
  assert.equal(g?.name, "Zephyr News");
});

test("one clue against another naming a different brand is a disputed guess, with the rival named", () => {
  const g = guessPublisher({ browserTitles: ["Metro"], copyrightOwners: ["The Lakeside Courier"] });
  assert.ok(g && g.confidence < 0.5, `confidence ${g?.confidence}`);
  assert.equal(g?.rival?.name, "The Lakeside Courier");
});

test("a page naming an edition of a profiled site is that edition, flagged", () => {
  const r = fromText(page(
    ["Harbour board adds evening ferry sailings - China Daily Europe", "China Daily Europe", "Home | World | Business", "",
      "Harbour board adds evening ferry sailings", "", "By Anna Lindqvist | chinadaily.com.cn | Updated: 2024-03-05 10:21"],
    ["Copyright 1995 - 2024. All rights reserved. The content published in this site belongs to China Daily Information Co (CDIC)."],
  ));
  assert.equal(r.fields.publisher, "China Daily Europe");
  assert.ok((r.confidence.publisher ?? 1) <= 0.6, `confidence ${r.confidence.publisher}`);
  assert.match(pubWarning(r), /edition of China Daily/);
});

test("a site carrying a wire story is the publisher, not the wire whose provider line it prints; flagged", () => {
  const r = fromText(page(
    ["Island ferry to add evening sailings, board says - Skyline News", "Skyline News", "Home  World  Politics", "Sign in", "", "Reuters",
      "Harbour board adds evening ferry sailings", "Anna Lindqvist", "Tue, March 5, 2024 at 6:42 AM GMT-4"],
    ["© 2024 Skyline. All rights reserved."],
  ));
  assert.equal(r.fields.publisher, "Skyline News");
  assert.ok((r.confidence.publisher ?? 1) <= 0.6, `confidence ${r.confidence.publisher}`);
  assert.match(pubWarning(r), /Reuters/);
});

test("the browser title: a portal's channel named with the portal's name is the site; a navigation section is not", () => {
  assert.equal(siteNameBesideTitle("湖北地铁新线开通_新浪湖北_新浪网", "湖北地铁新线开通"), "新浪湖北");
  assert.equal(siteNameBesideTitle("湖北地铁新线开通_新闻中心_新浪网", "湖北地铁新线开通"), "新浪网");
  assert.equal(siteNameBesideTitle("南嶺新巴士路線下月開通 - 南嶺日報 | 港聞", "南嶺新巴士路線下月開通", new Set(["港聞", "國際"])), "南嶺日報");
});

test("a Chinese copyright sentence names its owner after 'belongs to'", () => {
  assert.equal(copyrightOwner("本網站所有內容屬南嶺日報版權所有，未經許可不得轉載。"), "南嶺日報");
});

test("a paper's website named by the masthead is the publisher over the paper the title names, flagged", () => {
  const g = guessPublisher({ mastheads: ["南嶺網"], browserTitles: ["南嶺日報"], copyrightOwners: ["南嶺日報"] });
  assert.equal(g?.name, "南嶺網");
  assert.ok(g && g.confidence <= 0.6 && g.rival?.name === "南嶺日報", JSON.stringify(g));
});
