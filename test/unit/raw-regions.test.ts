// Regions: what the extractor says it dropped (page furniture) and where each copy of a page
// printed several times starts; kept with the extraction in the store; mapped to lines for the raw pane.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { extractScrape, type ScrapeResult } from "../../electron/core/extract/index.js";
import { sha256 } from "../../electron/core/hash.js";
import type { Region } from "../../shared/record.js";
import { lineLooks } from "../../renderer/src/raw-regions.js";
import { copyScrapes, SAMPLE, sampleScrapes, tempDir } from "../helpers.js";

const extractFile = (name: string): ScrapeResult => extractScrape(readFileSync(join(sampleScrapes, name)), name);
const repeats = (r: ScrapeResult): number => Number(/page repeated (\d+)×/.exec(r.warnings.map((w) => w.message).join("\n"))?.[1] ?? 1);
const copiesOf = (r: ScrapeResult): Region[] => (r.regions ?? []).filter((g) => g.kind === "copy");
const lineStarts = (text: string): { start: number; end: number }[] => {
  let at = 0;
  return text.split("\n").map((line) => ({ start: at, end: (at += line.length + 1) - 1 }));
};

test("corpus: every region lies inside the text; copies match the extractor's warning, in order, the body inside the kept ones", () => {
  let repeated = 0;
  for (const name of readdirSync(sampleScrapes).sort()) {
    const r = extractFile(name);
    for (const g of r.regions ?? []) assert.ok(g.start >= 0 && g.start <= g.end && g.end <= r.text.length, `${name}: ${JSON.stringify(g)} inside the text`);
    if (r.format !== "text") {
      assert.equal(r.regions, undefined, `${name}: no line regions for ${r.format}`);
      continue;
    }
    const copies = copiesOf(r);
    const n = repeats(r);
    if (n === 1) {
      assert.equal(copies.length, 0, `${name}: printed once, no copies`);
      continue;
    }
    repeated++;
    assert.equal(copies.length, n, `${name}: one region per copy`);
    copies.forEach((c, k) => {
      assert.equal(c.copy, k + 1);
      assert.match(c.label!, new RegExp(`^copy ${k + 1} of ${n} \\(`));
      if (k > 0) {
        assert.ok(c.start >= copies[k - 1]!.end, `${name}: copy ${k + 1} starts after copy ${k} ends`);
        // A later copy starts by printing again a line of the first copy (its masthead or headline).
        const firstLine = r.text.slice(c.start, r.text.indexOf("\n", c.start)).trim();
        assert.ok(r.text.slice(copies[0]!.start, copies[0]!.end).includes(firstLine), `${name}: copy ${k + 1} opens with "${firstLine}"`);
      }
    });
    const kept = copies.filter((c) => c.kept);
    assert.ok(kept.length >= 1 && copies[0]!.kept, `${name}: the first copy is kept`);
    for (const s of r.spans.body ?? []) assert.ok(kept.some((c) => s.start >= c.start && s.end <= c.end), `${name}: body span ${s.start} in a kept copy`);
  }
  assert.ok(repeated >= 2, "the corpus holds pages printed more than once");
});

test("corpus: dropped furniture covers whole lines that no field was read from", () => {
  let dropped = 0;
  for (const name of readdirSync(sampleScrapes).sort()) {
    const r = extractFile(name);
    const spans = Object.values(r.spans).flat();
    for (const g of (r.regions ?? []).filter((x) => x.kind === "boilerplate")) {
      dropped++;
      assert.ok(g.label, `${name}: a dropped run says what it is`);
      assert.ok(g.start === 0 || r.text[g.start - 1] === "\n" || /\s/.test(r.text[g.start - 1]!), `${name}: ${g.label} starts a line`);
      assert.ok(g.end === r.text.length || /\s/.test(r.text[g.end]!), `${name}: ${g.label} ends a line`);
      for (const s of spans) assert.ok(s!.end <= g.start || s!.start >= g.end, `${name}: "${r.text.slice(g.start, g.end)}" holds no field`);
    }
  }
  assert.ok(dropped > 20);
});

test("a page printed twice, the second copy cut short: the copies are labelled, navigation, share line and footer dropped", () => {
  const para = (n: number) => `Paragraph ${n} of the story tells readers how the harbour authority plans to rebuild the old pier, which residents have used for ferries and fishing since the town was founded.`;
  const page = (paragraphs: number) =>
    ["The Harbour Post", "Home | News | Sport | Weather | Opinion", "", "Harbour pier to be rebuilt", "", ...Array.from({ length: paragraphs }, (_, i) => [para(i + 1), ""]).flat(), "Share this article: Facebook Twitter Email", "Copyright 2024 The Harbour Post. All rights reserved."];
  const text = [...page(5), "", ...page(3)].join("\n");
  const r = extractScrape(new TextEncoder().encode(text), "harbour.txt");
  assert.equal(repeats(r), 2);
  assert.equal(r.fields.body.length, 5);
  const copies = copiesOf(r);
  assert.deepEqual(copies.map((c) => c.label), ["copy 1 of 2 (kept)", "copy 2 of 2 (truncated, repeat)"]);
  assert.equal(copies[1]!.start, text.indexOf("\nThe Harbour Post") + 1, "the second copy starts at its masthead");
  const dropped = (r.regions ?? []).filter((g) => g.kind === "boilerplate").map((g) => [g.label, text.slice(g.start, g.end)]);
  for (const line of ["Home | News | Sport | Weather | Opinion", "Share this article: Facebook Twitter Email"]) {
    assert.equal(dropped.filter(([, t]) => t === line).length, 2, `"${line}" dropped in both copies`);
  }
  assert.ok(dropped.some(([label]) => label === "navigation") && dropped.some(([label]) => label === "share buttons") && dropped.some(([label]) => label === "footer"));

  // The same story with the first copy cut short: its paragraphs are completed from the second, which is kept too.
  const merged = extractScrape(new TextEncoder().encode([...page(3), "", ...page(5)].join("\n")), "harbour.txt");
  assert.equal(merged.fields.body.length, 5);
  assert.deepEqual(copiesOf(merged).map((c) => c.label), ["copy 1 of 2 (truncated, kept)", "copy 2 of 2 (kept)"]);
});

test("the raw pane's line looks: dimmed furniture, copy bands and one label per copy, hostile offsets clamped", () => {
  const r = extractFile("012_peoplesdaily_xiamen_reefs.txt");
  const lines = lineStarts(r.text);
  const looks = lineLooks(lines, r.regions);
  assert.equal(looks.length, lines.length);
  const labels = looks.map((l, i) => [i, l.copyLabel]).filter(([, l]) => l);
  assert.deepEqual(labels.map(([, l]) => l), copiesOf(r).map((c) => c.label));
  for (const [i] of labels) assert.match(looks[i as number]!.className, /copy-start/);
  const dim = looks.flatMap((l, i) => (l.className.includes("dim") ? [r.text.slice(lines[i]!.start, lines[i]!.end).replace(/\s+/g, " ").trim()] : []));
  assert.ok(dim.includes("Print | Close") && dim.some((t) => t.startsWith("Copyright")));
  assert.ok(!dim.some((t) => r.fields.body.includes(t)), "no story paragraph is dimmed");
  assert.ok(looks.every((l) => /copy-(kept|repeat)/.test(l.className)), "every line of a page printed three times is in a copy");
  // Offsets past the text or reversed (a damaged or hostile record) do not throw and stay inside.
  const hostile = lineLooks(lines, [{ kind: "boilerplate", start: 1e9, end: 2e9 }, { kind: "copy", start: 50, end: 10, copy: 1 }, { kind: "boilerplate", start: -5, end: 3 }]);
  assert.equal(hostile.length, lines.length);
  assert.deepEqual(lineLooks([], r.regions), []);
  assert.ok(lineLooks(lines, undefined).every((l) => l.className === ""));
});

test("regions are stored with the extraction and come back through getItem; a record from before regions still loads", async (t) => {
  const name = "001_xinhua_2015_elephant_overpass.txt";
  const folder = copyScrapes(t, [name, SAMPLE]);
  const dbPath = join(tempDir(t), "review.json");
  const id = sha256(readFileSync(join(folder, name)));
  const expected = extractFile(name).regions;
  assert.ok(expected && expected.length > 0);
  const desk = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.deepEqual((await desk.getItem(id)).extraction.regions, expected);
  await desk.close();

  const reopened = await Desk.open({ folder, dbPath, reviewer: "ana" });
  assert.deepEqual((await reopened.getItem(id)).extraction.regions, expected, "read back from the extraction shard");
  await reopened.approve(id);
  await reopened.close();

  // An extraction written before regions existed (an approved item keeps it: it is not extracted again).
  const shardPath = join(`${dbPath}.d`, `extraction-${id.slice(0, 2)}.json`);
  const shard = JSON.parse(readFileSync(shardPath, "utf8"));
  delete shard.items[id].regions;
  shard.items[id].extractorVersion = "1.1.0";
  writeFileSync(shardPath, JSON.stringify(shard));
  const old = await Desk.open({ folder, dbPath, reviewer: "ana" });
  t.after(() => old.close());
  const item = await old.getItem(id);
  assert.equal(item.status, "approved");
  assert.equal(item.extraction.regions, undefined);
  assert.ok(item.text.length > 0 && item.fields.body.length > 0);
});
