// The queue's view redrawn after a few summaries changed (refreshView) is exactly the view worked
// out afresh (applyView), for any filters, search, sort and changes (fast-check).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { ItemSummary } from "../../shared/api.js";
import { applyView, publishersOf, refreshView, replacedSummaries, SORTS, STATUS_FILTERS, type QueueView } from "../../renderer/src/queue-view.js";

const status = fc.constantFrom<ItemSummary["status"]>("pending", "draft", "approved", "rejected");
const facets = fc.record({
  status,
  title: fc.constantFrom("Rail near miss", "Solar farm", "Reef survey", ""),
  publisher: fc.constantFrom("Xinhua", "Reuters", "AP", ""),
  publishedAt: fc.constantFrom("2015-10-21", "2019-01-02", "2024-05-01", ""),
  warningCount: fc.nat(2),
  minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
});
const items = fc.array(facets, { minLength: 1, maxLength: 40 }).map((list) =>
  list.map((f, n): ItemSummary => ({ ...f, id: n.toString(16).padStart(64, "0"), file: `item-${String(n).padStart(3, "0")}.txt`, missing: false })),
);
const view: fc.Arbitrary<QueueView> = fc.record({
  status: fc.constantFrom(...(Object.keys(STATUS_FILTERS) as (keyof typeof STATUS_FILTERS)[])),
  publisher: fc.constantFrom("", "Xinhua", "AP"),
  warnings: fc.boolean(),
  lowConfidence: fc.boolean(),
  search: fc.constantFrom("", "rail", "solar reef", "item-00"),
  sort: fc.constantFrom(...(Object.keys(SORTS) as (keyof typeof SORTS)[])),
});

test("refreshView after some summaries change equals applyView of the new list; publishers likewise", () => {
  fc.assert(
    fc.property(items, view, fc.array(fc.tuple(fc.nat(), facets), { minLength: 1, maxLength: 4 }), (before, v, changes) => {
      const after = before.slice();
      for (const [n, f] of changes) {
        const at = n % after.length;
        after[at] = { ...after[at]!, ...f };
      }
      const replaced = replacedSummaries(before, after);
      assert.ok(replaced, "a few replaced summaries are found");
      assert.equal(replaced.length, new Set(changes.map(([n]) => n % before.length)).size);
      assert.deepEqual(refreshView(applyView(before, v), replaced, after, v), applyView(after, v));
      if (replaced.every(([a, b]) => a.publisher === b.publisher)) assert.deepEqual(publishersOf(before), publishersOf(after));
    }),
    { numRuns: 2000 },
  );
});

test("lists that differ in length or order, or in many places, are not patched", () => {
  const list = (n: number) => Array.from({ length: n }, (_, i): ItemSummary => ({ id: String(i), file: `${i}.txt`, status: "pending", title: "", publisher: "", publishedAt: "", warningCount: 0, minConfidence: 1, missing: false }));
  const base = list(40);
  assert.equal(replacedSummaries(base, list(41)), null);
  assert.equal(replacedSummaries(base, [...base].reverse()), null);
  assert.equal(replacedSummaries(base, base.map((i) => ({ ...i, status: "draft" as const }))), null);
  assert.deepEqual(replacedSummaries(base, base.slice()), []);
});
