import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Desk, type OpenProgress } from "../../electron/core/desk.js";
import { OpenFolder } from "../../electron/core/open-folder.js";
import { createRouter } from "../../electron/core/router.js";
import { copyScrapes, sampleScrapes, SAMPLE, tempDir } from "../helpers.js";

test("the opening's progress is shown while a folder is read, and is gone once it is open", async (t) => {
  const folder = tempDir(t, "copydesk-scrapes-");
  // 250 files: progress is reported every 100 files, so the reading is seen mid-way.
  const names = readdirSync(sampleScrapes).filter((n) => !n.startsWith("."));
  for (let i = 0; i < 250; i++) cpSync(join(sampleScrapes, names[i % names.length]!), join(folder, `${String(i).padStart(3, "0")}-${names[i % names.length]}`));
  const dbDir = tempDir(t);
  const seen: OpenProgress[] = [];
  const open: OpenFolder = new OpenFolder(
    (f, onProgress) =>
      Desk.open({
        folder: f,
        dbPath: join(dbDir, "review.json"),
        reviewer: "ana",
        onProgress: (p) => {
          onProgress(p);
          seen.push(open.opening()!); // what a caller asking now is told
        },
      }),
    folder,
  );
  assert.deepEqual(open.opening(), { done: 0, total: 0, file: "" }, "an opening is under way from the start");
  const router = createRouter({ desk: () => open.desk(), opening: () => open.opening(), openFolder: async () => null, exportDestination: async () => null });
  const asked = await router("getOpening", {}, { trusted: true });
  assert.ok(asked.ok);
  assert.equal((asked.data as { opening: OpenProgress | null }).opening?.total, 0, "answered at once, while getSession would wait");
  const desk = await open.desk();
  assert.deepEqual(
    seen.map((p) => [p.done, p.total]),
    [[0, 250], [100, 250], [200, 250], [250, 250]],
  );
  assert.match(seen[1]!.file, /^100-/);
  assert.equal(open.opening(), null);
  const after = await router("getOpening", {}, { trusted: true });
  assert.deepEqual(after.ok && after.data, { opening: null });
  assert.equal(desk.session().counts.total > 0, true);
  await open.close();
});

test("switching folders keeps the current one until the next is open; a folder that fails leaves it in place", async (t) => {
  const first = copyScrapes(t, [SAMPLE]);
  const second = copyScrapes(t, [SAMPLE]);
  const dbDir = tempDir(t);
  const open = OpenFolder.withDesk((f) => ({ dbPath: join(dbDir, f === first ? "first.json" : "second.json"), reviewer: "ana" }), first);
  const one = await open.desk();
  await assert.rejects(open.switchTo(join(first, "no-such-folder")), /does not exist/);
  assert.equal(await open.desk(), one, "the failed folder changed nothing");
  assert.equal(open.opening(), null, "nor left an opening shown");
  const two = await open.switchTo(second);
  assert.equal(await open.desk(), two);
  assert.equal(two.folder.endsWith(second.split("/").pop()!), true);
  // The first desk was closed: its database's lock is free for another opening.
  const again = await Desk.open({ folder: first, dbPath: join(dbDir, "first.json"), reviewer: "bo" });
  await again.close();
  await open.close();
});

test("a first folder that fails to open is reported by desk(), and close() has nothing to close", async (t) => {
  const dbDir = tempDir(t);
  const open = OpenFolder.withDesk(() => ({ dbPath: join(dbDir, "review.json"), reviewer: "ana" }), join(dbDir, "missing"));
  await assert.rejects(open.desk(), /does not exist/);
  assert.equal(open.opening(), null);
  await open.close();
});
