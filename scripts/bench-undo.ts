// What the undo history costs a durable edit, and what an undo costs: saveDraft latency (its record,
// undo step included, appended to the change log and fsynced) with the step log nearly empty, holding its 1,000-step limit of
// title edits, and at its byte limit (pasted paragraphs of ~4 KB); then undo latency.
//
//   node --import tsx scripts/bench-undo.ts
import { cpSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Desk } from "../electron/core/desk.js";
import { STEP_LIMIT, STEP_LOG_BYTES } from "../electron/core/store/step-log.js";

const TIMED = 100;
const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-undo-"));
const folder = join(dir, "scrapes");
cpSync(join(import.meta.dirname, "..", "samples", "scrapes"), folder, { recursive: true });
const desk = await Desk.open({ folder, dbPath: join(dir, "review.json"), reviewer: "bench" });
const ids = desk.listItems().map((item) => item.id);
const bodies = new Map<string, string[]>();
for (const id of ids) bodies.set(id, (await desk.getItem(id)).extraction.fields.body);
const stepsFile = join(`${desk.store.path}.d`, "steps.json");
let n = 0;

const titleEdit = () => desk.saveDraft(ids[n % ids.length]!, { title: `Edited title ${n++}` });
const paste = () => {
  const id = ids[n % ids.length]!;
  const body = [...bodies.get(id)!];
  body[0] = `${n++} ${"pasted text ".repeat(340)}`;
  return desk.saveDraft(id, { body });
};

async function timed(what: string, times: number, op: () => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await op();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const kb = (statSync(stepsFile).size / 1024).toFixed(0);
  console.log(`${what.padEnd(48)} median ${ms[times >> 1]!.toFixed(1).padStart(5)} ms, p95 ${ms[Math.ceil(times * 0.95) - 1]!.toFixed(1).padStart(5)} ms (steps.json ${kb} KB)`);
}

console.log(`${ids.length} items; load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
await timed("edit, step log nearly empty", TIMED, titleEdit);
for (let i = TIMED; i < STEP_LIMIT; i++) await titleEdit();
await timed(`edit, step log at ${STEP_LIMIT} title edits`, TIMED, titleEdit);
while (statSync(stepsFile).size < STEP_LOG_BYTES * 0.95) await paste();
await timed(`paste ~4 KB, step log at its ${STEP_LOG_BYTES / 1024} KB limit`, TIMED, paste);
await timed("undo, step log at its limit", TIMED, () => desk.replay("undo"));
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
await desk.close();
rmSync(dir, { recursive: true, force: true });
