// The loopback HTTP transport: serves the built renderer, and POST /api/<op> and a WebSocket
// (api-socket.ts) to the same router as IPC. Binds 127.0.0.1 only and requires a per-run secret token.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import type { ErrorCode } from "../../shared/api.js";
import type { Router } from "./router.js";
import { createApiSockets } from "./api-socket.js";
import { findAsset, loadRendererAssets } from "./renderer-assets.js";
import { checkHttpCaller, type HttpTrust } from "./trust.js";
import { CONTENT_SECURITY_POLICY } from "./window-policy.js";


const STATUS_OF_ERROR: Record<ErrorCode, number> = { "bad-request": 400, "untrusted-sender": 403, "not-found": 404, unsupported: 409, failed: 500 };
const MAX_BODY_BYTES = 8 * 1024 * 1024;
export interface PreviewServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startPreviewServer(options: { router: Router; staticDir: string; port?: number }): Promise<PreviewServer> {
  const assets = await loadRendererAssets(options.staticDir);
  const trust: HttpTrust = { token: randomBytes(24).toString("base64url"), hosts: [] };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => send(res, 500, "text/plain; charset=utf-8", `Internal error: ${error.message}`));
  });
  const sockets = createApiSockets({ router: options.router, trust, maxPayload: MAX_BODY_BYTES });
  server.on("upgrade", sockets.upgrade);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://placeholder");
    const isApi = url.pathname.startsWith("/api/");
    const refusal = checkHttpCaller(
      { host: req.headers.host, origin: req.headers.origin, authorization: req.headers.authorization },
      trust,
      isApi,
    );
    if (refusal) {
      if (isApi) return sendJson(res, 403, { ok: false, error: { code: "untrusted-sender", message: `Refused: ${refusal}.` } });
      return send(res, 403, "text/plain; charset=utf-8", `Refused: ${refusal}.`);
    }
    if (isApi) {
      if (req.method !== "POST") return sendJson(res, 405, { ok: false, error: { code: "bad-request", message: "Use POST for API calls." } });
      let payload: unknown;
      try {
        payload = JSON.parse((await readBody(req)) || "{}");
      } catch (error) {
        return sendJson(res, 400, { ok: false, error: { code: "bad-request", message: `The request body is not JSON: ${(error as Error).message}` } });
      }
      const result = await options.router(url.pathname.slice("/api/".length), payload, { trusted: true });
      return sendJson(res, result.ok ? 200 : STATUS_OF_ERROR[result.error.code], result);
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "Method not allowed.");
    // Only files that were in the built renderer at start-up are served: no path from the URL reaches the disk.
    const asset = findAsset(assets, url.pathname);
    if (!asset) return send(res, 404, "text/plain; charset=utf-8", "Not found.");
    return send(res, 200, asset.type, await readFile(asset.file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  trust.hosts.push(`127.0.0.1:${port}`, `localhost:${port}`);
  return {
    url: `http://127.0.0.1:${port}/#token=${trust.token}`,
    token: trust.token,
    port,
    close: () => new Promise((resolve) => { sockets.close(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("the request is too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cache-Control", "no-store");
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  securityHeaders(res);
  res.writeHead(status, { "Content-Type": type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
