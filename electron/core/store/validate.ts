// Hand-written checks for the two files read whole at open (the manifest and the decision
// shards). They check exactly what the zod schemas in schema.ts describe, but ten times faster,
// which is what keeps opening 100,000 items under a second. The shards read on demand (journal,
// extraction) are checked with zod itself. A test keeps both in agreement.
import { LIST_FIELDS, FIELD_NAMES } from "../../../shared/record.js";
import { SCHEMA_VERSION, type DecisionShard, type Manifest } from "./schema.js";

class Invalid extends Error {}

const fail = (path: string, expected: string): never => {
  throw new Invalid(`${path}: expected ${expected}`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (o: Record<string, unknown>, key: string, path: string): void => {
  if (typeof o[key] !== "string") fail(`${path}.${key}`, "a string");
};
const optStr = (o: Record<string, unknown>, key: string, path: string): void => {
  if (o[key] !== undefined && typeof o[key] !== "string") fail(`${path}.${key}`, "a string");
};
const num = (o: Record<string, unknown>, key: string, path: string): void => {
  if (typeof o[key] !== "number" || !Number.isFinite(o[key])) fail(`${path}.${key}`, "a number");
};
const optBool = (o: Record<string, unknown>, key: string, path: string): void => {
  if (o[key] !== undefined && typeof o[key] !== "boolean") fail(`${path}.${key}`, "true or false");
};
const strArray = (v: unknown, path: string): void => {
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(path, "a list of strings");
};

const FORMATS = new Set(["text", "html", "json", "unsupported"]);
const STATUSES = new Set(["pending", "draft", "approved", "rejected"]);
const FIELDS = new Set<string>(FIELD_NAMES);
const LISTS = new Set<string>(LIST_FIELDS);

function header(raw: unknown, what: string): Record<string, unknown> {
  if (!isObject(raw)) fail(what, "an object");
  const o = raw as Record<string, unknown>;
  if (o.schemaVersion !== SCHEMA_VERSION) fail(`${what}.schemaVersion`, String(SCHEMA_VERSION));
  return o;
}

export function validateManifest(raw: unknown): Manifest {
  const o = header(raw, "manifest");
  if (o.layout !== "sharded") fail("manifest.layout", '"sharded"');
  str(o, "folder", "manifest");
  if (!Array.isArray(o.exports)) fail("manifest.exports", "a list");
  for (const [i, e] of (o.exports as unknown[]).entries()) {
    if (!isObject(e)) fail(`exports[${i}]`, "an object");
    const x = e as Record<string, unknown>;
    for (const key of ["at", "who", "path", "format"]) str(x, key, `exports[${i}]`);
    num(x, "count", `exports[${i}]`);
  }
  if (!isObject(o.items)) fail("manifest.items", "an object");
  for (const [id, value] of Object.entries(o.items as Record<string, unknown>)) {
    const path = `items.${id.slice(0, 12)}`;
    if (!isObject(value)) fail(path, "an object");
    const e = value as Record<string, unknown>;
    str(e, "file", path);
    num(e, "size", path);
    num(e, "mtimeMs", path);
    if (!FORMATS.has(e.format as string)) fail(`${path}.format`, "text, html, json or unsupported");
    for (const key of ["encoding", "extractorVersion", "title", "publisher", "publishedAt", "createdAt"]) str(e, key, path);
    num(e, "warningCount", path);
    num(e, "minConfidence", path);
    for (const key of ["error", "bodyHash", "replaces", "replacedBy"]) optStr(e, key, path);
    optBool(e, "missing", path);
    if (e.copies !== undefined) strArray(e.copies, `${path}.copies`);
    if (e.duplicateOf !== undefined) {
      const d = e.duplicateOf as Record<string, unknown>;
      if (!isObject(d) || typeof d.id !== "string" || d.reason !== "same-story") fail(`${path}.duplicateOf`, '{ id, reason: "same-story" }');
    }
  }
  return o as unknown as Manifest;
}

export function validateDecisionShard(raw: unknown): DecisionShard {
  const o = header(raw, "decisions");
  str(o, "shard", "decisions");
  if (!isObject(o.items)) fail("decisions.items", "an object");
  for (const [id, value] of Object.entries(o.items as Record<string, unknown>)) {
    const path = `items.${id.slice(0, 12)}`;
    if (!isObject(value)) fail(path, "an object");
    const d = value as Record<string, unknown>;
    if (!STATUSES.has(d.status as string)) fail(`${path}.status`, "pending, draft, approved or rejected");
    if (!isObject(d.corrections)) fail(`${path}.corrections`, "an object");
    for (const [field, v] of Object.entries(d.corrections as Record<string, unknown>)) {
      // Like zod's default, an unknown key is tolerated (a newer field); it is never read.
      if (!FIELDS.has(field)) continue;
      if (LISTS.has(field)) strArray(v, `${path}.corrections.${field}`);
      else if (typeof v !== "string") fail(`${path}.corrections.${field}`, "a string");
    }
    for (const key of ["rejectReason", "decidedBy", "decidedAt"]) optStr(d, key, path);
    str(d, "updatedAt", path);
    optBool(d, "override", path);
    if (d.needsLook !== undefined) {
      const n = d.needsLook as Record<string, unknown>;
      if (!isObject(n) || typeof n.at !== "string" || typeof n.reason !== "string") fail(`${path}.needsLook`, "{ at, reason }");
      if (n.fields !== undefined) {
        strArray(n.fields, `${path}.needsLook.fields`);
        for (const f of n.fields as string[]) if (!FIELDS.has(f)) fail(`${path}.needsLook.fields`, "field names");
      }
    }
  }
  return o as unknown as DecisionShard;
}
