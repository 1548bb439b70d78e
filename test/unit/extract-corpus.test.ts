// The whole dev corpus scored with the scorer of ../shared/tools (spawned on our predictions).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractScrape } from "../../electron/core/extract/index.js";

const SHARED = join(import.meta.dirname, "../../../shared");

test("dev corpus meets the targets", () => {
  const dir = join(SHARED, "corpus/scrapes");
  const files = readdirSync(dir).sort();
  const lines: string[] = [];
  for (const f of files) {
    const r = extractScrape(readFileSync(join(dir, f)), f);
    assert.equal(r.error, undefined, `${f}: ${r.error}`);
    for (const spans of Object.values(r.spans)) for (const s of spans ?? []) assert.ok(s.start >= 0 && s.end <= r.text.length && s.start <= s.end, `${f} span inside text`);
    lines.push(JSON.stringify({ file: f, fields: r.fields }));
  }
  const out = join(mkdtempSync(join(tmpdir(), "copydesk-eval-")), "pred.jsonl");
  writeFileSync(out, lines.join("\n") + "\n");
  const res = JSON.parse(execFileSync(process.execPath, [join(SHARED, "tools/score-extraction.mjs"), "--gold", join(SHARED, "corpus/gold"), "--json", out], { encoding: "utf8" }));
  const s = res.summary;
  assert.equal(s.predicted, s.files);
  assert.ok(s.fieldScore >= 0.97, `fieldScore ${s.fieldScore}`);
  assert.ok(s.bodyF1 >= 0.98, `bodyF1 ${s.bodyF1}`);
  assert.ok(s.bodyExactParagraphs >= 0.95, `exact ${s.bodyExactParagraphs}`);
  assert.equal(s.duplicatedBodies, 0);
});
