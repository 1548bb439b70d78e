// The index as it is stored on disk (schema version 3): one list per field instead of one object
// per item, so 100,000 items parse as a few long lists rather than 100,000 objects with 13 keys
// each (about half the bytes, and less than half the time to parse and check). Fields that repeat
// the same few values (format, encoding, extractor version, publisher, the scan's timestamp) are
// stored once in `dict` and referred to by number. Fields few items have (copies, error, duplicate
// link, missing, replaces, replaced by) are kept per row in `rare`.
//
// In memory the store keeps one IndexEntry per item in a Map (id → entry, in file order: a Map is
// built twice as fast as an object of 100,000 keys, and is walked without a lookup per item);
// decodeIndex builds it from the lists (checking every value as it goes) and encodeManifest makes
// the lists again at each write.
import type { IndexEntry, Manifest } from "./schema.js";
import { SCHEMA_VERSION } from "./schema.js";

const DICT_FIELDS = ["format", "encoding", "extractorVersion", "publisher", "createdAt"] as const;
type DictField = (typeof DICT_FIELDS)[number];
const RARE_FIELDS = ["copies", "error", "duplicateOf", "missing", "replaces", "replacedBy"] as const;

export interface RareFields {
  copies?: string[];
  error?: string;
  duplicateOf?: { id: string; reason: "same-story" };
  missing?: boolean;
  replaces?: string;
  replacedBy?: string;
}

export interface IndexColumns {
  ids: string[];
  file: string[];
  size: number[];
  mtimeMs: number[];
  title: string[];
  publishedAt: string[];
  warningCount: number[];
  minConfidence: number[];
  /** null where the body was empty. */
  bodyHash: (string | null)[];
  /** Numbers into dict[field]. */
  format: number[];
  encoding: number[];
  extractorVersion: number[];
  publisher: number[];
  createdAt: number[];
  dict: Record<DictField, string[]>;
  /** Row number (as a string) → the fields few items have. */
  rare: Record<string, RareFields>;
}

export interface ManifestFile {
  schemaVersion: typeof SCHEMA_VERSION;
  layout: "columns";
  folder: string;
  exports: Manifest["exports"];
  index: IndexColumns;
}

export function encodeManifest(manifest: Manifest): ManifestFile {
  const ids = [...manifest.items.keys()];
  const n = ids.length;
  const file = new Array<string>(n);
  const size = new Array<number>(n);
  const mtimeMs = new Array<number>(n);
  const title = new Array<string>(n);
  const publishedAt = new Array<string>(n);
  const warningCount = new Array<number>(n);
  const minConfidence = new Array<number>(n);
  const bodyHash = new Array<string | null>(n);
  const codes = Object.fromEntries(DICT_FIELDS.map((f) => [f, new Array<number>(n)])) as Record<DictField, number[]>;
  const dicts = Object.fromEntries(DICT_FIELDS.map((f) => [f, new Map<string, number>()])) as Record<DictField, Map<string, number>>;
  const rare: Record<string, RareFields> = {};
  let i = 0;
  for (const e of manifest.items.values()) {
    file[i] = e.file;
    size[i] = e.size;
    mtimeMs[i] = e.mtimeMs;
    title[i] = e.title;
    publishedAt[i] = e.publishedAt;
    warningCount[i] = e.warningCount;
    minConfidence[i] = e.minConfidence;
    bodyHash[i] = e.bodyHash ?? null;
    for (const f of DICT_FIELDS) {
      const dict = dicts[f];
      const value = e[f];
      let code = dict.get(value);
      if (code === undefined) dict.set(value, (code = dict.size));
      codes[f][i] = code;
    }
    let extra: RareFields | undefined;
    for (const f of RARE_FIELDS) {
      if (e[f] !== undefined) (extra ??= {})[f] = e[f] as never;
    }
    if (extra) rare[i] = extra;
    i++;
  }
  const dict = Object.fromEntries(DICT_FIELDS.map((f) => [f, [...dicts[f].keys()]])) as Record<DictField, string[]>;
  return {
    schemaVersion: SCHEMA_VERSION,
    layout: "columns",
    folder: manifest.folder,
    exports: manifest.exports,
    index: { ids, file, size, mtimeMs, title, publishedAt, warningCount, minConfidence, bodyHash, ...codes, dict, rare },
  };
}

class Invalid extends Error {}
const fail = (path: string, expected: string): never => {
  throw new Invalid(`${path}: expected ${expected}`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const FORMATS = new Set(["text", "html", "json", "unsupported"]);

function list(c: Record<string, unknown>, key: string, n: number): unknown[] {
  const v = c[key];
  if (!Array.isArray(v) || v.length !== n) fail(`index.${key}`, `a list of ${n} values`);
  return v as unknown[];
}
function strings(c: Record<string, unknown>, key: string, n: number, nullable = false): string[] {
  const v = list(c, key, n);
  for (let i = 0; i < n; i++) if (typeof v[i] !== "string" && !(nullable && v[i] === null)) fail(`index.${key}[${i}]`, "a string");
  return v as string[];
}
function numbers(c: Record<string, unknown>, key: string, n: number): number[] {
  const v = list(c, key, n);
  for (let i = 0; i < n; i++) if (typeof v[i] !== "number" || !Number.isFinite(v[i])) fail(`index.${key}[${i}]`, "a number");
  return v as number[];
}
function coded(c: Record<string, unknown>, dict: Record<string, unknown>, key: DictField, n: number): { codes: number[]; values: string[] } {
  const values = dict[key];
  if (!Array.isArray(values) || values.some((x) => typeof x !== "string")) fail(`index.dict.${key}`, "a list of strings");
  if (key === "format") for (const f of values as string[]) if (!FORMATS.has(f)) fail("index.dict.format", "text, html, json or unsupported");
  const codes = list(c, key, n);
  const m = (values as string[]).length;
  for (let i = 0; i < n; i++) {
    const x = codes[i];
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x >= m) fail(`index.${key}[${i}]`, `a number below ${m}`);
  }
  return { codes: codes as number[], values: values as string[] };
}

function checkRare(row: string, value: unknown, n: number): RareFields {
  const path = `index.rare.${row}`;
  const i = Number(row);
  if (!/^(0|[1-9]\d*)$/.test(row) || i >= n) fail(path, `a row number below ${n}`);
  if (!isObject(value)) fail(path, "an object");
  const r = value as Record<string, unknown>;
  for (const key of ["error", "replaces", "replacedBy"]) if (r[key] !== undefined && typeof r[key] !== "string") fail(`${path}.${key}`, "a string");
  if (r.missing !== undefined && typeof r.missing !== "boolean") fail(`${path}.missing`, "true or false");
  if (r.copies !== undefined && (!Array.isArray(r.copies) || r.copies.some((x) => typeof x !== "string"))) fail(`${path}.copies`, "a list of strings");
  if (r.duplicateOf !== undefined) {
    const d = r.duplicateOf as Record<string, unknown>;
    if (!isObject(d) || typeof d.id !== "string" || d.reason !== "same-story") fail(`${path}.duplicateOf`, '{ id, reason: "same-story" }');
  }
  const out: RareFields = {};
  // Like zod, keys it does not know are dropped.
  for (const key of RARE_FIELDS) if (r[key] !== undefined) out[key] = (key === "duplicateOf" ? { id: (r.duplicateOf as { id: string }).id, reason: "same-story" } : r[key]) as never;
  return out;
}

/** Checks the lists of an index (what decodeManifest reads) and builds id → entry from them. */
export function decodeIndex(raw: unknown): Map<string, IndexEntry> {
  if (!isObject(raw)) fail("manifest.index", "an object");
  const c = raw as Record<string, unknown>;
  const ids = c.ids;
  if (!Array.isArray(ids)) fail("index.ids", "a list");
  const n = (ids as unknown[]).length;
  strings(c, "ids", n);
  const file = strings(c, "file", n);
  const size = numbers(c, "size", n);
  const mtimeMs = numbers(c, "mtimeMs", n);
  const title = strings(c, "title", n);
  const publishedAt = strings(c, "publishedAt", n);
  const warningCount = numbers(c, "warningCount", n);
  const minConfidence = numbers(c, "minConfidence", n);
  const bodyHash = strings(c, "bodyHash", n, true);
  if (!isObject(c.dict)) fail("index.dict", "an object");
  const dict = c.dict as Record<string, unknown>;
  const format = coded(c, dict, "format", n);
  const encoding = coded(c, dict, "encoding", n);
  const extractorVersion = coded(c, dict, "extractorVersion", n);
  const publisher = coded(c, dict, "publisher", n);
  const createdAt = coded(c, dict, "createdAt", n);
  if (!isObject(c.rare)) fail("index.rare", "an object");
  const rare = new Map<number, RareFields>();
  for (const [row, value] of Object.entries(c.rare as Record<string, unknown>)) rare.set(Number(row), checkRare(row, value, n));
  const items = new Map<string, IndexEntry>();
  for (let i = 0; i < n; i++) {
    const id = (ids as string[])[i]!;
    const entry: IndexEntry = {
      file: file[i]!,
      size: size[i]!,
      mtimeMs: mtimeMs[i]!,
      format: format.values[format.codes[i]!] as IndexEntry["format"],
      encoding: encoding.values[encoding.codes[i]!]!,
      extractorVersion: extractorVersion.values[extractorVersion.codes[i]!]!,
      title: title[i]!,
      publisher: publisher.values[publisher.codes[i]!]!,
      publishedAt: publishedAt[i]!,
      warningCount: warningCount[i]!,
      minConfidence: minConfidence[i]!,
      createdAt: createdAt.values[createdAt.codes[i]!]!,
    };
    const hash = bodyHash[i];
    if (hash !== null && hash !== undefined) entry.bodyHash = hash;
    const extra = rare.get(i);
    if (extra) Object.assign(entry, extra);
    items.set(id, entry);
  }
  if (items.size !== n) fail("index.ids", "each id once");
  return items;
}
