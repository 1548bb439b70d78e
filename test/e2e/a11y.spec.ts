// Accessibility: axe-core on the main screen (queue, raw scrape with highlights, fields with a
// correction, a problem and a warning) in the light and the dark theme, and on the shortcuts
// dialog and the fill menu; no serious or critical violation allowed. Screenshots of the main
// screen in both themes are kept as test output.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { rm } from "node:fs/promises";
import { sampleFolder, startServe, stopServe, type Server } from "./serve.js";

const FILES = ["000_de0f63e2a1ef871e.txt", "002_xinhua_2017_kenya_solar.txt", "005_reuters_rail_near_miss.txt", "008_harborledger_ferry_fares.html", "010_prairiesentinel_snow_fences.json"];

async function seriousViolations(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${what}: [${v.impact}] ${v.id} — ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n  ")}`);
}

test("axe: no serious or critical violations on the main screen, light and dark", async ({ page }, testInfo) => {
  const { folder, dbDir, dbPath } = await sampleFolder(FILES);
  let server: Server | undefined;
  try {
    server = await startServe(folder, dbPath);
    await page.goto(server.url);
    const queue = page.getByRole("listbox", { name: "Queue" });
    await queue.getByRole("option", { name: /ASEAN/ }).click();
    const raw = page.getByRole("region", { name: "Raw scrape" });
    await expect(raw).toContainText("BEIJING, Oct. 21");
    // A corrected field (extracted value + Revert), a field with a problem, and the title's spans active.
    await page.getByLabel("Editor", { exact: true }).fill("Song Miou (desk)");
    await page.getByLabel("Published", { exact: true }).fill("Oct 21, 2015");
    await expect(page.locator(".save-state")).toHaveText("All changes saved");
    await page.getByLabel("Title", { exact: true }).focus();

    const found: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.waitForTimeout(100);
      found.push(...(await seriousViolations(page, `main screen (${scheme})`)));
      await page.screenshot({ path: testInfo.outputPath(`review-desk-${scheme}.png`) });
    }

    // The fill menu (select a line in the raw pane, Shift+F10) and the shortcuts dialog.
    await page.emulateMedia({ colorScheme: "light" });
    await raw.locator(".raw-scroll").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Shift+F10");
    await expect(page.getByRole("menu")).toBeVisible();
    found.push(...(await seriousViolations(page, "fill menu")));
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    found.push(...(await seriousViolations(page, "shortcuts dialog")));
    await page.keyboard.press("Escape");

    expect(found, found.join("\n")).toEqual([]);
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});
