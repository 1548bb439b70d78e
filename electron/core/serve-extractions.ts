// The worker-thread side of the extract pool (extract-pool.ts): says it is ready once its modules
// are loaded, then extracts each file it is sent and posts the result back as plain data.
import { parentPort } from "node:worker_threads";

/** What a worker posts: ready once loaded, then one answer per file, in the order sent. */
export type WorkerMessage<R> = { type: "ready" } | { type: "done"; result: R } | { type: "failed"; message: string };

/** What the pool posts: one file (its bytes transferred, not copied). */
export interface WorkerTask {
  bytes: Uint8Array;
  file: string;
}

export function serveExtractions<R>(extract: (bytes: Uint8Array, file: string) => R): void {
  const port = parentPort;
  if (!port) throw new Error("serveExtractions runs in a worker thread started by the extract pool.");
  port.on("message", ({ bytes, file }: WorkerTask) => {
    let answer: WorkerMessage<R>;
    try {
      // Transferred bytes arrive as a plain Uint8Array; the extractor reads Buffers and views alike.
      answer = { type: "done", result: extract(bytes, file) };
    } catch (error) {
      answer = { type: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage<R>);
}
