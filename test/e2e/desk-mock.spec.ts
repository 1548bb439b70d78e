// The built renderer against a scripted `window.copydesk` (the Electron transport's shape), served
// from dist/renderer through page.route: checks what real data cannot yet show on demand — spans
// drawn as text highlights, raw HTML never interpreted, confidence and warnings, a failed
// extraction, skipped files and notices, API errors shown, drafts flushed before switching.
import { test, expect } from "@playwright/test";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = path.join(repoRoot, "dist", "renderer");
const ORIGIN = "http://desk.test";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".map": "application/json" };

/** Runs in the page before the app: a fake bridge with three items. */
function installFakeBridge(): void {
  const hex = (c: string) => c.repeat(64);
  const text = [
    "Example Times",
    "",
    'A <b>bold</b> headline <img src=x onerror="window.__xss=1">',
    "",
    "By Jane Doe",
    "",
    "First paragraph here.",
    "",
    "Second paragraph here.",
    "",
  ].join("\n");
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const title = 'A <b>bold</b> headline <img src=x onerror="window.__xss=1">';
  const empty = { title: "", publisher: "", source: "", publishedAt: "", dateline: "", authors: [], editor: "", body: [], related: [], language: "", externalId: "", url: "" };
  const fieldsA = { ...empty, title, publisher: "Example Times", authors: ["Jane Doe"], body: ["First paragraph here.", "Second paragraph here."], language: "en" };
  const extractionA = {
    extractorVersion: "test",
    format: "text",
    encoding: "utf-8",
    fields: fieldsA,
    spans: {
      title: [at(title)],
      publisher: [at("Example Times")],
      authors: [{ ...at("Jane Doe"), index: 0 }],
      body: [{ ...at("First paragraph here."), index: 0 }, { ...at("Second paragraph here."), index: 1 }],
    },
    confidence: { title: 0.4, body: 0.9 },
    warnings: [{ field: "title", message: "The title holds markup." }, { message: "The page was printed twice." }],
  };
  const summary = (id: string, file: string, t: string, extra: object = {}) => ({
    id, file, status: "pending", title: t, publisher: "Example Times", publishedAt: "2024-05-01", warningCount: 2, minConfidence: 0.4, missing: false, ...extra,
  });
  const state: Record<string, any> = {
    [hex("a")]: { ...summary(hex("a"), "a.txt", title), format: "text", encoding: "utf-8", text, extraction: extractionA, corrections: {}, fields: fieldsA },
    [hex("b")]: {
      ...summary(hex("b"), "b.txt", "", { error: "the file is empty", warningCount: 0, publisher: "", publishedAt: "" }),
      format: "text", encoding: "utf-8", text: "",
      extraction: { extractorVersion: "test", format: "text", encoding: "utf-8", fields: empty, spans: {}, confidence: {}, warnings: [], error: "the file is empty" },
      corrections: {}, fields: empty,
    },
    [hex("c")]: summary(hex("c"), "c.txt", "Gone"),
  };
  const calls: { op: string; request: any }[] = [];
  (globalThis as any).__calls = calls;
  const ok = (data: unknown) => Promise.resolve({ ok: true, data: JSON.parse(JSON.stringify(data)) });
  const fail = (code: string, message: string) => Promise.resolve({ ok: false, error: { code, message } });
  const detail = (id: string) => {
    const item = state[id];
    item.fields = { ...item.extraction.fields, ...item.corrections };
    return item;
  };
  const bridge: Record<string, (request: any) => Promise<unknown>> = {
    getSession: () =>
      ok({
        folderName: "fake", folder: "/fake", dbPath: "/fake/review.json", reviewer: "t",
        counts: { total: 3, pending: 3, draft: 0, approved: 0, rejected: 0 },
        skipped: [{ file: "photo.jpg", reason: "not a scrape (.jpg is not supported)" }],
        notices: ["The review database was damaged and moved aside."],
      }),
    openFolder: () => fail("unsupported", "no dialogs in this test"),
    listItems: () => ok({ items: Object.values(state).map(({ id, file, status, title, publisher, publishedAt, warningCount, minConfidence, missing, error }) => ({ id, file, status, title, publisher, publishedAt, warningCount, minConfidence, missing, error })) }),
    getItem: ({ id }) => (id === hex("c") ? fail("not-found", "That file is no longer in the folder.") : ok(detail(id))),
    saveDraft: async ({ id, corrections }) => {
      // A save that never comes back, as when the window closes or the server is gone.
      if ((globalThis as any).__stallSaves) await new Promise(() => {});
      state[id].corrections = corrections;
      state[id].status = Object.keys(corrections).length ? "draft" : "pending";
      return ok(detail(id));
    },
    approve: ({ id, corrections }) => {
      if (corrections) state[id].corrections = corrections;
      state[id].status = "approved";
      return ok(detail(id));
    },
    reject: ({ id, reason }) => {
      state[id].status = "rejected";
      state[id].rejectReason = reason;
      return ok(detail(id));
    },
    exportApproved: () => ok({ count: 1, path: "/fake/out.jsonl", bytes: 10 }),
  };
  const wrapped = Object.fromEntries(Object.entries(bridge).map(([op, fn]) => [op, (request: any) => { calls.push({ op, request }); return fn(request); }]));
  (globalThis as any).copydesk = Object.freeze(wrapped);
}

test.beforeEach(async ({ page }) => {
  test.skip(!existsSync(path.join(dist, "index.html")), "the renderer is not built (npm run build)");
  await page.route(`${ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || "index.html";
    const file = path.join(dist, name);
    if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
    await route.fulfill({ status: 200, contentType: TYPES[path.extname(name)] ?? "application/octet-stream", body: await readFile(file) });
  });
  await page.addInitScript(installFakeBridge);
});

test("raw scrape: spans drawn as text, markup never interpreted, highlight links both ways", async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/index.html`);
  const raw = page.getByRole("region", { name: "Raw scrape" });
  await expect(raw).toContainText('A <b>bold</b> headline <img src=x onerror="window.__xss=1">');
  await expect(raw.locator("img, b")).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();

  // Focusing a field makes its spans the active highlight.
  await page.getByLabel("Title", { exact: true }).focus();
  await expect(raw.locator("mark.hl-title.active")).toHaveText('A <b>bold</b> headline <img src=x onerror="window.__xss=1">');
  // The focused paragraph is the active one.
  const body = page.getByRole("group", { name: "Body" });
  await body.getByRole("textbox", { name: "Paragraph 2" }).focus();
  await expect(raw.locator("mark.hl-body.active")).toHaveText("Second paragraph here.");
  // Clicking a highlight focuses its field (for a list, its entry).
  await raw.locator("mark.hl-body").first().click();
  await expect(body.getByRole("textbox", { name: "Paragraph 1" })).toBeFocused();
  await raw.locator("mark.hl-authors").click();
  await expect(page.getByRole("group", { name: "Authors" }).getByRole("textbox", { name: "Author 1" })).toBeFocused();
  await expect(raw.locator("mark.hl-authors.active")).toHaveText("Jane Doe");

  // Confidence and warnings, per field and for the item.
  const titleField = page.locator('.field[data-field="title"]');
  await expect(titleField).toContainText("40%");
  await expect(titleField).toContainText("The title holds markup.");
  await expect(page.getByText("The page was printed twice.")).toBeVisible();
  // Session notices and skipped files with reasons.
  await expect(page.getByText("The review database was damaged and moved aside.")).toBeVisible();
  await page.getByText("1 file skipped").click();
  await expect(page.getByText("not a scrape (.jpg is not supported)")).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("A bold headline");
  await page.screenshot({ path: testInfo.outputPath("highlights.png") });

  // Guideline checks beside the field.
  const published = page.getByLabel("Published", { exact: true });
  await published.fill("May 1, 2024");
  await expect(published).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('.field[data-field="publishedAt"]')).toContainText("Use ISO 8601");
  await published.fill("2024-05-01T09:30:00+08:00");
  await expect(published).not.toHaveAttribute("aria-invalid", "true");

  // j / k move through the queue when no text box has focus.
  const queue = page.getByRole("listbox", { name: "Queue" });
  await published.press("Escape");
  await page.keyboard.press("j");
  await expect(queue.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("k");
  await expect(queue.getByRole("option").nth(0)).toHaveAttribute("aria-selected", "true");
  await expect(published).toHaveValue("2024-05-01T09:30:00+08:00");
  expect(errors).toEqual([]);
});

test("drafts: flushed before switching, revert sends the extraction back, errors are shown", async ({ page }) => {
  await page.goto(`${ORIGIN}/index.html`);
  const queue = page.getByRole("listbox", { name: "Queue" });
  await expect(queue.getByRole("option")).toHaveCount(3);
  const titleBox = page.getByLabel("Title", { exact: true });
  await expect(titleBox).toHaveValue(/bold/);

  // Type and switch at once: the draft is saved before the next item loads.
  await titleBox.fill("Plain headline");
  await titleBox.press("Alt+ArrowDown");
  await expect(page.locator(".fields .problem")).toHaveText("Extraction failed: the file is empty");
  const calls = (await page.evaluate(() => (globalThis as any).__calls)) as { op: string; request: any }[];
  const save = calls.findIndex((c) => c.op === "saveDraft" && c.request.corrections.title === "Plain headline");
  const load = calls.findIndex((c, i) => i > save && c.op === "getItem" && c.request.id === "b".repeat(64));
  expect(save).toBeGreaterThanOrEqual(0);
  expect(load).toBeGreaterThan(save);

  // An API error reaches the person.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("alert")).toContainText("Loading the item failed: That file is no longer in the folder.");

  // Back on the first item: the draft is there; Revert restores the extraction and saves {}.
  await queue.getByRole("option").first().click();
  await expect(titleBox).toHaveValue("Plain headline");
  const titleField = page.locator('.field[data-field="title"]');
  await titleField.getByRole("button", { name: "Revert" }).click();
  await expect(titleBox).toHaveValue(/bold/);
  await expect.poll(async () => {
    const all = (await page.evaluate(() => (globalThis as any).__calls)) as { op: string; request: any }[];
    const last = all.filter((c) => c.op === "saveDraft").pop();
    return last ? JSON.stringify(last.request.corrections) : null;
  }).toBe("{}");

  // Lists: a new author entry (Enter at the end of one) becomes an array correction; approve sends it.
  const author = page.getByRole("group", { name: "Authors" }).getByRole("textbox", { name: "Author 1" });
  await author.press("End");
  await author.press("Enter");
  await page.keyboard.type("John Roe");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(queue.getByRole("option").first()).toContainText("approved");
  const approve = ((await page.evaluate(() => (globalThis as any).__calls)) as { op: string; request: any }[]).find((c) => c.op === "approve");
  expect(approve?.request.corrections).toEqual({ authors: ["Jane Doe", "John Roe"] });

  // Filter the queue by status.
  await page.getByLabel("Show").selectOption({ label: "Approved" });
  await expect(queue.getByRole("option")).toHaveCount(1);
  await page.getByLabel("Show").selectOption({ label: "Waiting (pending or draft)" });
  await expect(queue.getByRole("option")).toHaveCount(2);
  await page.getByLabel("Show").selectOption({ label: "All items" });
  await expect(queue.getByRole("option")).toHaveCount(3);
});

test("an edit the store never acknowledged is restored on the next start", async ({ page }) => {
  await page.goto(`${ORIGIN}/index.html`);
  const titleBox = page.getByLabel("Title", { exact: true });
  await expect(titleBox).toHaveValue(/bold/);
  await page.evaluate(() => ((globalThis as any).__stallSaves = true));
  await titleBox.fill("Typed just before the window closed");
  await page.waitForTimeout(500); // the debounced save has started and hangs
  await page.reload();
  await expect(page.getByRole("status")).toContainText("Restored unsaved edits of 1 item from the last session.");
  await expect(titleBox).toHaveValue("Typed just before the window closed");
  // Acknowledged now: nothing is offered twice.
  await page.reload();
  await expect(titleBox).toHaveValue(/bold/); // the fake store starts fresh on every load
  await expect(page.getByRole("status")).not.toContainText("Restored");
});
