// Only electron/main.ts and electron/preload.ts may import `electron` at runtime: everything else
// must load in plain Node, where `require("electron")` throws without the binary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../helpers.js";

const RUNTIME_ELECTRON_IMPORT =
  /^\s*(import\s+(?!type\b)[^;]*from\s+["']electron["']|import\s+["']electron["']|export\s+(?!type\b)[^;]*from\s+["']electron["'])|require\(\s*["']electron["']\s*\)|import\(\s*["']electron["']\s*\)/m;
const NODE_IMPORT = /from\s+["'](node:[\w/]+|fs|path|os|child_process|electron)["']/;

function sources(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name))
    .map((e) => relative(repoRoot, join(e.parentPath, e.name)).split("\\").join("/"));
}

test("the rule itself catches runtime imports and lets type imports through", () => {
  assert.match('import { app } from "electron";', RUNTIME_ELECTRON_IMPORT);
  assert.match('const e = require("electron");', RUNTIME_ELECTRON_IMPORT);
  assert.match('await import("electron")', RUNTIME_ELECTRON_IMPORT);
  assert.doesNotMatch('import type { BrowserWindow } from "electron";', RUNTIME_ELECTRON_IMPORT);
});

test("no file outside electron/main.ts and electron/preload.ts imports electron at runtime", () => {
  const offenders = ["electron", "shared", "renderer", "scripts"]
    .flatMap(sources)
    .filter((file) => !["electron/main.ts", "electron/preload.ts"].includes(file))
    .filter((file) => RUNTIME_ELECTRON_IMPORT.test(readFileSync(join(repoRoot, file), "utf8")));
  assert.deepEqual(offenders, []);
});

test("shared/ and renderer/src/ import nothing from Node or Electron", () => {
  // renderer/vite.config.ts is a build script that runs in Node; the window runs renderer/src.
  const offenders = ["shared", "renderer/src"]
    .flatMap(sources)
    .filter((file) => NODE_IMPORT.test(readFileSync(join(repoRoot, file), "utf8")));
  assert.deepEqual(offenders, []);
});

test("nothing opens URLs from the page in the system browser (no shell.openExternal)", () => {
  const offenders = ["electron", "renderer/src", "shared"]
    .flatMap(sources)
    .filter((file) => /openExternal\s*\(/.test(readFileSync(join(repoRoot, file), "utf8")));
  assert.deepEqual(offenders, []);
});
