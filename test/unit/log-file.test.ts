import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openLogFile } from "../../electron/core/log-file.js";
import { tempDir } from "../helpers.js";

test("the log rotates by size and keeps a bounded number of old files", (t) => {
  const dir = tempDir(t);
  const log = openLogFile(dir, { maxBytes: 200, keep: 2 });
  for (let i = 0; i < 40; i++) log.write("error", `failure number ${i}\nwith a second line`);
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, ["main.1.log", "main.2.log", "main.log"]);
  const newest = readFileSync(log.path, "utf8");
  assert.match(newest, /ERROR failure number 39\n {4}with a second line\n$/);
  for (const file of files) assert.ok(readFileSync(join(dir, file)).length < 400, `${file} stays small`);
});
