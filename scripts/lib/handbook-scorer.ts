// The handbook's scorer (../shared/tools/score-extraction.mjs) run on predictions in memory, over a
// chosen set of gold files: the evaluation scripts that compare or break down scores share it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

export const handbook = resolve(process.env.COPYDESK_HANDBOOK ?? join("..", "shared"));
const scorer = join(handbook, "tools", "score-extraction.mjs");

export interface ScoreSummary {
  files: number;
  fieldScore: number;
  bodyF1: number;
  bodyExactParagraphs: number;
  duplicatedBodies: number;
  perField: Record<string, number>;
}
export interface ScoreRow {
  file: string;
  predicted: boolean;
  fields: Record<string, number>;
  body: { precision: number; recall: number; f1: number; exact: number; duplicated: boolean };
}
export interface Prediction {
  file: string;
  fields: unknown;
}

/** Exits with a clear message when the handbook is not where it is looked for. */
export function requireScorer(tool: string): void {
  if (existsSync(scorer)) return;
  console.error(`${tool}: ${scorer} is missing; set COPYDESK_HANDBOOK to the handbook folder (the one holding corpus/ and tools/).`);
  process.exit(1);
}

/** Scores the predictions against exactly these gold files (the scorer counts a gold file without a prediction as zero). */
export function score(goldFiles: string[], predictions: Prediction[]): { summary: ScoreSummary; rows: ScoreRow[] } {
  const gold = mkdtempSync(join(tmpdir(), "copydesk-score-"));
  try {
    for (const g of goldFiles) symlinkSync(resolve(g), join(gold, basename(g)));
    const input = predictions.map((p) => JSON.stringify(p)).join("\n") + "\n";
    const run = spawnSync(process.execPath, [scorer, "--gold", gold, "--json"], { input, encoding: "utf8", maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`the scorer failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as { summary: ScoreSummary; rows: ScoreRow[] };
  } finally {
    rmSync(gold, { recursive: true, force: true });
  }
}

/** The scrapes of corpus folders laid out like the handbook's (DIR/scrapes, DIR/gold) that have a gold file. */
export function corpusFiles(corpora: string[], keep: (file: string) => boolean): { scrape: string; gold: string; name: string }[] {
  const out: { scrape: string; gold: string; name: string }[] = [];
  for (const corpus of corpora) {
    for (const name of readdirSync(join(corpus, "scrapes")).sort()) {
      const gold = join(corpus, "gold", name.replace(/\.[^.]+$/, ".gold.json"));
      if (keep(name) && existsSync(gold)) out.push({ scrape: join(corpus, "scrapes", name), gold, name });
    }
  }
  return out;
}

/** The corpora named by `--corpus DIR` arguments (several may be given); by default the handbook's and our held-out set. */
export function corporaFromArgs(args: string[]): string[] {
  const named = args.flatMap((a, i) => (args[i - 1] === "--corpus" ? [resolve(a)] : []));
  return named.length ? named : [join(handbook, "corpus"), resolve("test/fixtures/heldout")];
}
