// The browser preview's fast path to the API: one WebSocket to `copydesk serve`, calls matched to
// answers by id (see electron/core/api-socket.ts). Until the socket is open, after it closes, and
// while the tab goes away, the HTTP client's fetch carries the calls instead; a closed socket is
// opened again at the next call, at most once a second.
import type { Result } from "../../shared/api.js";
import { API_SOCKET_PATH, API_SOCKET_PROTOCOL, type ApiOp } from "../../shared/api-ops.js";

const RETRY_MS = 1000;

type Pending = (result: Result<unknown>) => void;

export class ApiSocket {
  private socket: WebSocket | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private lastAttempt = 0;

  constructor(private readonly token: string) {
    this.connect();
  }

  /** Sends the call over the socket; null when the socket is not open (the caller uses HTTP). */
  call(op: ApiOp, payload: unknown): Promise<Result<unknown>> | null {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      if (!socket && Date.now() - this.lastAttempt >= RETRY_MS) this.connect();
      return null;
    }
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      socket.send(JSON.stringify({ id, op, payload }));
    });
  }

  private connect(): void {
    this.lastAttempt = Date.now();
    let socket: WebSocket;
    try {
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      socket = new WebSocket(`${scheme}//${window.location.host}${API_SOCKET_PATH}`, [API_SOCKET_PROTOCOL, `token.${this.token}`]);
    } catch {
      return; // HTTP carries the calls
    }
    this.socket = socket;
    socket.onmessage = (event) => {
      let answer: { id?: unknown; result?: unknown };
      try {
        answer = JSON.parse(String(event.data)) as typeof answer;
      } catch {
        return;
      }
      const resolve = typeof answer.id === "number" ? this.pending.get(answer.id) : undefined;
      if (!resolve) return;
      this.pending.delete(answer.id as number);
      resolve(answer.result as Result<unknown>);
    };
    socket.onclose = () => {
      if (this.socket === socket) this.socket = null;
      // A call in flight may or may not have been done: said so, as a failed fetch would be (never sent again).
      for (const resolve of this.pending.values()) {
        resolve({ ok: false, error: { code: "failed", message: "The connection to the Copydesk server closed before it answered. Is `copydesk serve` still running?" } });
      }
      this.pending.clear();
    };
  }
}
