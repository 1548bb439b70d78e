// `npm run eval`: the app's extractor over the handbook corpus, scored by the handbook's scorer.
// Pass --json for the scorer's full JSON report; `--corpus DIR` scores another folder laid out like the
// handbook's corpus (DIR/scrapes, DIR/gold), e.g. `npm run eval -- --corpus test/fixtures/heldout`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const handbook = resolve(process.env.COPYDESK_HANDBOOK ?? join("..", "shared"));
const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = corpusAt >= 0 ? resolve(args.splice(corpusAt, 2)[1] ?? "") : join(handbook, "corpus");
const scrapes = join(corpus, "scrapes");
const gold = join(corpus, "gold");
const scorer = join(handbook, "tools", "score-extraction.mjs");
for (const path of [scrapes, gold, scorer]) {
  if (!existsSync(path)) {
    console.error(`eval: ${path} is missing; set COPYDESK_HANDBOOK to the handbook folder (the one holding corpus/ and tools/).`);
    process.exit(1);
  }
}
const extracted = spawnSync(process.execPath, ["bin/copydesk.js", "extract", scrapes, "--jsonl"], { encoding: "utf8", maxBuffer: 1 << 30 });
if (extracted.status !== 0) {
  console.error(extracted.stderr);
  process.exit(extracted.status ?? 1);
}
const scored = spawnSync(process.execPath, [scorer, "--gold", gold, ...args], { input: extracted.stdout, stdio: ["pipe", "inherit", "inherit"] });
process.exit(scored.status ?? 1);
