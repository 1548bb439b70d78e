// Issue 7: scraped pages are hostile content opened on an editor's own computer. Scrapes holding
// <script>, <img onerror>, javascript: links, <iframe>s, remote images and stylesheets, and bidi
// control characters go through the real `copydesk serve` into the desk, and are shown inert:
// no script of theirs runs (a `window.__pwned` flag is never set, no dialog opens), no request
// leaves the page for any origin but the server's own, no markup becomes elements, and bidi
// controls are shown as visible markers (`.ctl`, with the code point) instead of being applied.
import { test, expect } from "@playwright/test";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServe, stopServe, type Server } from "./serve.js";

const RLO = "\u202E";
const PDF = "\u202C";
const LRI = "\u2066";
const PDI = "\u2069";
const PWN = "window.__pwned=1";

const payloads = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<a href="javascript:${PWN}">read more</a>`,
  `<iframe src="https://evil.example/frame" onload="${PWN}"></iframe>`,
  `<svg onload="${PWN}"></svg>`,
  `<img src="https://evil.example/pixel.png">`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<style>@import url(https://evil.example/i.css); body{background:url(https://evil.example/bg.png)}</style>`,
];

const TEXT_SCRAPE = [
  "The Hostile Herald",
  "",
  `Invoice ${RLO}fdp.exe${PDF} is safe to open, officials say`,
  "",
  "2024-03-01",
  "",
  "By Mallory Example",
  "",
  ...payloads.flatMap((p) => [`Readers saw ${p} in the page.`, ""]),
  `An isolate ${LRI}abc${PDI} and an override ${RLO}olleh${PDF} in the body.`,
  "",
  `[javascript:${PWN}](javascript:${PWN})`,
  "",
].join("\n");

const HTML_SCRAPE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbor council ${RLO}lanif${PDF} vote | The Hostile Gazette</title>
<meta property="og:title" content="Harbor council vote goes ahead">
<meta property="og:site_name" content="The Hostile Gazette">
<meta property="article:published_time" content="2024-03-02T10:00:00+00:00">
<link rel="canonical" href="javascript:${PWN}">
<link rel="stylesheet" href="https://evil.example/site.css">
<script>${PWN}</script>
<script src="https://evil.example/tracker.js"></script>
</head><body>
<article>
<h1>Harbor council ${RLO}lanif${PDF} vote goes ahead</h1>
<p class="byline">By <a href="javascript:${PWN}">Eve Example</a></p>
<p>The council met on Tuesday <img src="x" onerror="${PWN}"> and voted on the harbor plan after a long debate about fees.</p>
<p>Members read a letter <iframe src="https://evil.example/frame"></iframe> from residents asking for more time to respond to the plan.</p>
<p>Text with markup shown literally: &lt;script&gt;${PWN}&lt;/script&gt; and &lt;img src=x onerror=${PWN}&gt; stay text.</p>
<p>The vote passed seven to two, and the new fees start in June according to the harbor master's office.</p>
<p><a href="javascript:${PWN}">Click here</a> to read <a href="https://evil.example/more">more</a>.</p>
</article>
<img src="https://evil.example/pixel.gif">
</body></html>
`;

const JSON_SCRAPE = JSON.stringify({
  url: `javascript:${PWN}`,
  crawled_at: "2024-03-03T10:00:00",
  status: 200,
  title: `<img src=x onerror="${PWN}"> Port fees ${RLO}desiar${PDF} again`,
  html: `<html><head><title>Port fees raised again</title><script>${PWN}</script></head><body><article><h1>Port fees <script>${PWN}</script>raised again</h1><p>The port authority raised fees again on Monday, <img src=x onerror="${PWN}"> the third rise this year, citing costs.</p><p>Shippers said the rise <iframe src="https://evil.example/"></iframe> would be passed on to customers within weeks of the change.</p></article></body></html>`,
});

test("hostile scrapes are shown inert: no script runs, nothing leaves the origin, bidi controls are visible markers", async ({ page }, testInfo) => {
  const folder = await mkdtemp(path.join(tmpdir(), "copydesk-hostile-"));
  const dbDir = await mkdtemp(path.join(tmpdir(), "copydesk-hostile-db-"));
  await writeFile(path.join(folder, "a_hostile.txt"), TEXT_SCRAPE);
  await writeFile(path.join(folder, "b_hostile.html"), HTML_SCRAPE);
  await writeFile(path.join(folder, "c_hostile.json"), JSON_SCRAPE);
  await writeFile(path.join(folder, `d_${RLO}txt.exe`), "not a scrape");

  const dialogs: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("popup", (p) => dialogs.push(`popup ${p.url()}`));

  let server: Server | undefined;
  try {
    server = await startServe(folder, path.join(dbDir, "review.json"));
    const origin = new URL(server.url).origin;
    await page.goto(server.url);
    const queue = page.getByRole("listbox", { name: "Queue" });
    await expect(queue.getByRole("option")).toHaveCount(3);
    const raw = page.getByRole("region", { name: "Raw scrape" });
    const pwned = () => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);

    for (let i = 0; i < 3; i++) {
      await queue.getByRole("option").nth(i).click();
      await expect(queue.getByRole("option").nth(i)).toHaveAttribute("aria-selected", "true");
      await expect(raw.locator(".raw-text")).toBeVisible();
      // Markup in the scrape is text, never elements (on the sheet shown and on the one laid out ahead).
      await expect(raw.locator(".raw-sheet").first()).toBeAttached();
      await expect(raw.locator(".raw-sheet").locator("script, img, iframe, a, svg, link, style, object, embed")).toHaveCount(0);
      await expect(page.locator(".fields").locator("script, img, iframe, a, svg, object, embed")).toHaveCount(0);
      // Touch everything an editor would: every highlight (which focuses its field), and the fill menu.
      const marks = raw.locator(".raw-text mark");
      const n = Math.min(await marks.count(), 12);
      for (let m = 0; m < n; m++) await marks.nth(m).click();
      const line = raw.locator(".raw-text .line").nth(Math.min(2, (await raw.locator(".raw-text .line").count()) - 1));
      await line.click({ clickCount: 3 });
      await line.click({ button: "right" });
      const menu = page.getByRole("menu", { name: "Put the selection into a field" });
      if (await menu.isVisible()) await page.keyboard.press("Escape");
      expect(await pwned(), `no script ran (item ${i + 1})`).toBeUndefined();
      await page.screenshot({ path: testInfo.outputPath(`hostile-${i + 1}.png`) });
    }

    // The plain-text scrape: payloads shown literally; bidi controls replaced by markers.
    await queue.getByRole("option").nth(0).click();
    await expect(raw).toContainText(`Readers saw <script>${PWN}</script> in the page.`);
    await expect(raw).toContainText(`Readers saw <img src=x onerror="${PWN}"> in the page.`);
    await expect(raw).toContainText(`<iframe src="https://evil.example/frame"`);
    const rawText = (await raw.locator(".raw-text").textContent()) ?? "";
    expect(rawText, "no bidi control reaches the rendered raw text").not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    await expect(raw.locator('.raw-text .ctl[data-cp="202E"]').first()).toBeVisible();
    await expect(raw.locator('.raw-text .ctl[data-cp="2066"]')).toHaveCount(1);
    await expect(raw.locator('.raw-text .ctl[data-cp="202E"]').first()).toHaveAttribute("title", /U\+202E RIGHT-TO-LEFT OVERRIDE/);
    // The markers read in logical order, as stored: "Invoice ⟨RLO⟩fdp.exe⟨PDF⟩ …", never "…exe.pdf".
    await expect(raw.locator(".raw-text .line").nth(2)).toHaveText("Invoice fdp.exe is safe to open, officials say");
    // The same goes for the queue: titles are shown with markers, not applied.
    const queueText = (await queue.textContent()) ?? "";
    expect(queueText).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await expect(queue.locator('.ctl[data-cp="202E"]').first()).toBeVisible();
    // A field holding a bidi control is flagged (approving it needs the override).
    const title = page.getByLabel("Title", { exact: true });
    if (/[\u202A-\u202E]/.test(await title.inputValue())) {
      await expect(title).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator('.field[data-field="title"]')).toContainText("bidi control characters");
    }
    // Filling a field from a selection drops bidi controls: select line 3, Alt+1.
    await raw.locator(".raw-scroll").focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Alt+1");
    await expect(title).toHaveValue("Invoice fdp.exe is safe to open, officials say");
    await expect(title).not.toHaveAttribute("aria-invalid", "true");

    // A javascript: URL is a field value with a problem, never a link.
    await queue.getByRole("option").nth(2).click();
    const url = page.getByLabel("URL", { exact: true });
    if ((await url.inputValue()).startsWith("javascript:")) await expect(url).toHaveAttribute("aria-invalid", "true");

    // Approving a hostile record from the keyboard still runs nothing.
    await page.getByLabel("Language", { exact: true }).focus();
    await page.keyboard.press("Control+Enter");
    const override = page.getByRole("dialog", { name: "Approve with problems?" });
    if (await override.isVisible()) await override.getByRole("button", { name: "Approve anyway" }).click();

    expect(await pwned(), "no script from a scrape ran").toBeUndefined();
    expect(dialogs, "no alert, confirm, prompt or popup").toEqual([]);
    const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith("data:"));
    expect(foreign, "no request left the page except to the server's own origin").toEqual([]);
    expect(errors).toEqual([]);
    await testInfo.attach("requests", { body: requests.join("\n"), contentType: "text/plain" });
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});
