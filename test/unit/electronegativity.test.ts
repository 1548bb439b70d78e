// Electronegativity (Doyensec's Electron security scanner) through its programmatic API: its
// command line always exits 0, so the gate is here. Fails on any HIGH finding in the sources and
// in the built output. The scanner's release check needs the network; offline it logs and goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot, tempDir } from "../helpers.js";

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  severity: { value: number; name: string };
  description: string;
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<{ atomicChecks: number; errors: { file: string; message: string; tolerable: boolean }[]; issues: Finding[] }>;
const run = createRequire(import.meta.url)("@doyensec/electronegativity/dist/runner.js") as Run;
const electronVersion = (createRequire(import.meta.url)("electron/package.json") as { version: string }).version;
const HIGH = 3;

async function scan(input: string) {
  const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] }, false);
  const high = result.issues.filter((issue) => issue.severity.value >= HIGH);
  const others = result.issues.filter((issue) => issue.severity.value < HIGH);
  for (const issue of others) console.log(`  electronegativity ${issue.severity.name}: ${issue.id} ${issue.file}:${issue.location.line}`);
  return { result, high };
}

const describe = (findings: Finding[]) => findings.map((f) => `${f.id} ${f.file}:${f.location.line} ${f.description}`).join("\n");

test("the gate itself fails on an insecure window", async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bad", devDependencies: { electron: electronVersion } }));
  writeFileSync(join(dir, "src", "main.js"), 'const { BrowserWindow } = require("electron");\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n');
  const { result, high } = await scan(dir);
  assert.ok(result.atomicChecks > 20, "the scanner loaded its checks");
  assert.ok(high.some((f) => f.id === "CONTEXT_ISOLATION_JS_CHECK"), describe(result.issues));
});

test("the Electron sources have no high-severity finding", async () => {
  const { result, high } = await scan(join(repoRoot, "electron"));
  assert.deepEqual(result.errors.filter((e) => !e.tolerable), [], "every source file parsed");
  assert.equal(high.length, 0, describe(high));
});

test("the built app (main, preload, renderer) has no high-severity finding", async (t) => {
  if (!existsSync(join(repoRoot, "dist", "electron", "main.js"))) return t.skip("dist/ is not built: `npm test` builds it first");
  const { result, high } = await scan(join(repoRoot, "dist"));
  assert.ok(result.issues.length + result.atomicChecks > 0);
  assert.equal(high.length, 0, describe(high));
});
