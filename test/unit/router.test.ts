import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { createRouter, type Host } from "../../electron/core/router.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

async function setup(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, [SAMPLE]);
  const out = tempDir(t);
  const dbPath = join(out, "review.json");
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  const host: Host = {
    desk: async () => desk,
    openFolder: async () => null,
    exportDestination: async (_format, name) => join(out, name),
  };
  return { router: createRouter(host), id: sha256(readFileSync(join(folder, SAMPLE))), dbPath };
}

const trusted = { trusted: true };

test("an untrusted sender is refused before any work is done", async (t) => {
  const { router, id, dbPath } = await setup(t);
  const before = readFileSync(dbPath, "utf8");
  const result = await router("approve", { id }, { trusted: false });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.error.code, "untrusted-sender");
  assert.equal(readFileSync(dbPath, "utf8"), before);
});

test("a malformed payload is rejected with a message naming the problem", async (t) => {
  const { router, id } = await setup(t);
  const notAnId = await router("getItem", { id: "../../etc/passwd" }, trusted);
  assert.ok(!notAnId.ok);
  assert.equal(notAnId.error.code, "bad-request");
  assert.match(notAnId.error.message, /malformed.*64 hex digits/s);

  const extraKey = await router("approve", { id, path: "/tmp/x" }, trusted);
  assert.ok(!extraKey.ok);
  assert.match(extraKey.error.message, /path/);

  const wrongType = await router("saveDraft", { id, corrections: { body: "one string" } }, trusted);
  assert.ok(!wrongType.ok);
  assert.match(wrongType.error.message, /body/);

  const noReason = await router("reject", { id, reason: "   " }, trusted);
  assert.ok(!noReason.ok);
  assert.match(noReason.error.message, /needs a reason/);
});

test("an unknown operation or item gives a clear error", async (t) => {
  const { router } = await setup(t);
  const unknown = await router("deleteEverything", {}, trusted);
  assert.ok(!unknown.ok);
  assert.match(unknown.error.message, /Unknown operation "deleteEverything"/);
  const missing = await router("getItem", { id: "0".repeat(64) }, trusted);
  assert.ok(!missing.ok);
  assert.equal(missing.error.code, "not-found");
});

test("a valid approve returns the stored item and export writes it", async (t) => {
  const { router, id } = await setup(t);
  const approved = await router("approve", { id, corrections: { language: "en-GB" } }, trusted);
  assert.ok(approved.ok);
  const item = approved.data as { status: string; fields: { language: string } };
  assert.equal(item.status, "approved");
  assert.equal(item.fields.language, "en-GB");
  const exported = await router("exportApproved", {}, trusted);
  assert.ok(exported.ok, JSON.stringify(exported));
  const summary = exported.data as { count: number; path: string };
  assert.equal(summary.count, 1);
  const line = JSON.parse(readFileSync(summary.path, "utf8").trim());
  assert.equal(line.language, "en-GB");
  assert.deepEqual(line.provenance.correctedFields, ["language"]);
});

test("a record that breaks the guidelines is approved only with an explicit override, which is recorded", async (t) => {
  const { router, id } = await setup(t);
  const refused = await router("approve", { id, corrections: { language: "" } }, trusted);
  assert.ok(!refused.ok);
  assert.equal(refused.error.code, "bad-request");
  assert.match(refused.error.message, /breaks the guidelines \(language: .*explicit override/);
  const still = await router("getItem", { id }, trusted);
  assert.ok(still.ok);
  assert.equal((still.data as { status: string }).status, "pending", "nothing was approved");

  const problems = [{ field: "language", message: "the page has no language" }];
  const approved = await router("approve", { id, corrections: { language: "" }, override: { problems } }, trusted);
  assert.ok(approved.ok, JSON.stringify(approved));
  const exported = await router("exportApproved", {}, trusted);
  assert.ok(exported.ok);
  const line = JSON.parse(readFileSync((exported.data as { path: string }).path, "utf8").trim());
  assert.equal(line.provenance.validationOverridden, true);
  assert.equal(line.language, "");
});

test("undo and redo through the router: the approval taken back and made again, with what the buttons need", async (t) => {
  const { router, id } = await setup(t);
  const session = await router("getSession", {}, trusted);
  assert.ok(session.ok);
  assert.deepEqual((session.data as { undo: unknown }).undo, { canUndo: false, canRedo: false });
  const approved = await router("approve", { id, corrections: { language: "en-GB" } }, trusted);
  assert.ok(approved.ok);
  assert.deepEqual((approved.data as { undo: unknown }).undo, { canUndo: true, canRedo: false });

  const undone = await router("undo", {}, trusted);
  assert.ok(undone.ok, JSON.stringify(undone));
  const u = undone.data as { undo: unknown; step: unknown; item: { id: string; status: string; fields: { language: string } } };
  assert.deepEqual(u.step, { kind: "approve", fields: ["language"] });
  assert.equal(u.item.id, id);
  assert.equal(u.item.status, "pending");
  assert.notEqual(u.item.fields.language, "en-GB");
  assert.deepEqual(u.undo, { canUndo: false, canRedo: true });
  const item = await router("getItem", { id }, trusted);
  assert.ok(item.ok);
  assert.deepEqual((item.data as { undo: unknown }).undo, { canUndo: false, canRedo: true });

  const redone = await router("redo", {}, trusted);
  assert.ok(redone.ok);
  assert.equal((redone.data as { item: { status: string } }).item.status, "approved");
  const nothing = await router("redo", {}, trusted);
  assert.ok(nothing.ok);
  assert.deepEqual(nothing.data, { undo: { canUndo: true, canRedo: false } });

  const extra = await router("undo", { id }, trusted);
  assert.ok(!extra.ok);
  assert.equal(extra.error.code, "bad-request");
  const badTyping = await router("saveDraft", { id, corrections: {}, typing: "yes" }, trusted);
  assert.ok(!badTyping.ok);
  assert.match(badTyping.error.message, /typing/);
});
