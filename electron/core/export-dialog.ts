// What the native save dialog offers for each export format. Markdown exports are a new folder,
// so that dialog has no file-type filter.
import type { ExportFormat } from "../../shared/api.js";

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }[]> = {
  jsonl: [{ name: "JSON Lines", extensions: ["jsonl"] }],
  json: [{ name: "JSON", extensions: ["json"] }],
  csv: [{ name: "CSV", extensions: ["csv"] }],
  markdown: [],
};

export const saveDialogFilters = (format: ExportFormat) => FILTERS[format];
