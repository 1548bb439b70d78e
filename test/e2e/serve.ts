// Shared by the end-to-end tests: start and stop `copydesk serve`, wait for an API call, make a
// temp folder of scrapes from the repo's samples (a user's clone has no ../shared handbook).
import type { Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const samples = path.join(repoRoot, "samples", "scrapes");

/** A temp folder with copies of the named sample scrapes, and a temp folder for the database. */
export async function sampleFolder(names: string[]): Promise<{ folder: string; dbPath: string; dbDir: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), "copydesk-e2e-scrapes-"));
  const dbDir = await mkdtemp(path.join(tmpdir(), "copydesk-e2e-db-"));
  for (const name of names) await copyFile(path.join(samples, name), path.join(folder, name));
  return { folder, dbDir, dbPath: path.join(dbDir, "review.json") };
}

export interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `copydesk serve` and resolves with the URL it prints. */
export async function startServe(folder: string, dbPath: string): Promise<Server> {
  const cli = path.join(repoRoot, "bin", "copydesk.js");
  if (!existsSync(path.join(repoRoot, "dist", "electron", "cli.js")) || !existsSync(path.join(repoRoot, "dist", "renderer", "index.html"))) {
    throw new Error("Copydesk is not built: run `npm run build` before the end-to-end tests.");
  }
  const child = spawn(process.execPath, [cli, "serve", folder, "--db", dbPath, "--port", "0", "--reviewer", "e2e"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
  const output = () => `stdout:\n${out}\nstderr:\n${err}`;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`copydesk serve printed no URL within 30 s\n${output()}`)), 30_000);
    const check = () => {
      const match = /Copydesk is serving .+ at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`copydesk serve exited with ${code} before printing its URL\n${output()}`));
    });
  });
  return { url, child, output };
}

export async function stopServe(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function waitForOp(page: Page, op: string, action: () => Promise<unknown>): Promise<{ ok: boolean; data?: any; error?: any }> {
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/${op}` && r.request().method() === "POST");
  await action();
  return (await response).json();
}

