// Keeps a few items of a stream started ahead of the one being handled, so that their work (an
// extraction on a worker thread) runs meanwhile, and hands them on in their original order.

export interface AheadLimit {
  /** Items waiting at most, the one handed on included (1: none ahead). */
  items: number;
  /** Their weight at most (raw bytes waiting for extraction), so large files do not pile up in memory. */
  weight: number;
}

export async function* readAhead<T>(source: AsyncIterable<T>, limit: AheadLimit, weightOf: (item: T) => number): AsyncGenerator<T> {
  const waiting: T[] = [];
  let weight = 0;
  for await (const item of source) {
    waiting.push(item);
    weight += weightOf(item);
    while (waiting.length >= limit.items || (weight > limit.weight && waiting.length > 0)) {
      const head = waiting.shift()!;
      weight -= weightOf(head);
      yield head;
    }
  }
  yield* waiting;
}
