// The only module that talks to the Copydesk API. Two transports, one interface (`CopydeskApi`):
// - in the Electron app, the preload's `window.copydesk` (one method per operation, over IPC);
// - in the browser preview (`copydesk serve`), a WebSocket to the loopback server (api-socket.ts),
//   else `POST /api/<op>`, with the per-run token that arrived in the URL fragment (`#token=…`).
// With `copydesk.timing` set to 1 in sessionStorage (DevTools, bench:ui), each call is timed as a
// User Timing measure `api <op>`; not otherwise, as the timeline would grow all day.
// Whatever goes wrong comes back as a `Result` error a person can read; nothing here throws.
import type { CopydeskApi, Result } from "../../shared/api.js";
import { API_OPS, type ApiOp } from "../../shared/api-ops.js";
import { ApiSocket } from "./api-socket.js";

declare global {
  interface Window {
    copydesk?: CopydeskApi;
  }
}

const TOKEN_KEY = "copydesk.token";

export type Transport = "electron" | "http" | "none";

/** Reads `#token=…` once, keeps it for this tab in sessionStorage and removes it from the visible URL. */
export function takeTokenFromUrl(): string | null {
  const hash = window.location.hash.replace(/^#/, "");
  const fromHash = new URLSearchParams(hash).get("token");
  if (fromHash) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token then lives only in memory for this page.
    }
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function failure(code: "failed" | "untrusted-sender" | "bad-request", message: string): { ok: false; error: { code: typeof code; message: string } } {
  return { ok: false, error: { code, message } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return "data" in v;
  if (v.ok !== false || typeof v.error !== "object" || v.error === null) return false;
  const e = v.error as { message?: unknown; code?: unknown };
  return typeof e.message === "string" && typeof e.code === "string";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function httpClient(token: string): CopydeskApi {
  // The last writes, sent while the tab goes away, are sent with keepalive so that they outlive it.
  // Only those: a keepalive request takes a detour through the browser process, which every
  // keystroke's save would wait for (an edit still unsaved when the tab closes is in DraftBackup).
  // (Added before the desk's own listeners, which flush the saves: these run first.)
  let leaving = false;
  const leave = () => {
    leaving = true;
    window.setTimeout(() => (leaving = false), 1000); // still here: the leave was cancelled
  };
  window.addEventListener("beforeunload", leave);
  window.addEventListener("pagehide", leave);
  const socket = new ApiSocket(token);
  const call = async (op: ApiOp, request: unknown): Promise<Result<unknown>> => {
    const overSocket = leaving ? null : socket.call(op, request ?? {});
    if (!overSocket) return post(op, request);
    const answer = await overSocket;
    return isResult(answer) ? answer : failure("failed", `The Copydesk server answered ${op} with an unexpected message.`);
  };
  const post = async (op: ApiOp, request: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/api/${op}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(request ?? {}),
        keepalive: leaving && (op === "saveDraft" || op === "approve" || op === "reject"),
      });
    } catch (error) {
      return failure("failed", `Could not reach the Copydesk server (${describe(error)}). Is \`copydesk serve\` still running?`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure("failed", `The Copydesk server answered ${op} with HTTP ${response.status} and no readable result.`);
    }
    if (isResult(body)) return body;
    if (response.status === 401 || response.status === 403) {
      return failure("untrusted-sender", "The server refused the access token. Open the desk from the URL `copydesk serve` printed.");
    }
    return failure("failed", `The Copydesk server answered ${op} with HTTP ${response.status} and an unexpected body.`);
  };
  return Object.fromEntries(API_OPS.map((op) => [op, (request: unknown) => timed(op, call(op, request))])) as unknown as CopydeskApi;
}

const TIMING = (() => {
  try {
    return window.sessionStorage.getItem("copydesk.timing") === "1";
  } catch {
    return false;
  }
})();

/** Marks the call's round trip as a User Timing measure, `api <op>`, when timing is on. */
function timed<T>(op: ApiOp, answer: Promise<T>): Promise<T> {
  if (!TIMING) return answer;
  const start = performance.now();
  return answer.finally(() => {
    try {
      performance.measure(`api ${op}`, { start });
    } catch {
      // A full timeline buffer costs the measure, never the call.
    }
  });
}

function electronClient(bridge: CopydeskApi): CopydeskApi {
  const call = async (op: ApiOp, request: unknown): Promise<Result<unknown>> => {
    const method = bridge[op] as ((request: unknown) => Promise<Result<unknown>>) | undefined;
    if (typeof method !== "function") return failure("failed", `This version of the app does not offer ${op}.`);
    try {
      const result = await method(request ?? {});
      return isResult(result) ? result : failure("failed", `The app answered ${op} with an unexpected value.`);
    } catch (error) {
      return failure("failed", `The app could not run ${op}: ${describe(error)}`);
    }
  };
  return Object.fromEntries(API_OPS.map((op) => [op, (request: unknown) => timed(op, call(op, request))])) as unknown as CopydeskApi;
}

function unavailableClient(): CopydeskApi {
  const message =
    "This page has no connection to Copydesk. Open it from the app, or from the URL `copydesk serve <folder>` prints (it carries the access token).";
  return Object.fromEntries(API_OPS.map((op) => [op, async () => failure("untrusted-sender", message)])) as unknown as CopydeskApi;
}

export interface ApiClient {
  api: CopydeskApi;
  transport: Transport;
}

/** Picks the transport once per page load. */
export function createApiClient(): ApiClient {
  if (typeof window.copydesk === "object" && window.copydesk !== null) {
    return { api: electronClient(window.copydesk), transport: "electron" };
  }
  const token = takeTokenFromUrl();
  if (token && window.location.protocol.startsWith("http")) return { api: httpClient(token), transport: "http" };
  return { api: unavailableClient(), transport: "none" };
}
