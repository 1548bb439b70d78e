// The one router behind every transport: checks the caller, parses the payload with the
// contract's schema before any work, runs the operation, and turns failures into messages.
import { z } from "zod";
import { api, type ErrorCode, type ExportFormat, type Request, type Response, type Result } from "../../shared/api.js";
import { API_OPS, type ApiOp } from "../../shared/api-ops.js";
import type { Desk, OpenProgress } from "./desk.js";
import { ExportError } from "./export/atomic-output.js";
import { StoreError } from "./store/review-store.js";

/** What the router needs from the program hosting it (the Electron app or the preview server). */
export interface Host {
  /** The desk now open; openFolder replaces it. */
  desk(): Promise<Desk>;
  /** How far the opening of a folder has got; null when none is under way (absent: the host opens before it serves). */
  opening?(): OpenProgress | null;
  /** Lets the person pick a folder and opens it; null when they cancel. */
  openFolder(): Promise<Desk | null>;
  /** Lets the person pick where an export goes; null when they cancel. */
  exportDestination(format: ExportFormat, suggestedName: string): Promise<string | null>;
}

/** Who is calling: the origin of the frame (IPC) or of the request (HTTP). */
export interface Caller {
  trusted: boolean;
}

export class OperationError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Handlers = { [K in ApiOp]: (request: z.output<(typeof api)[K]["request"]>) => Promise<Response<K>> };

export function createRouter(host: Host) {
  const handlers: Handlers = {
    getSession: async () => (await host.desk()).session(),
    getOpening: async () => ({ opening: host.opening?.() ?? null }),
    openFolder: async () => {
      const desk = await host.openFolder();
      if (!desk) throw new OperationError("unsupported", "No folder was opened.");
      return desk.session();
    },
    listItems: async () => ({ items: (await host.desk()).listItems() }),
    searchItems: async ({ query }) => ({ ids: await (await host.desk()).searchItems(query) }),
    getItem: async ({ id }) => (await host.desk()).getItem(id),
    saveDraft: async ({ id, corrections, typing }) => (await host.desk()).saveDraft(id, corrections, typing),
    approve: async ({ id, corrections, override }) => (await host.desk()).approve(id, corrections, override),
    reject: async ({ id, reason }) => (await host.desk()).reject(id, reason),
    undo: async () => (await host.desk()).replay("undo"),
    redo: async () => (await host.desk()).replay("redo"),
    exportApproved: async ({ format, filter, bom, escapeFormulas }) => {
      const desk = await host.desk();
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
      // markdown is a folder: its suggested name has no extension.
      const extension = { jsonl: ".jsonl", json: ".json", csv: ".csv", markdown: "" }[format];
      const destination = await host.exportDestination(format, `${desk.session().folderName}-approved-${stamp}${extension}`);
      if (!destination) throw new OperationError("unsupported", "The export was cancelled.");
      return desk.exportApproved(destination, format, { filter, bom, escapeFormulas }).catch((error: unknown) => {
        throw error instanceof ExportError ? new OperationError(error.code, error.message) : error;
      });
    },
  };

  return async function handle(op: string, payload: unknown, caller: Caller): Promise<Result<unknown>> {
    if (!caller.trusted) return failure("untrusted-sender", "This request did not come from the Copydesk window; it was refused.");
    if (!isApiOp(op)) return failure("bad-request", `Unknown operation "${op}".`);
    const parsed = api[op].request.safeParse(payload ?? {});
    if (!parsed.success) return failure("bad-request", `The request for ${op} is malformed: ${z.prettifyError(parsed.error)}`);
    try {
      const data = await (handlers[op] as (request: unknown) => Promise<unknown>)(parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof OperationError || error instanceof StoreError) return failure(error.code, error.message);
      return failure("failed", `${op} failed: ${(error as Error).message}`);
    }
  };
}

export type Router = ReturnType<typeof createRouter>;
export type { Request };

export const isApiOp = (op: string): op is ApiOp => (API_OPS as readonly string[]).includes(op);

const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
