// Shared by the end-to-end tests: start and stop `copydesk serve`, wait for an API call, make a
// temp folder of scrapes from the repo's samples (a user's clone has no ../shared handbook).
import type { Page } from "@playwright/test";
import { API_SOCKET_PATH } from "../../shared/api-ops.js";
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

/** Resolves once the served folder is open (serve answers while it opens, and prints its counts after). */
export async function serveOpened(server: Server, timeoutMs = 600_000): Promise<void> {
  const opened = () => /^ {2}\d+ items \(/m.test(server.output());
  const started = Date.now();
  while (!opened()) {
    if (server.child.exitCode !== null) throw new Error(`copydesk serve exited with ${server.child.exitCode} while opening the folder\n${server.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`copydesk serve did not open the folder within ${timeoutMs / 1000} s\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopServe(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

type FrameListener = (direction: "sent" | "received", payload: string) => void;
const apiListeners = new WeakMap<Page, Set<FrameListener>>();
/** Per page, the operations called over the socket and over HTTP (POST /api/<op>), in order. */
const apiTraffic = new WeakMap<Page, { socket: string[]; http: string[] }>();

export function apiCalls(page: Page): { socket: string[]; http: string[] } {
  return apiTraffic.get(page) ?? { socket: [], http: [] };
}

/**
 * Watches the page's API socket (the desk calls the server over a WebSocket), so that waitForOp
 * sees the calls made over it. The `test` of ./fixtures.ts does this for every page.
 */
export function watchApi(page: Page): void {
  if (apiListeners.has(page)) return;
  const listeners = new Set<FrameListener>();
  apiListeners.set(page, listeners);
  const traffic = { socket: [] as string[], http: [] as string[] };
  apiTraffic.set(page, traffic);
  listeners.add((direction, payload) => {
    if (direction === "sent") traffic.socket.push(String((JSON.parse(payload) as { op?: string }).op));
  });
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === "POST" && path.startsWith("/api/")) traffic.http.push(path.slice("/api/".length));
  });
  page.on("websocket", (socket) => {
    if (new URL(socket.url()).pathname !== API_SOCKET_PATH) return;
    socket.on("framesent", (frame) => listeners.forEach((l) => l("sent", String(frame.payload))));
    socket.on("framereceived", (frame) => listeners.forEach((l) => l("received", String(frame.payload))));
  });
}

/** Runs the action and resolves with the answer to the next call of `op` it makes, over the socket or over HTTP. */
export async function waitForOp(page: Page, op: string, action: () => Promise<unknown>): Promise<{ ok: boolean; data?: any; error?: any }> {
  const listeners = apiListeners.get(page);
  if (!listeners) throw new Error("waitForOp needs watchApi(page) before the page is opened (use the test of ./fixtures.ts)");
  let stop = () => {};
  const overSocket = new Promise<{ ok: boolean; data?: any; error?: any }>((resolve) => {
    let id: number | null = null;
    const listener: FrameListener = (direction, payload) => {
      const message = JSON.parse(payload) as { id?: number; op?: string; result?: any };
      if (direction === "sent" && id === null && message.op === op) id = message.id ?? null;
      else if (direction === "received" && id !== null && message.id === id) {
        listeners.delete(listener);
        resolve(message.result);
      }
    };
    listeners.add(listener);
    stop = () => listeners.delete(listener);
  });
  const overHttp = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/${op}` && r.request().method() === "POST").then((r) => r.json());
  overHttp.catch(() => {}); // the page closes with it still waiting when the socket answered
  await action();
  try {
    return await Promise.race([overSocket, overHttp]);
  } finally {
    stop();
  }
}

