// Hand-written checks for the two files read whole at open (the manifest and the decision
// shards). They check exactly what the zod schemas in schema.ts describe, but ten times faster,
// which is what keeps opening 100,000 items fast; the extraction shards (~1.5 MB each at 100,000
// items, read when an item is shown) likewise. The journal shards are checked with zod itself.
// A test keeps both in agreement.
import { LIST_FIELDS, FIELD_NAMES } from "../../../shared/record.js";
import { decodeIndex } from "./index-columns.js";
import { SCHEMA_VERSION, SHARD_SCHEMA_VERSION, type DecisionShard, type ExtractionShard, type Manifest } from "./schema.js";

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

function header(raw: unknown, what: string, version = SHARD_SCHEMA_VERSION): Record<string, unknown> {
  if (!isObject(raw)) fail(what, "an object");
  const o = raw as Record<string, unknown>;
  if (o.schemaVersion !== version) fail(`${what}.schemaVersion`, String(version));
  if (o.logSeq !== undefined && !(Number.isInteger(o.logSeq) && (o.logSeq as number) >= 0)) fail(`${what}.logSeq`, "a whole number");
  return o;
}

/** Checks the manifest as stored (version 3, the index in columns) and returns it as kept in memory. */
export function validateManifest(raw: unknown): Manifest {
  const o = header(raw, "manifest", SCHEMA_VERSION);
  if (o.layout !== "columns") fail("manifest.layout", '"columns"');
  str(o, "folder", "manifest");
  if (!Array.isArray(o.exports)) fail("manifest.exports", "a list");
  for (const [i, e] of (o.exports as unknown[]).entries()) {
    if (!isObject(e)) fail(`exports[${i}]`, "an object");
    const x = e as Record<string, unknown>;
    for (const key of ["at", "who", "path", "format"]) str(x, key, `exports[${i}]`);
    num(x, "count", `exports[${i}]`);
  }
  const items = decodeIndex(o.index);
  return { schemaVersion: SCHEMA_VERSION, layout: "sharded", folder: o.folder as string, items, exports: o.exports as Manifest["exports"] };
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

const SPAN_KEYS = new Set(["start", "end", "index"]);
const nonNegativeInt = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** The extraction cache: read on demand, but at 100,000 items each shard is ~1.5 MB, so checked by hand too. */
export function validateExtractionShard(raw: unknown): ExtractionShard {
  const o = header(raw, "extraction");
  str(o, "shard", "extraction");
  if (!isObject(o.items)) fail("extraction.items", "an object");
  for (const [id, value] of Object.entries(o.items as Record<string, unknown>)) {
    const path = `items.${id.slice(0, 12)}`;
    if (!isObject(value)) fail(path, "an object");
    const e = value as Record<string, unknown>;
    str(e, "extractorVersion", path);
    if (!FORMATS.has(e.format as string)) fail(`${path}.format`, "text, html, json or unsupported");
    str(e, "encoding", path);
    optStr(e, "error", path);
    if (!isObject(e.fields)) fail(`${path}.fields`, "an object");
    const fields = e.fields as Record<string, unknown>;
    for (const name of FIELD_NAMES) {
      if (LISTS.has(name)) strArray(fields[name], `${path}.fields.${name}`);
      else if (typeof fields[name] !== "string") fail(`${path}.fields.${name}`, "a string");
    }
    if (!isObject(e.spans)) fail(`${path}.spans`, "an object");
    for (const [name, spans] of Object.entries(e.spans as Record<string, unknown>)) {
      if (!FIELDS.has(name) || !Array.isArray(spans)) fail(`${path}.spans.${name}`, "a list of spans of a field");
      for (const span of spans as unknown[]) {
        const sp = span as Record<string, unknown>;
        if (!isObject(sp) || !nonNegativeInt(sp.start) || !nonNegativeInt(sp.end) || (sp.index !== undefined && !nonNegativeInt(sp.index))) {
          fail(`${path}.spans.${name}`, "spans { start, end, index? } of whole numbers");
        }
        for (const key of Object.keys(sp)) if (!SPAN_KEYS.has(key)) delete sp[key]; // as zod strips unknown keys
      }
    }
    if (!isObject(e.confidence)) fail(`${path}.confidence`, "an object");
    for (const [name, c] of Object.entries(e.confidence as Record<string, unknown>)) {
      if (!FIELDS.has(name) || typeof c !== "number" || c < 0 || c > 1) fail(`${path}.confidence.${name}`, "a number from 0 to 1 per field");
    }
    if (e.regions !== undefined) validateRegions(e.regions, `${path}.regions`);
    if (!Array.isArray(e.warnings)) fail(`${path}.warnings`, "a list");
    for (const w of e.warnings as unknown[]) {
      const x = w as Record<string, unknown>;
      if (!isObject(x) || typeof x.message !== "string" || (x.field !== undefined && !FIELDS.has(x.field as string))) fail(`${path}.warnings`, "warnings { field?, message }");
    }
  }
  return o as unknown as ExtractionShard;
}

const REGION_KINDS = new Set(["boilerplate", "copy"]);
const REGION_KEYS = new Set(["kind", "start", "end", "copy", "kept", "label"]);

/** Optional since extractor 1.2: dropped furniture and repeated copies, offsets like spans. */
function validateRegions(regions: unknown, path: string): void {
  if (!Array.isArray(regions)) fail(path, "a list");
  for (const region of regions as unknown[]) {
    const r = region as Record<string, unknown>;
    if (
      !isObject(r) || !REGION_KINDS.has(r.kind as string) || !nonNegativeInt(r.start) || !nonNegativeInt(r.end) ||
      (r.copy !== undefined && !(nonNegativeInt(r.copy) && (r.copy as number) > 0)) || (r.kept !== undefined && typeof r.kept !== "boolean") ||
      (r.label !== undefined && (typeof r.label !== "string" || r.label.length > 200))
    ) {
      fail(path, "regions { kind: boilerplate or copy, start, end, copy?, kept?, label? }");
    }
    for (const key of Object.keys(r)) if (!REGION_KEYS.has(key)) delete r[key]; // as zod strips unknown keys
  }
}
