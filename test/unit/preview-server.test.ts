import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
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
