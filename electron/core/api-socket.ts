// The preview server's API over one WebSocket per page: the same router and the same checks as
// POST /api/<op>, without a new HTTP request per call. In Chromium a fetch to the loopback server
// costs some 4-8 ms of round trip on this kind of machine, a message on an open socket 1-2 ms, and
// a keystroke's save waits for one (issue #4: key -> saved p95 < 30 ms).
//
// Messages: the page sends {id, op, payload}; the server answers {id, result} with the router's
// Result, in whatever order the calls finish (the page matches them by id).
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { API_SOCKET_PATH, API_SOCKET_PROTOCOL } from "../../shared/api-ops.js";
import type { Router } from "./router.js";
import { checkHttpCaller, type HttpTrust } from "./trust.js";

// The token travels as a second subprotocol, `token.<token>` (a page cannot set headers on a WebSocket).
const TOKEN_PREFIX = "token.";

export interface ApiSocketMessage {
  id: number;
  op: string;
  payload?: unknown;
}

export function createApiSockets(options: { router: Router; trust: HttpTrust; maxPayload: number }) {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    handleProtocols: (protocols) => (protocols.has(API_SOCKET_PROTOCOL) ? API_SOCKET_PROTOCOL : false),
  });

  sockets.on("connection", (socket: WebSocket) => {
    socket.on("message", (data, isBinary) => {
      void answer(socket, isBinary ? null : String(data));
    });
  });

  async function answer(socket: WebSocket, text: string | null): Promise<void> {
    const message = parse(text);
    if (!message) {
      socket.send(JSON.stringify({ id: null, result: { ok: false, error: { code: "bad-request", message: "A socket message is {id, op, payload} in JSON text." } } }));
      return;
    }
    const result = await options.router(message.op, message.payload, { trusted: true });
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id: message.id, result }));
  }

  return {
    /** Takes over an HTTP upgrade request: the socket path, Host, Origin and token are checked as for POST /api/<op>. */
    upgrade(req: IncomingMessage, stream: Duplex, head: Buffer): void {
      const url = new URL(req.url ?? "/", "http://placeholder");
      const offered = String(req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());
      const token = offered.find((p) => p.startsWith(TOKEN_PREFIX))?.slice(TOKEN_PREFIX.length);
      const refusal =
        url.pathname !== API_SOCKET_PATH
          ? "no socket here"
          : checkHttpCaller({ host: req.headers.host, origin: req.headers.origin, authorization: token ? `Bearer ${token}` : undefined }, options.trust, true);
      if (refusal) {
        stream.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nRefused: ${refusal}.`);
        return;
      }
      sockets.handleUpgrade(req, stream, head, (socket) => sockets.emit("connection", socket, req));
    },
    /** Closes every socket (the page falls back to HTTP, which the closing server refuses too). */
    close(): void {
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
    },
  };
}

function parse(text: string | null): ApiSocketMessage | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ApiSocketMessage>;
    if (typeof value !== "object" || value === null || !Number.isSafeInteger(value.id) || typeof value.op !== "string") return null;
    return { id: value.id!, op: value.op, payload: value.payload ?? {} };
  } catch {
    return null;
  }
}
