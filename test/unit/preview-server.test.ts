import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { WebSocket } from "ws";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { startPreviewServer } from "../../electron/core/preview-server.js";
import { createRouter } from "../../electron/core/router.js";
import { copyScrapes, SAMPLE, tempDir } from "../helpers.js";

async function serve(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, [SAMPLE]);
  const out = tempDir(t);
  const staticDir = join(out, "renderer");
  mkdirSync(join(staticDir, "assets"), { recursive: true });
  writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>Copydesk</title>");
  writeFileSync(join(staticDir, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(out, "secret.txt"), "not to be served");
  const desk = await Desk.open({ folder, dbPath: join(out, "review.json"), reviewer: "ana" });
  const router = createRouter({ desk: async () => desk, openFolder: async () => null, exportDestination: async () => null });
  const server = await startPreviewServer({ router, staticDir });
  t.after(() => server.close());
  return { server, id: sha256(readFileSync(join(folder, SAMPLE))) };
}

function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

test("the URL carries a secret token and API calls need it", async (t) => {
  const { server } = await serve(t);
  assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[\\w-]{20,}$`));
  const host = `127.0.0.1:${server.port}`;
  const body = "{}";
  const none = await call(server.port, "/api/getSession", { method: "POST", headers: { host }, body });
  assert.equal(none.status, 403);
  assert.match(JSON.parse(none.body).error.message, /token/);
  const wrong = await call(server.port, "/api/getSession", { method: "POST", headers: { host, authorization: "Bearer nope" }, body });
  assert.equal(wrong.status, 403);
  const right = await call(server.port, "/api/getSession", { method: "POST", headers: { host, authorization: `Bearer ${server.token}` }, body });
  assert.equal(right.status, 200);
  assert.equal(JSON.parse(right.body).data.counts.total, 1);
});

test("requests naming another host or coming from another origin are refused (DNS rebinding)", async (t) => {
  const { server } = await serve(t);
  const auth = `Bearer ${server.token}`;
  const rebound = await call(server.port, "/api/getSession", { method: "POST", headers: { host: `evil.example:${server.port}`, authorization: auth }, body: "{}" });
  assert.equal(rebound.status, 403);
  assert.match(JSON.parse(rebound.body).error.message, /Host/);
  const page = await call(server.port, "/", { headers: { host: `evil.example:${server.port}` } });
  assert.equal(page.status, 403);
  const crossSite = await call(server.port, "/api/getSession", {
    method: "POST",
    headers: { host: `127.0.0.1:${server.port}`, origin: "http://evil.example", authorization: auth },
    body: "{}",
  });
  assert.equal(crossSite.status, 403);
});

test("bad payloads get a 400 with the reason, and only built files are served", async (t) => {
  const { server, id } = await serve(t);
  const headers = { host: `localhost:${server.port}`, authorization: `Bearer ${server.token}` };
  const notJson = await call(server.port, "/api/getItem", { method: "POST", headers, body: "{" });
  assert.equal(notJson.status, 400);
  assert.match(JSON.parse(notJson.body).error.message, /not JSON/);
  const bad = await call(server.port, "/api/getItem", { method: "POST", headers, body: JSON.stringify({ id: "x" }) });
  assert.equal(bad.status, 400);
  const good = await call(server.port, "/api/getItem", { method: "POST", headers, body: JSON.stringify({ id }) });
  assert.equal(good.status, 200);
  assert.ok(JSON.parse(good.body).data.text.length > 1000);

  const index = await call(server.port, "/", { headers: { host: `127.0.0.1:${server.port}` } });
  assert.equal(index.status, 200);
  assert.match(String(index.headers["content-security-policy"]), /default-src 'self'/);
  const asset = await call(server.port, "/assets/app.js", { headers: { host: `127.0.0.1:${server.port}` } });
  assert.equal(asset.status, 200);
  for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt"]) {
    const escape = await call(server.port, path, { headers: { host: `127.0.0.1:${server.port}` } });
    assert.equal(escape.status, 404, path);
    assert.ok(!escape.body.includes("not to be served"));
  }
});

/** Opens the API socket as a page of this server would (or as another site would, with `origin`); resolves open or refused. */
function openSocket(port: number, protocols: string[], origin = `http://127.0.0.1:${port}`): Promise<{ socket: WebSocket | null; refused?: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/socket`, protocols, { origin });
    socket.once("open", () => resolve({ socket }));
    socket.once("unexpected-response", (_req, res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ socket: null, refused: `${res.statusCode} ${Buffer.concat(chunks).toString()}` }));
    });
    socket.once("error", () => resolve({ socket: null, refused: "error" }));
  });
}

function ask(socket: WebSocket, message: unknown): Promise<any> {
  return new Promise((resolve) => {
    socket.once("message", (data) => resolve(JSON.parse(String(data))));
    socket.send(typeof message === "string" ? message : JSON.stringify(message));
  });
}

test("the API socket needs the token, this server's origin and the copydesk protocol, then answers calls by id", async (t) => {
  const { server, id } = await serve(t);
  const noToken = await openSocket(server.port, ["copydesk"]);
  assert.match(noToken.refused ?? "", /^403 Refused: the access token is missing or wrong/);
  const wrongToken = await openSocket(server.port, ["copydesk", "token.nope"]);
  assert.match(wrongToken.refused ?? "", /^403/);
  const otherSite = await openSocket(server.port, ["copydesk", `token.${server.token}`], "http://evil.example");
  assert.match(otherSite.refused ?? "", /^403 Refused: the request comes from another site/);

  const { socket } = await openSocket(server.port, ["copydesk", `token.${server.token}`]);
  assert.ok(socket);
  t.after(() => socket.close());
  assert.equal(socket.protocol, "copydesk", "the token is not echoed back");
  const item = await ask(socket, { id: 7, op: "getItem", payload: { id } });
  assert.equal(item.id, 7);
  assert.equal(item.result.ok, true);
  assert.equal(item.result.data.id, id);
  // The router's checks apply as over HTTP.
  const malformed = await ask(socket, { id: 8, op: "getItem", payload: { id: "../../etc/passwd" } });
  assert.deepEqual([malformed.id, malformed.result.ok, malformed.result.error.code], [8, false, "bad-request"]);
  const unknown = await ask(socket, { id: 9, op: "deleteEverything" });
  assert.match(unknown.result.error.message, /Unknown operation "deleteEverything"/);
  const notJson = await ask(socket, "{not json");
  assert.deepEqual([notJson.id, notJson.result.error.code], [null, "bad-request"]);
  // Answers go by id, in the order the calls finish: several in flight at once are all answered.
  const answers = new Map<number, any>();
  const all = new Promise<void>((resolve) => socket.on("message", (data) => { const a = JSON.parse(String(data)); answers.set(a.id, a); if (answers.size === 3) resolve(); }));
  for (const n of [20, 21, 22]) socket.send(JSON.stringify({ id: n, op: n === 21 ? "getSession" : "getItem", payload: n === 21 ? {} : { id } }));
  await all;
  assert.deepEqual([...answers.keys()].sort(), [20, 21, 22]);
  assert.equal(answers.get(21).result.data.reviewer, "ana");
});

test("a socket elsewhere than /api/socket is refused, and closing the server closes the sockets", async (t) => {
  const { server } = await serve(t);
  const elsewhere = await new Promise<string>((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/somewhere`, ["copydesk", `token.${server.token}`]);
    socket.once("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
    socket.once("open", () => resolve("open"));
  });
  assert.equal(elsewhere, "403");
  const { socket } = await openSocket(server.port, ["copydesk", `token.${server.token}`]);
  assert.ok(socket);
  const closed = new Promise((resolve) => socket.once("close", resolve));
  await server.close();
  await closed;
});
