// The queue search on the host (searchItems): title, body text and file name, corrections
// applied, case- and width-insensitive, Chinese matched as written; hostile payloads refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Desk } from "../../electron/core/desk.js";
import { sha256 } from "../../electron/core/hash.js";
import { createRouter } from "../../electron/core/router.js";
import { copyScrapes, tempDir } from "../helpers.js";

const FILES = ["000_de0f63e2a1ef871e.txt", "005_reuters_rail_near_miss.txt", "008_harborledger_ferry_fares.html", "009_xinhuanet_zh_elevator_retrofit.txt", "012_peoplesdaily_xiamen_reefs.txt"];

async function open(t: Parameters<typeof tempDir>[0]) {
  const folder = copyScrapes(t, FILES);
  const desk = await Desk.open({ folder, dbPath: join(tempDir(t), "review.json"), reviewer: "ana" });
  t.after(() => desk.close());
  const ids = Object.fromEntries(FILES.map((name) => [name, sha256(readFileSync(join(folder, name)))]));
  const everything = async (id: string) => {
    const item = await desk.getItem(id);
    return [item.fields.title, ...item.fields.body, item.file].join("\n").toLowerCase();
  };
  return { desk, ids, everything };
}

/** A word of the item's body found in no other item's title, body or file name. */
async function ownBodyWord(desk: Desk, id: string, others: string[], everything: (id: string) => Promise<string>): Promise<string> {
  const item = await desk.getItem(id);
  const elsewhere = (await Promise.all(others.map(everything))).join("\n");
  const word = item.fields.body.join(" ").split(/[^\p{L}]+/u).find((w) => w.length >= 8 && !item.fields.title.toLowerCase().includes(w.toLowerCase()) && !elsewhere.includes(w.toLowerCase()));
  assert.ok(word, "the body has a word of its own");
  return word;
}

test("a word only in one body finds that item, in any letter case; several words must all occur", async (t) => {
  const { desk, ids, everything } = await open(t);
  const reuters = ids["005_reuters_rail_near_miss.txt"]!;
  const others = Object.values(ids).filter((id) => id !== reuters);
  const word = await ownBodyWord(desk, reuters, others, everything);
  assert.deepEqual(await desk.searchItems(word), [reuters]);
  assert.deepEqual(await desk.searchItems(word.toUpperCase()), [reuters]);
  assert.deepEqual(await desk.searchItems(`  ${word.toLowerCase()}  `), [reuters]);
  // Full-width Latin (as typed with a CJK input method) is the same letters.
  const wide = [...word].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
  assert.deepEqual(await desk.searchItems(wide), [reuters]);
  const otherWord = await ownBodyWord(desk, ids["012_peoplesdaily_xiamen_reefs.txt"]!, Object.values(ids).filter((id) => id !== ids["012_peoplesdaily_xiamen_reefs.txt"]), everything);
  assert.deepEqual(await desk.searchItems(`${word} ${otherWord}`), [], "no item holds both words");
  // Titles and file names are searched too, in queue order.
  assert.deepEqual(await desk.searchItems("ferry_fares"), [ids["008_harborledger_ferry_fares.html"]]);
  assert.deepEqual(await desk.searchItems("   "), []);
});

test("Chinese text is matched as written, without word splitting", async (t) => {
  const { desk, ids } = await open(t);
  const zh = ids["009_xinhuanet_zh_elevator_retrofit.txt"]!;
  const item = await desk.getItem(zh);
  const paragraph = item.fields.body[1]!;
  const middle = paragraph.slice(Math.floor(paragraph.length / 2), Math.floor(paragraph.length / 2) + 4);
  assert.match(middle, /\p{Script=Han}/u);
  assert.ok((await desk.searchItems(middle)).includes(zh));
  assert.deepEqual(await desk.searchItems(`${middle}${"\u200b"}`), await desk.searchItems(middle), "a zero-width space is ignored");
});

test("the search sees corrections: a corrected body or title replaces the extracted one", async (t) => {
  const { desk, ids, everything } = await open(t);
  const sample = ids["000_de0f63e2a1ef871e.txt"]!;
  const word = await ownBodyWord(desk, sample, Object.values(ids).filter((id) => id !== sample), everything);
  assert.deepEqual(await desk.searchItems(word), [sample]);
  await desk.saveDraft(sample, { body: ["A single corrected paragraph about a Zeppelin over the harbour."], title: "Airship sighted" });
  assert.deepEqual(await desk.searchItems(word), [], "the extracted body no longer counts");
  assert.deepEqual(await desk.searchItems("zeppelin"), [sample]);
  assert.deepEqual(await desk.searchItems("airship SIGHTED"), [sample]);
  await desk.saveDraft(sample, {});
  assert.deepEqual(await desk.searchItems(word), [sample], "reverting the correction brings the extracted text back");
  assert.deepEqual(await desk.searchItems("zeppelin"), []);
});

test("searchItems through the router: hostile payloads are refused before any work, odd queries are plain text", async (t) => {
  const { desk, ids } = await open(t);
  const router = createRouter({ desk: async () => desk, openFolder: async () => null, exportDestination: async () => null });
  const trusted = { trusted: true };
  for (const payload of [{}, { query: 5 }, { query: ["a"] }, { query: "a".repeat(501) }, { query: "a", path: "/etc/passwd" }, { query: { toString: "x" } }]) {
    const result = await router("searchItems", payload, trusted);
    assert.ok(!result.ok, JSON.stringify(payload).slice(0, 80));
    assert.equal(result.error.code, "bad-request");
  }
  const untrusted = await router("searchItems", { query: "china" }, { trusted: false });
  assert.ok(!untrusted.ok && untrusted.error.code === "untrusted-sender");
  for (const query of ["(.*", "[", "\\", "\u0000", "$^", "%s%n", "<script>"]) {
    const result = await router("searchItems", { query }, trusted);
    assert.ok(result.ok, query);
    assert.deepEqual(result.data, { ids: [] }, `"${query}" is searched as text, not as a pattern`);
  }
  const found = await router("searchItems", { query: "xiamen" }, trusted);
  assert.ok(found.ok);
  assert.deepEqual(found.data, { ids: [ids["012_peoplesdaily_xiamen_reefs.txt"]] });
});
