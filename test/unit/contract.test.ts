// Every operation of the contract has a schema, a router handler, a preload method and an HTTP
// route. The preload runs against a fake `electron` module: the one boundary that cannot run here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { api } from "../../shared/api.js";
import { API_OPS, ipcChannel } from "../../shared/api-ops.js";
import { createRouter } from "../../electron/core/router.js";
import { repoRoot } from "../helpers.js";

test("the op list and the schema table name the same operations", () => {
  assert.deepEqual([...API_OPS].sort(), Object.keys(api).sort());
  for (const op of API_OPS) {
    assert.ok(api[op].request, `${op} has a request schema`);
    assert.ok(api[op].response, `${op} has a response schema`);
  }
});

test("the router has a handler for every operation", async () => {
  const router = createRouter({
    desk: async () => { throw new Error("no desk in this test"); },
    openFolder: async () => null,
    exportDestination: async () => null,
  });
  for (const op of API_OPS) {
    const result = await router(op, {}, { trusted: true });
    if (!result.ok) assert.doesNotMatch(result.error.message, /Unknown operation/, op);
  }
});

test("the preload exposes exactly one method per operation, each invoking its own channel", async () => {
  const bundle = await build({
    entryPoints: [join(repoRoot, "electron", "preload.ts")],
    bundle: true,
    write: false,
    platform: "node",
    format: "cjs",
    external: ["electron"],
  });
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => { exposed[name] = value; } },
    ipcRenderer: { invoke: async (channel: string, payload: unknown) => { invoked.push([channel, payload]); return { ok: true, data: null }; } },
  };
  const module = { exports: {} };
  runInNewContext(bundle.outputFiles[0]!.text, {
    module,
    exports: module.exports,
    require: (name: string) => {
      if (name === "electron") return fakeElectron;
      throw new Error(`the preload may not require ${name}`);
    },
  });
  assert.deepEqual(Object.keys(exposed), ["copydesk"]);
  const bridge = exposed.copydesk as Record<string, (payload: unknown) => Promise<unknown>>;
  assert.deepEqual(Object.keys(bridge).sort(), [...API_OPS].sort());
  assert.ok(Object.isFrozen(bridge));
  for (const op of API_OPS) await bridge[op]!({ probe: op });
  assert.deepEqual(invoked, API_OPS.map((op) => [ipcChannel(op), { probe: op }]));
});
