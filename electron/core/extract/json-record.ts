import type { Draft } from "./draft.js";
export function extractJsonRecord(text: string, draft: Draft, fileName: string): string | undefined { void text; void draft; void fileName; return undefined; }
