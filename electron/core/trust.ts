// Who may call the API. Pure checks, shared by the IPC glue and the preview server.
import { timingSafeEqual } from "node:crypto";

/** IPC: only the app's own page, loaded from its own files, may call. */
export function isTrustedFrameUrl(frameUrl: string | undefined, appIndexUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appIndexUrl);
    return frame.protocol === app.protocol && frame.host === app.host && frame.pathname === app.pathname;
  } catch {
    return false;
  }
}

export interface HttpTrust {
  token: string;
  /** host:port forms this server answers to, e.g. 127.0.0.1:4312 and localhost:4312. */
  hosts: string[];
}

/** HTTP: the per-run token, and Host/Origin naming this server (no DNS rebinding, no other sites). */
export function checkHttpCaller(headers: { host?: string; origin?: string; authorization?: string }, trust: HttpTrust, needsToken: boolean): string | null {
  if (!headers.host || !trust.hosts.includes(headers.host.toLowerCase())) return "the Host header does not name this server";
  if (headers.origin !== undefined && !trust.hosts.some((host) => headers.origin === `http://${host}`)) return "the request comes from another site";
  if (!needsToken) return null;
  const given = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(given), b = Buffer.from(trust.token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return "the access token is missing or wrong";
  return null;
}
