import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { lineAlternation, requiredLiteral } from "../../electron/core/extract/text-dump/line-alternation.js";

// lineAlternation() tries a floating alternative only when the line holds its required literal:
// that literal must be one every match contains, and the test must answer as the plain regex does.
test("requiredLiteral: the longest top-level run of letters and spaces, quantified characters and groups left out", () => {
  assert.equal(requiredLiteral(".{0,80}\\b(?:do|does) not necessarily (?:share|reflect) the views"), " not necessarily ");
  assert.equal(requiredLiteral(".{0,200}[.!?]\\s(?:sign up|subscribe)\\b.{0,60}\\bnewsletters?[.!]?$"), "newsletter");
  assert.equal(requiredLiteral(".{0,200}\\bfollow (?:us|[\\w’'.-]+) on (?:whatsapp|x)$"), "follow ");
  assert.equal(requiredLiteral(".{0,9}ab+c"), "");
  assert.equal(requiredLiteral(".{0,9}colou?r chart"), "r chart");
  assert.equal(requiredLiteral(".{0,9}photo{2}graph"), "graph");
  assert.equal(requiredLiteral(".*(?:abcdef)"), "");
  assert.equal(requiredLiteral(".*alpha|beta"), "", "a top-level bar: no literal is required");
  assert.equal(requiredLiteral(".*[abcdef]xy"), "");
});

const alternatives = [
  "join (?:us|our)\\b", "donate (?:now|today)\\b",
  ".{0,40}\\b(?:do|does) not necessarily share\\b",
  ".{0,60}[.!?]\\s(?:sign up|subscribe)\\b.{0,20}\\bnewsletters?[.!]?$",
  ".{0,60}\\bfollow (?:us|[\\w'.-]+) on (?:whatsapp|x)[.!]?$",
  ".*(?:abc|xyz)",
];
const word = fc.constantFrom("join", "us", "donate", "now", "do", "does", "not", "necessarily", "share", "sign", "up", "subscribe", "newsletter",
  "newsletters", "follow", "on", "whatsapp", "x", "abc", "the", "story", ".", "!", "said", "a");
const line = fc.array(word, { maxLength: 14 }).map((ws) => ws.join(" ").replace(/ ([.!])/g, "$1"));

test("property: lineAlternation answers as the whole alternation as one regex", () => {
  const plain = new RegExp("^(?:" + alternatives.join("|") + ")");
  const fast = lineAlternation(alternatives);
  for (const s of ["join us today", "Nothing here.", "the site does not necessarily share them", "Read on. Sign up for our newsletter.", "Stay tuned. follow Jo on whatsapp!", "xx abc"]) {
    assert.equal(fast.test(s.toLowerCase()), plain.test(s.toLowerCase()), s);
  }
  fc.assert(fc.property(line, (s) => fast.test(s) === plain.test(s)), { numRuns: 3000 });
});
