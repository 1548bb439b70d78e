// `npm run eval:confidence`: does a field's confidence mean something? The desk sends editors to
// the least confident fields first, so what counts is that wrong fields sit low: this prints how
// often a field is right at each confidence, the share of the wrong fields an editor meets in the
// least confident 10% and 20% of all fields, and the chance that a wrong field is ranked below a
// right one (the ROC area: 0.5 is a coin, 1 a perfect ordering).
//
//   node --import tsx scripts/eval-confidence.ts [--corpus DIR]... [--wrong]
//
// --wrong lists every wrong field with its confidence, most confident first (where to look).
//
// Right and wrong are the handbook scorer's: a single field is right when it scores 1, a list
// when its set F1 is 1, the body when its F1 is at least 0.98 (the issue's target). Scores on
// fitted corpora say little (nearly everything is right); a batch on first contact says most.
import { readFileSync } from "node:fs";
import { extractScrape } from "../electron/core/extract/index.js";
import { corporaFromArgs, corpusFiles, requireScorer, score } from "./lib/handbook-scorer.js";

requireScorer("eval-confidence");
const corpora = corporaFromArgs(process.argv.slice(2));
const files = corpusFiles(corpora, (name) => /\.(?:txt|html?|json|jsonl)$/i.test(name));

const confidences = new Map<string, Record<string, number>>();
const emptyFields = new Map<string, Set<string>>();
const predictions = files.map((f) => {
  const result = extractScrape(new Uint8Array(readFileSync(f.scrape)), f.name);
  const stem = f.name.replace(/\.[^.]+$/, "");
  confidences.set(stem, result.confidence as Record<string, number>);
  emptyFields.set(stem, new Set(Object.entries(result.fields).filter(([, v]) => (Array.isArray(v) ? v.length === 0 : !v)).map(([k]) => k)));
  return { file: f.name, fields: result.fields };
});
const { rows } = score(files.map((f) => f.gold), predictions);

interface Judged { file: string; field: string; confidence: number; right: boolean; empty: boolean }
const judged: Judged[] = [];
for (const row of rows) {
  const confidence = confidences.get(row.file) ?? {};
  const empty = emptyFields.get(row.file) ?? new Set();
  const judge = (field: string, right: boolean) => judged.push({ file: row.file, field, confidence: confidence[field] ?? 0, right, empty: empty.has(field) });
  for (const [field, value] of Object.entries(row.fields)) judge(field, value === 1);
  judge("body", row.body.f1 >= 0.98);
}

/** P(a wrong field's confidence < a right one's), ties counting half. */
function rocArea(items: Judged[]): number | null {
  const wrong = items.filter((j) => !j.right).map((j) => j.confidence);
  const right = items.filter((j) => j.right).map((j) => j.confidence);
  if (!wrong.length || !right.length) return null;
  let wins = 0;
  for (const w of wrong) for (const r of right) wins += w < r ? 1 : w === r ? 0.5 : 0;
  return wins / (wrong.length * right.length);
}

/** The share of the wrong fields among the least confident `share` of all fields (ties broken against us: right ones first). */
function caughtInLowest(items: Judged[], share: number): number {
  const wrong = items.filter((j) => !j.right).length;
  if (!wrong) return 1;
  const ordered = [...items].sort((a, b) => a.confidence - b.confidence || Number(b.right) - Number(a.right));
  const seen = ordered.slice(0, Math.round(items.length * share));
  return seen.filter((j) => !j.right).length / wrong;
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const wrong = judged.filter((j) => !j.right).length;
console.log(`${rows.length} files, ${judged.length} fields (${wrong} wrong) from ${corpora.join(", ")}`);
console.log("confidence    fields   right");
const edges = [0, 0.5, 0.7, 0.85, 1.0001];
for (let i = 0; i + 1 < edges.length; i++) {
  const bucket = judged.filter((j) => j.confidence >= edges[i]! && j.confidence < edges[i + 1]!);
  const label = `${edges[i]!.toFixed(2)}–${Math.min(1, edges[i + 1]!).toFixed(2)}`;
  console.log(`${label.padEnd(12)}${String(bucket.length).padStart(8)}${(bucket.length ? pct(bucket.filter((j) => j.right).length / bucket.length) : "-").padStart(8)}`);
}
console.log(`wrong fields among the least confident 10% of fields: ${pct(caughtInLowest(judged, 0.1))}; 20%: ${pct(caughtInLowest(judged, 0.2))}`);
const area = rocArea(judged);
console.log(`ROC area (a wrong field ranked below a right one): ${area === null ? "-" : area.toFixed(2)}`);
const perField = [...new Set(judged.map((j) => j.field))].map((field) => {
  const items = judged.filter((j) => j.field === field);
  const a = rocArea(items);
  return `${field} ${items.filter((j) => !j.right).length} wrong${a === null ? "" : `, ROC ${a.toFixed(2)}`}`;
});
console.log(`per field: ${perField.join(" · ")}`);

if (process.argv.includes("--wrong")) {
  for (const j of judged.filter((x) => !x.right).sort((a, b) => b.confidence - a.confidence))
    console.log(`  ${j.confidence.toFixed(2)} ${j.field.padEnd(12)}${j.empty ? "(empty) " : ""}${j.file}`);
}
