// The folder scan is where paths enter: links out of the opened folder are never followed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isInside, listScrapeFiles } from "../../electron/core/scan-folder.js";
import { tempDir } from "../helpers.js";

test("links out of the folder, broken links and special files are listed as skipped, with the reason", async (t) => {
  const outside = tempDir(t);
  writeFileSync(join(outside, "secret.txt"), "outside the opened folder");
  const root = tempDir(t);
  mkdirSync(join(root, "2024", "march"), { recursive: true });
  writeFileSync(join(root, "a.txt"), "A");
  writeFileSync(join(root, "2024", "march", "b.html"), "<p>B</p>");
  writeFileSync(join(root, ".hidden.txt"), "hidden");
  symlinkSync(join(outside, "secret.txt"), join(root, "escape.txt"));
  symlinkSync(outside, join(root, "escape-folder"));
  symlinkSync(join(root, "a.txt"), join(root, "inside-link.txt"));
  symlinkSync(join(root, "nowhere.txt"), join(root, "broken.txt"));
  execFileSync("mkfifo", [join(root, "pipe.txt")]);

  const { files, skipped } = await listScrapeFiles(root);
  assert.deepEqual(files, ["2024/march/b.html", "a.txt", "inside-link.txt"]);
  const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
  assert.match(reasons["escape.txt"] ?? "", /outside the opened folder/);
  assert.match(reasons["escape-folder"] ?? "", /outside the opened folder/);
  assert.match(reasons["broken.txt"] ?? "", /broken link/);
  assert.match(reasons["pipe.txt"] ?? "", /not a regular file/);
  assert.ok(!("secret.txt" in reasons) && !files.some((f) => f.includes("secret")));
});

test("isInside accepts only paths strictly below the root", () => {
  assert.equal(isInside("/data/scrapes", "/data/scrapes/a.txt"), true);
  assert.equal(isInside("/data/scrapes", "/data/scrapes/x/../a.txt"), true);
  assert.equal(isInside("/data/scrapes", "/data/scrapes"), false);
  assert.equal(isInside("/data/scrapes", "/data/scrapes-other/a.txt"), false);
  assert.equal(isInside("/data/scrapes", "/data/scrapes/../secret.txt"), false);
  assert.equal(isInside("/data/scrapes", "/etc/passwd"), false);
});
