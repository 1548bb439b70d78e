// The whole dev corpus (the repo's copy: samples/scrapes + test/fixtures/gold) scored with the
// handbook's scorer, ../shared/tools, spawned on our predictions. Skips where the handbook is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractScrape } from "../../electron/core/extract/index.js";

import { goldFolder, repoRoot, sampleScrapes } from "../helpers.js";

const SCORER = join(repoRoot, "..", "shared", "tools", "score-extraction.mjs");

const CORPORA = [
  { name: "dev corpus", scrapes: sampleScrapes, gold: goldFolder },
  // Written blind from the guidelines for sites and layouts the dev corpus lacks (see its README).
  { name: "held-out-style set", scrapes: join(repoRoot, "test", "fixtures", "heldout", "scrapes"), gold: join(repoRoot, "test", "fixtures", "heldout", "gold") },
];

/**
 * The newest blind batch, listed in its README's "Not yet fitted:" line: extracted like the rest (its
 * spans inside the text) but kept out of the targets until its misses are fixed by generic
 * rules, so that its first score stays the honest measure of unseen layouts.
 */
function unfitted(readme: string): Set<string> {
  if (!existsSync(readme)) return new Set();
  const line = readFileSync(readme, "utf8").split("\n").find((l) => l.startsWith("Not yet fitted:"));
  return new Set(line ? [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) : []);
}

for (const corpus of CORPORA) test(`${corpus.name} meets the targets`, (t) => {
  if (!existsSync(SCORER)) return t.skip(`the handbook scorer is not beside the repository (${SCORER})`);
  const dir = corpus.scrapes;
  const files = readdirSync(dir).sort();
  const blind = unfitted(join(dir, "..", "README.md"));
  const lines: string[] = [];
  const gold = mkdtempSync(join(tmpdir(), "copydesk-gold-"));
  for (const f of files) {
    const r = extractScrape(readFileSync(join(dir, f)), f);
    for (const spans of Object.values(r.spans)) for (const s of spans ?? []) assert.ok(s.start >= 0 && s.end <= r.text.length && s.start <= s.end, `${f} span inside text`);
    const stem = f.replace(/\.[^.]+$/, "");
    if (blind.has(stem)) continue;
    assert.equal(r.error, undefined, `${f}: ${r.error}`);
    lines.push(JSON.stringify({ file: f, fields: r.fields }));
    writeFileSync(join(gold, `${stem}.gold.json`), readFileSync(join(corpus.gold, `${stem}.gold.json`)));
  }
  const out = join(mkdtempSync(join(tmpdir(), "copydesk-eval-")), "pred.jsonl");
  writeFileSync(out, lines.join("\n") + "\n");
  const res = JSON.parse(execFileSync(process.execPath, [SCORER, "--gold", gold, "--json", out], { encoding: "utf8" }));
  const s = res.summary;
  assert.equal(s.predicted, s.files);
  assert.ok(s.fieldScore >= 0.97, `fieldScore ${s.fieldScore}`);
  assert.ok(s.bodyF1 >= 0.98, `bodyF1 ${s.bodyF1}`);
  assert.ok(s.bodyExactParagraphs >= 0.95, `exact ${s.bodyExactParagraphs}`);
  assert.equal(s.duplicatedBodies, 0);
});
