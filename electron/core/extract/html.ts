import type { Draft } from "./draft.js";
export function extractHtml(text: string, draft: Draft): void { void text; void draft; }
