// The review desk end to end, in Debian's Chromium against `copydesk serve` on a temp copy of real
// corpus files: correct a field, approve from the keyboard, reject with a reason, export, then read
// the review database and the export file on disk.
import { parse as parseCsv } from "csv-parse/sync";
import { test, expect, type Locator } from "./fixtures.js";
import { apiCalls, sampleFolder, startServe, stopServe, waitForOp, type Server } from "./serve.js";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { extractScrape } from "../../electron/core/extract/index.js";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SAMPLE = "000_de0f63e2a1ef871e.txt";
const CORPUS_FILES = [SAMPLE, "002_xinhua_2017_kenya_solar.txt", "005_reuters_rail_near_miss.txt", "008_harborledger_ferry_fares.html", "010_prairiesentinel_snow_fences.json"];
const CORRECTED_TITLE = "China and ASEAN to meet on closer security cooperation";

test("review desk: correct a field, approve, reject with a reason, export; all of it on disk", async ({ page }, testInfo) => {
  const folder = await mkdtemp(path.join(tmpdir(), "copydesk-e2e-scrapes-"));
  const dbDir = await mkdtemp(path.join(tmpdir(), "copydesk-e2e-db-"));
  const dbPath = path.join(dbDir, "review.json");
  for (const name of CORPUS_FILES) await copyFile(path.join(repoRoot, "samples", "scrapes", name), path.join(folder, name));
  // Two files the desk must list as skipped or failed, without breaking anything.
  await writeFile(path.join(folder, "empty.txt"), "");
  await writeFile(path.join(folder, "notes.docx"), "not a scrape");

  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith("/api/")) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("console", (message) => {
    // A <meta> CSP cannot carry frame-ancestors; Chromium says so. The server sends it as a header.
    if (message.type() === "error" && !/frame-ancestors/.test(message.text())) problems.push(`console: ${message.text()} (${message.location().url})`);
  });

  let server: Server | undefined;
  try {
    server = await startServe(folder, dbPath);
    await page.goto(server.url);

    // The token leaves the visible URL as soon as the page has it.
    await expect.poll(() => page.url()).not.toContain("token=");

    const queue = page.getByRole("listbox", { name: "Queue" });
    await expect(queue.getByRole("option").first()).toBeVisible();
    expect(await queue.getByRole("option").count()).toBeGreaterThanOrEqual(CORPUS_FILES.length);
    await expect(page.getByText(/reviewed/)).toContainText(/0 \/ \d+ reviewed/);

    // --- the sample: correct the title, approve with Ctrl+Enter -------------------------------
    const sampleOption = queue.getByRole("option", { name: /ASEAN to meet|000_de0f63e2a1ef871e/ });
    await sampleOption.click();
    await expect(sampleOption).toHaveAttribute("aria-selected", "true");
    const raw = page.getByRole("region", { name: "Raw scrape" });
    await expect(raw).toContainText("BEIJING, Oct. 21 (Xinhua) -- Beijing will host police chiefs");

    const titleBox = page.getByLabel("Title", { exact: true });
    await expect(titleBox).toBeEditable();
    const extractedTitle = await titleBox.inputValue();
    expect(extractedTitle).not.toBe(CORRECTED_TITLE);

    const draft = await waitForOp(page, "saveDraft", () => titleBox.fill(CORRECTED_TITLE));
    expect(draft.ok, JSON.stringify(draft.error)).toBe(true);
    expect(draft.data.corrections).toEqual({ title: CORRECTED_TITLE });
    const titleField = page.locator('.field[data-field="title"]');
    await expect(titleField.getByText("Extracted:")).toBeVisible();
    await expect(titleField.getByRole("button", { name: "Revert" })).toBeVisible();
    await expect(sampleOption).toContainText("draft");

    const approved = await waitForOp(page, "approve", () => titleBox.press("Control+Enter"));
    expect(approved.ok, JSON.stringify(approved.error)).toBe(true);
    const approvedId: string = approved.data.id;
    expect(approved.data.status).toBe("approved");
    await expect(sampleOption).toContainText("approved");
    // Ctrl+Enter moved on to the next item waiting for review.
    await expect(sampleOption).toHaveAttribute("aria-selected", "false");
    await expect(page.getByText(/1 \/ \d+ reviewed · 1 approved · 0 rejected/)).toBeVisible();

    // --- a draft survives moving away and back (Alt+ArrowDown / Alt+ArrowUp) ------------------
    const current = queue.locator('[role="option"][aria-selected="true"]');
    const secondId = await current.getAttribute("id");
    const editorBox = page.getByLabel("Editor", { exact: true });
    await editorBox.fill("Desk Test Editor");
    await editorBox.press("Alt+ArrowDown");
    await expect(current).not.toHaveAttribute("id", secondId!);
    await page.keyboard.press("Alt+ArrowUp");
    await expect(current).toHaveAttribute("id", secondId!);
    await expect(editorBox).toHaveValue("Desk Test Editor");

    // --- shortcuts help with ? (outside text boxes) --------------------------------------------
    await editorBox.press("Escape");
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    // --- reject the current item with a reason ------------------------------------------------
    await page.getByRole("button", { name: "Reject", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Reject this item?" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Reason").selectOption({ label: "Duplicate" });
    await dialog.getByLabel("Note").fill("same story as the sample");
    const rejected = await waitForOp(page, "reject", () => dialog.getByRole("button", { name: "Confirm" }).click());
    expect(rejected.ok, JSON.stringify(rejected.error)).toBe(true);
    const rejectedId: string = rejected.data.id;
    await expect(dialog).toBeHidden();
    expect(rejectedId).not.toBe(approvedId);
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/2 \/ \d+ reviewed · 1 approved · 1 rejected/)).toBeVisible();

    // --- the screenshot: back on the approved sample, title focused so its spans show ----------
    await sampleOption.click();
    await expect(titleBox).toHaveValue(CORRECTED_TITLE);
    await titleBox.focus();
    await expect(titleField.getByText("Extracted:")).toBeVisible();
    const shot = testInfo.outputPath("review-desk.png");
    await page.screenshot({ path: shot });
    await mkdir(path.join(repoRoot, "test-results"), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, "test-results", "review-desk.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: testInfo.outputPath("review-desk-dark.png") });
    await page.screenshot({ path: path.join(repoRoot, "test-results", "review-desk-dark.png") });
    await page.emulateMedia({ colorScheme: "light" });

    // --- on disk: the review database -----------------------------------------------------------
    // Layout v2: review.json is the manifest (the index of items); each item's decision lives in
    // review.json.d/decisions-<first two hex digits of its id>.json, its extraction in
    // review.json.d/extraction-<same>.json. What the desk saw acknowledged is on disk at once in the
    // change log (review.json.d/changes-N.jsonl, one record per line: the item's decision and
    // approved snapshot after a change); the shards catch up when the log is compacted.
    const manifest = JSON.parse(await readFile(dbPath, "utf8"));
    await testInfo.attach("review.json", { path: dbPath, contentType: "application/json" });
    const shardFile = (kind: "decisions" | "extraction" | "journal", id: string) => path.join(`${dbPath}.d`, `${kind}-${id.slice(0, 2)}.json`);
    const logged = async (id: string) => {
      const names = (await readdir(`${dbPath}.d`)).filter((name) => /^changes-\d+\.jsonl$/.test(name));
      const lines = (await Promise.all(names.map((name) => readFile(path.join(`${dbPath}.d`, name), "utf8")))).flatMap((text) => text.split("\n").slice(0, -1));
      return lines.map((line) => JSON.parse(line)).filter((record) => record.id === id).sort((x, y) => x.seq - y.seq).pop();
    };
    const shard = async (kind: "decisions" | "journal", id: string) => JSON.parse(await readFile(shardFile(kind, id), "utf8").catch(() => "{}"));
    const decisionOf = async (id: string) => (await logged(id))?.decision ?? (await shard("decisions", id)).items?.[id];
    const extractionOf = async (id: string) => JSON.parse(await readFile(shardFile("extraction", id), "utf8")).items[id];
    const approvedSnapshotOf = async (id: string) => ((await logged(id)) ?? { approved: (await shard("journal", id)).approved?.[id] }).approved;

    // The index (v3) is stored one list per field: an item's row is its place in `index.ids`.
    const fileOf = (id: string) => manifest.index.file[manifest.index.ids.indexOf(id)];
    expect(fileOf(approvedId), "the approved item is in the manifest").toBe(SAMPLE);
    const a = await decisionOf(approvedId);
    expect(a, "the approved item has a decision").toBeTruthy();
    expect(a.status).toBe("approved");
    expect(a.corrections.title).toBe(CORRECTED_TITLE);
    const snapshot = await approvedSnapshotOf(approvedId);
    expect(snapshot.fields.title).toBe(CORRECTED_TITLE);
    expect(snapshot.correctedFields).toContain("title");
    const ax = await extractionOf(approvedId);
    expect(ax.fields.title, "the extraction is kept apart from the correction").toBe(extractedTitle);
    await testInfo.attach("last change of the approved item", { body: JSON.stringify(await logged(approvedId), null, 2), contentType: "application/json" });

    expect(fileOf(rejectedId), "the rejected item is in the manifest").toBeTruthy();
    const r = await decisionOf(rejectedId);
    expect(r, "the rejected item has a decision").toBeTruthy();
    expect(r.status).toBe("rejected");
    expect(r.rejectReason).toBe("duplicate: same story as the sample");

    // The raw text stays on disk, not in the database.
    const rawSample = (await readFile(path.join(folder, SAMPLE), "utf8")).replace(/\r\n/g, "\n");
    const stored = [await readFile(dbPath, "utf8")];
    for (const name of await readdir(`${dbPath}.d`)) if (name.endsWith(".json") || name.endsWith(".jsonl")) stored.push(await readFile(path.join(`${dbPath}.d`, name), "utf8"));
    for (const text of stored) expect(text).not.toContain(JSON.stringify(rawSample).slice(1, -1));

    // --- export ------------------------------------------------------------------------------
    await page.getByRole("button", { name: "Export" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export approved articles" });
    await expect(exportDialog.getByLabel("Format")).toHaveValue("jsonl");
    const exported = await waitForOp(page, "exportApproved", () => exportDialog.getByRole("button", { name: "Export approved" }).click());
    expect(exported.ok, JSON.stringify(exported.error)).toBe(true);
    expect(exported.data.count).toBe(1);
    const exportPath: string = exported.data.path;
    await expect(page.getByRole("status")).toContainText(exportPath);

    // --- on disk: the export ----------------------------------------------------------------
    await testInfo.attach("export.jsonl", { path: exportPath, contentType: "application/jsonl" });
    const lines = (await readFile(exportPath, "utf8")).split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.title).toBe(CORRECTED_TITLE);
    expect(record.provenance.sha256).toBe(approvedId);
    expect(record.provenance.file).toBe(SAMPLE);
    expect(record.provenance.correctedFields).toContain("title");
    expect(typeof record.provenance.approvedAt).toBe("string");

    // The same dialog exports CSV, filtered by publisher; it parses back to the corrected title.
    await page.getByRole("button", { name: "Export" }).click();
    await exportDialog.getByLabel("Format").selectOption("csv");
    await exportDialog.getByLabel("Publisher").selectOption("Xinhuanet");
    const csv = await waitForOp(page, "exportApproved", () => exportDialog.getByRole("button", { name: "Export approved" }).click());
    expect(csv.ok, JSON.stringify(csv.error)).toBe(true);
    expect(csv.data.format).toBe("csv");
    expect(csv.data.count).toBe(1);
    expect(csv.data.path).toMatch(/\.csv$/);
    const rows = parseCsv(await readFile(csv.data.path, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe(CORRECTED_TITLE);

    expect(problems, "no errors in the page (CSP violations included)").toEqual([]);
    // The desk talked to the server over its socket: every save and decision went that way (HTTP carries only what the page asks before the socket is open).
    const calls = apiCalls(page);
    expect(calls.socket.filter((op) => op === "saveDraft" || op === "approve" || op === "reject").length).toBeGreaterThan(2);
    expect(calls.http.filter((op) => op === "saveDraft" || op === "approve" || op === "reject")).toEqual([]);
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});

test("keyboard only: fix the title from the raw pane, correct the date, delete a paragraph, approve, undo the approval and the deletion, approve again, reject, filter, restart, undo after the restart", async ({ page }, testInfo) => {
  const { folder, dbDir, dbPath } = await sampleFolder(CORPUS_FILES);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let server: Server | undefined;
  try {
    server = await startServe(folder, dbPath);
    await page.goto(server.url);
    const queue = page.getByRole("listbox", { name: "Queue" });
    await expect(queue.getByRole("option").first()).toBeVisible();
    const selected = queue.locator('[role="option"][aria-selected="true"]');
    /** Alt+<key> to a field, retried: a key pressed while a new item is drawn can lose its focus to the redraw (issue #4). */
    const jump = (key: string, box: Locator) =>
      expect(async () => {
        await page.keyboard.press(key);
        await expect(box).toBeFocused({ timeout: 1000 });
      }).toPass({ timeout: 10_000 });

    // Find the sample by its file name: "/" searches, Enter goes to the queue, Home picks the first match.
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search titles, text and file names")).toBeFocused();
    await page.keyboard.type("000_de0f");
    await expect(queue.getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(queue).toBeFocused();
    await page.keyboard.press("Home");
    await expect(selected).toContainText(/ASEAN/);
    const raw = page.getByRole("region", { name: "Raw scrape" });
    await expect(raw).toContainText("BEIJING, Oct. 21 (Xinhua)");

    // Spoil the title, then fix it from the raw pane: Alt+R, the line cursor to line 3, Alt+1.
    const title = page.getByLabel("Title", { exact: true });
    await page.keyboard.press("Alt+1");
    await expect(title).toBeFocused();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("oops");
    await expect(title).toHaveValue("oops");
    await page.keyboard.press("Alt+R");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await expect(raw).toContainText("Line 3 selected");
    await page.keyboard.press("Alt+1");
    await expect(title).toHaveValue("China, ASEAN to meet on closer security cooperation");

    // Correct the date (Alt+4 goes to Published).
    const published = page.getByLabel("Published", { exact: true });
    await page.keyboard.press("Alt+4");
    await expect(published).toBeFocused();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("21 Oct 2015");
    await expect(published).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("2015-10-21");
    await expect(published).not.toHaveAttribute("aria-invalid", "true");
    // Saved, so the date is an undo step of its own (a save still queued would carry the next edit with it).
    await expect(page.locator(".save-state")).toHaveText("All changes saved");

    // Delete the first paragraph (Alt+8 goes to the body, Ctrl+Shift+Backspace deletes the entry).
    const body = page.getByRole("group", { name: "Body" });
    const paragraphs = body.getByRole("textbox");
    const before = await paragraphs.count();
    expect(before).toBeGreaterThan(1);
    const second = await paragraphs.nth(1).inputValue();
    await page.keyboard.press("Alt+8");
    await expect(body.getByRole("textbox", { name: "Paragraph 1" })).toBeFocused();
    await page.keyboard.press("Control+Shift+Backspace");
    await expect(paragraphs).toHaveCount(before - 1);
    await expect(body.getByRole("textbox", { name: "Paragraph 1" })).toHaveValue(second);

    // Clear the search (so approving can move on), then approve (Ctrl+Enter) from the Title box.
    await page.keyboard.press("Alt+F");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await expect(queue.getByRole("option")).toHaveCount(CORPUS_FILES.length);
    await expect(selected).toContainText(/ASEAN/);
    await jump("Alt+1", title);
    const approved = await waitForOp(page, "approve", () => page.keyboard.press("Control+Enter"));
    expect(approved.ok, JSON.stringify(approved.error)).toBe(true);
    expect(approved.data.fields.body).toHaveLength(before - 1);
    const sampleId: string = approved.data.id;
    await expect(selected).not.toContainText(/ASEAN/);

    // On the next item, in its Title box: Ctrl+Z undoes the approval and brings the desk back to
    // the sample, a draft again with every correction.
    await jump("Alt+1", title);
    const undone = await waitForOp(page, "undo", () => page.keyboard.press("ControlOrMeta+Z"));
    expect(undone.ok, JSON.stringify(undone.error)).toBe(true);
    expect(undone.data.step.kind).toBe("approve");
    expect(undone.data.item.id).toBe(sampleId);
    await expect(selected).toContainText(/ASEAN/);
    await expect(selected).toContainText("draft");
    await expect(page.getByRole("status")).toContainText("Undid the approval of “China, ASEAN to meet on closer security cooperation”.");
    await expect(published).toHaveValue("2015-10-21");
    await expect(paragraphs).toHaveCount(before - 1);
    // Ctrl+Z again, in the Published box: the paragraph's deletion is undone.
    await jump("Alt+4", published);
    const paragraphBack = await waitForOp(page, "undo", () => page.keyboard.press("ControlOrMeta+Z"));
    expect(paragraphBack.data.step).toEqual({ kind: "edit", fields: ["body"] });
    await expect(paragraphs).toHaveCount(before);
    await expect(page.getByRole("status")).toContainText("Undid the change to Body");
    await expect(page.getByRole("button", { name: "Redo" })).toBeEnabled();
    // Approve again: the redo branch is gone.
    const again = await waitForOp(page, "approve", () => page.keyboard.press("Control+Enter"));
    expect(again.ok).toBe(true);
    expect(again.data.status).toBe("approved");
    expect(again.data.fields.body).toHaveLength(before);
    expect(again.data.fields.title).toBe("China, ASEAN to meet on closer security cooperation");
    expect(again.data.fields.publishedAt).toBe("2015-10-21");
    expect(again.data.undo).toEqual({ canUndo: true, canRedo: false });
    await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();

    // Reject the item now shown, with a reason picked from the list (Alt+X, ↓↓ = duplicate, a note, Confirm).
    await expect(selected).not.toContainText("approved");
    await page.keyboard.press("Alt+X");
    const dialog = page.getByRole("dialog", { name: "Reject this item?" });
    await expect(dialog.getByLabel("Reason")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByLabel("Reason")).toHaveValue("duplicate");
    await page.keyboard.press("Tab");
    await page.keyboard.type("seen before");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    // Confirm, and at once Alt+7 (the Editor field): it goes to the next item, not the rejected one.
    const rejected = await waitForOp(page, "reject", async () => {
      await page.keyboard.press("Enter");
      await page.keyboard.press("Alt+7");
    });
    expect(rejected.ok, JSON.stringify(rejected.error)).toBe(true);
    expect(rejected.data.rejectReason).toBe("duplicate: seen before");
    const rejectedId: string = rejected.data.id;

    // Leave a draft on the next item.
    const editor = page.getByLabel("Editor", { exact: true });
    await expect(editor).toBeFocused();
    await expect(page.locator(".fields-pane")).not.toHaveAttribute("data-item", rejectedId);
    await page.keyboard.press("ControlOrMeta+A");
    const drafted = waitForOp(page, "saveDraft", () => page.keyboard.type("Kim Desk"));
    await drafted;
    await expect(page.locator(".save-state")).toHaveText("All changes saved");
    const draftId = (await page.locator(".fields-pane").getAttribute("data-item"))!;
    expect(draftId).not.toBe(rejectedId);

    // Filter by status from the keyboard: Alt+F, Tab to "Show", ↓ to Approved.
    await page.keyboard.press("Alt+F");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Show")).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Show")).toHaveValue("approved");
    await expect(queue.getByRole("option")).toHaveCount(1);
    await expect(queue.getByRole("option")).toContainText("approved");

    // Restart the server: every draft and decision is still there.
    await stopServe(server);
    server = await startServe(folder, dbPath);
    await page.goto(server.url);
    await expect(queue.getByRole("option").first()).toBeVisible();
    const statusOf = async (id: string) => {
      const r = (await page.evaluate(async ({ id }) => {
        const token = (globalThis as any).sessionStorage.getItem("copydesk.token");
        const res = await fetch("/api/getItem", { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) });
        return res.json();
      }, { id })) as { data: any };
      return r.data;
    };
    const s = await statusOf(sampleId);
    expect(s.status).toBe("approved");
    expect(s.fields.title).toBe("China, ASEAN to meet on closer security cooperation");
    expect((await statusOf(rejectedId)).rejectReason).toBe("duplicate: seen before");
    const d = await statusOf(draftId);
    expect(d.status).toBe("draft");
    expect(d.corrections.editor).toBe("Kim Desk");
    await expect(page.getByText(/2 \/ \d+ reviewed · 1 approved · 1 rejected · 1 draft/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("after-restart.png") });

    // Undo survives the restart: Ctrl+Z (in a text box) takes back the Editor typing, then the
    // rejection, each time on its own item. (Typing is one step unless a save came more than a
    // second after the last: on a loaded machine it can be two, so undo until the rejection.)
    await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();
    await jump("Alt+1", title);
    const undoneSteps: { kind: string; id: string }[] = [];
    for (let i = 0; i < 10 && undoneSteps.at(-1)?.kind !== "reject"; i++) {
      const r = await waitForOp(page, "undo", () => page.keyboard.press("ControlOrMeta+Z"));
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      undoneSteps.push({ kind: r.data.step.kind, id: r.data.item.id });
    }
    expect(undoneSteps.at(-1)).toEqual({ kind: "reject", id: rejectedId });
    for (const step of undoneSteps.slice(0, -1)) expect(step).toEqual({ kind: "edit", id: draftId });
    const afterUndo = await statusOf(draftId);
    expect(afterUndo.status).toBe("pending");
    expect(afterUndo.corrections).toEqual({});
    expect((await statusOf(rejectedId)).status).toBe("pending");
    await expect(selected).toHaveAttribute("id", new RegExp(rejectedId));
    await expect(page.getByRole("status")).toContainText("Undid the rejection of");
    await expect(page.getByText(/1 \/ \d+ reviewed · 1 approved · 0 rejected/)).toBeVisible();
    // Redo (the button) puts the rejection back.
    const redone = await waitForOp(page, "redo", () => page.getByRole("button", { name: "Redo" }).click());
    expect(redone.data.item.rejectReason).toBe("duplicate: seen before");
    await expect(page.getByText(/2 \/ \d+ reviewed · 1 approved · 1 rejected/)).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});

test("raw pane: repeated copies labelled, dropped lines dimmed; the queue search finds a word only a body holds", async ({ page }) => {
  const REPEATED = "012_peoplesdaily_xiamen_reefs.txt";
  const names = [SAMPLE, REPEATED, "005_reuters_rail_near_miss.txt", "009_xinhuanet_zh_elevator_retrofit.txt"];
  const { folder, dbDir, dbPath } = await sampleFolder(names);
  // What the app's extractor reads from each file, to pick the words to search for.
  const extracted = Object.fromEntries(names.map((name) => [name, extractScrape(readFileSync(path.join(folder, name)), name)]));
  let server: Server | undefined;
  try {
    server = await startServe(folder, dbPath);
    await page.goto(server.url);
    const queue = page.getByRole("listbox", { name: "Queue" });
    await expect(queue.getByRole("option")).toHaveCount(names.length);

    // --- a page printed three times: each copy labelled where it starts, dropped lines dimmed ---
    await queue.getByRole("option", { name: new RegExp(escapeRegExp(extracted[REPEATED]!.fields.title)) }).click();
    const id = createHash("sha256").update(readFileSync(path.join(folder, REPEATED))).digest("hex");
    await expect(page.getByRole("region", { name: "Raw scrape" }).locator(".raw-scroll")).toHaveAttribute("data-item", id);
    // The item as the desk sent it (the app also prefetches the next one, so not the last getItem seen).
    const opened = (await page.evaluate(async ({ id }) => {
      const token = (globalThis as any).sessionStorage.getItem("copydesk.token");
      const res = await fetch("/api/getItem", { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) });
      return res.json();
    }, { id })) as { ok: boolean; data: any };
    expect(opened.ok).toBe(true);
    const regions: { kind: string; start: number; end: number; label?: string }[] = opened.data.extraction.regions;
    const text: string = opened.data.text;
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    const raw = page.getByRole("region", { name: "Raw scrape" });
    const copies = regions.filter((r) => r.kind === "copy");
    expect(copies.map((c) => c.label)).toEqual(["copy 1 of 3 (kept)", "copy 2 of 3 (repeat)", "copy 3 of 3 (repeat)"]);
    for (const copy of copies) {
      const mark = raw.getByRole("note", { name: copy.label });
      await expect(mark).toBeVisible();
      await expect(raw.locator(`.raw-text .line[data-ln="${lineOf(copy.start)}"]`)).toContainClass("copy-start");
    }
    await expect(raw.locator(".raw-text .line.copy-kept").first()).toBeVisible();
    await expect(raw.locator(".raw-text .line.copy-repeat").first()).toBeAttached();
    const dropped = regions.filter((r) => r.kind === "boilerplate");
    expect(dropped.length).toBeGreaterThan(3);
    for (const region of dropped) {
      const line = raw.locator(`.raw-text .line[data-ln="${lineOf(region.start)}"]`);
      await expect(line).toContainClass("dim");
      await expect(line).toHaveAttribute("title", `${region.label}: dropped by the extractor`);
    }
    // Body lines are not dimmed, and the dimmed text is still the text (selectable, in the raw pane).
    await expect(raw.locator(".raw-text .line.dim mark")).toHaveCount(0);
    const firstBody = opened.data.extraction.spans.body[0];
    await expect(raw.locator(`.raw-text .line[data-ln="${lineOf(firstBody.start)}"]`)).not.toContainClass("dim");

    // --- search: a word only one body holds (in no title, file name or other body), typed in capitals ---
    const reuters = "005_reuters_rail_near_miss.txt";
    const elsewhere = names.filter((n) => n !== reuters).map((n) => [extracted[n]!.fields.title, ...extracted[n]!.fields.body].join("\n")).join("\n").toLowerCase() + names.join("\n").toLowerCase();
    const reutersBody = extracted[reuters]!.fields.body;
    const holding = (w: string) => reutersBody.filter((p) => p.toLowerCase().includes(w.toLowerCase())).length;
    const word = reutersBody.join(" ").split(/[^\p{L}]+/u)
      .find((w) => w.length >= 7 && holding(w) === 1 && !extracted[reuters]!.fields.title.toLowerCase().includes(w.toLowerCase()) && !elsewhere.includes(w.toLowerCase()));
    expect(word).toBeTruthy();
    const search = page.getByLabel("Search titles, text and file names");
    const answer = await waitForOp(page, "searchItems", () => search.fill(word!.toUpperCase()));
    expect(answer.ok).toBe(true);
    await expect(page.getByText("1 match", { exact: true })).toBeVisible();
    await expect(queue.getByRole("option")).toHaveCount(1);
    await expect(queue.getByRole("option")).toContainText(extracted[reuters]!.fields.title.slice(0, 30));
    // Deleting the one paragraph that holds the word: the search is asked again, and finds nothing;
    // undoing the deletion brings the match back.
    await queue.getByRole("option").click();
    const holder = reutersBody.findIndex((p) => p.toLowerCase().includes(word!.toLowerCase()));
    await page.getByRole("group", { name: "Body" }).getByRole("textbox", { name: `Paragraph ${holder + 1}`, exact: true }).focus();
    const researched = waitForOp(page, "searchItems", async () => {
      await page.keyboard.press("Control+Shift+Backspace");
      await expect(page.locator(".save-state")).toHaveText("All changes saved");
    });
    expect((await researched).data.ids).toEqual([]);
    await expect(page.getByText("0 matches", { exact: true })).toBeVisible();
    await expect(page.getByText("No item matches the filters.")).toBeVisible();
    await waitForOp(page, "searchItems", () => page.keyboard.press("ControlOrMeta+Z"));
    await expect(page.getByText("1 match", { exact: true })).toBeVisible();
    // Chinese, without spaces: four characters from the middle of a paragraph.
    const zh = extracted["009_xinhuanet_zh_elevator_retrofit.txt"]!.fields.body[1]!;
    const middle = zh.slice(Math.floor(zh.length / 2), Math.floor(zh.length / 2) + 4);
    await waitForOp(page, "searchItems", () => search.fill(middle));
    await expect(queue.getByRole("option", { name: new RegExp(escapeRegExp(extracted["009_xinhuanet_zh_elevator_retrofit.txt"]!.fields.title.slice(0, 6))) })).toBeVisible();
    await search.fill("");
    await expect(queue.getByRole("option")).toHaveCount(names.length);
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
