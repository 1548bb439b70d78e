// A large folder opened for the first time: every file is extracted before the queue can be
// shown (several seconds at thousands of files). The page must say how far the reading has got,
// not just "Loading…", and then show the queue.
import { test, expect } from "@playwright/test";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { sampleFolder, samples, startServe, stopServe, type Server } from "./serve.js";

const FILES = 3000;

test("a first opening of a large folder shows files read of the total, then the queue", async ({ page }) => {
  const { folder, dbDir, dbPath } = await sampleFolder([]);
  const names = (await readdir(samples)).filter((n) => n.endsWith(".txt"));
  const texts = await Promise.all(names.map((n) => readFile(path.join(samples, n), "utf8")));
  // Each file differs (a tracking line of its own), so none is read as a copy of another.
  for (let i = 0; i < FILES; i++) await writeFile(path.join(folder, `${String(i).padStart(5, "0")}.txt`), `${texts[i % texts.length]}\ntracking ${i}\n`);
  let server: Server | undefined;
  try {
    server = await startServe(folder, dbPath);
    await page.goto(server.url);
    await expect(page.getByText(/Reading the folder: [\d,]+ of 3,000 files/)).toBeVisible();
    const bar = page.getByRole("progressbar", { name: "Files read" });
    await expect(bar).toHaveAttribute("max", String(FILES));
    const queue = page.getByRole("listbox", { name: "Queue" });
    await expect(queue.getByRole("option").first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/Reading the folder/)).toHaveCount(0);
    await expect(page.getByText(/0 \/ 3000 reviewed/)).toBeVisible();
  } finally {
    await stopServe(server);
    await rm(folder, { recursive: true, force: true });
    await rm(dbDir, { recursive: true, force: true });
  }
});
