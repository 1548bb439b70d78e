// The single-file formats: how a batch of records becomes text. Each batch is written out before
// the next is made, so an export's memory does not grow with its size.
import { stringify } from "csv-stringify/sync";
import type { ExportFormat } from "../../../shared/api.js";
import { CSV_COLUMNS, toCsvRow, type ExportRecord } from "../../../shared/export-record.js";

export interface FileFormat {
  /** Text before the first record. */
  start(): string;
  /** A batch of records; `first` is the index of its first record in the export. */
  batch(records: ExportRecord[], first: number): string;
  /** Text after the last record; `count` is how many were written. */
  end(count: number): string;
}

/** JSON Lines: one record a line, "\n" after each. */
export const jsonlFormat = (): FileFormat => ({
  start: () => "",
  batch: (records) => records.map((r) => JSON.stringify(r) + "\n").join(""),
  end: () => "",
});

/** One JSON array, a record a line, so that line-oriented tools still cope. */
export const jsonArrayFormat = (): FileFormat => ({
  start: () => "[",
  batch: (records, first) => records.map((r, i) => (first + i === 0 ? "\n" : ",\n") + JSON.stringify(r)).join(""),
  end: (count) => (count === 0 ? "]\n" : "\n]\n"),
});

/**
 * RFC 4180 CSV through csv-stringify: a header row, CRLF between records, fields quoted when they
 * hold a comma, a quote or a line break (quotes doubled). Lists are joined as shared/export-record.ts
 * says. With `bom`, the file starts with a UTF-8 byte order mark (for Excel). With `escapeFormulas`,
 * csv-stringify prefixes ' to a cell starting with = + - @, a tab or a CR (OWASP's CSV injection
 * advice): scraped text is untrusted, and a spreadsheet would run "=HYPERLINK(…)" as a formula.
 */
export interface CsvOptions {
  bom?: boolean;
  escapeFormulas?: boolean;
}

export const csvFormat = (options: CsvOptions = {}): FileFormat => {
  const write = (rows: Record<string, string>[], header: boolean) =>
    stringify(rows, {
      header, columns: [...CSV_COLUMNS], record_delimiter: "windows", bom: header && options.bom === true, eof: true,
      escape_formulas: options.escapeFormulas === true,
    });
  let headerWritten = false;
  const header = () => {
    if (headerWritten) return "";
    headerWritten = true;
    return write([], true);
  };
  return {
    start: () => header(),
    batch: (records) => (records.length ? write(records.map(toCsvRow), false) : ""),
    end: () => "",
  };
};

export function fileFormat(format: Exclude<ExportFormat, "markdown">, options: CsvOptions): FileFormat {
  switch (format) {
    case "jsonl":
      return jsonlFormat();
    case "json":
      return jsonArrayFormat();
    case "csv":
      return csvFormat(options);
  }
}

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { jsonl: ".jsonl", json: ".json", csv: ".csv", markdown: "" };
