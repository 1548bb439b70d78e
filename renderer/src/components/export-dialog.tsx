// Export options, the same as `copydesk export`: format and which approved records. The
// destination is picked by the host (a native save dialog in the app); no path is sent from here.
import { memo, useEffect, useRef, useState, type FormEvent } from "react";
import type { ExportFilter, ExportFormat, Request } from "../../../shared/api.js";
import { DialogActions } from "./dialog-actions.js";
import { Modal } from "./modal.js";
import { SelectRow } from "./select-row.js";

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: "jsonl", label: "JSON Lines (.jsonl)" },
  { value: "json", label: "JSON array (.json)" },
  { value: "csv", label: "CSV (.csv)" },
  { value: "markdown", label: "Markdown files (a folder)" },
];

interface Props {
  open: boolean;
  publishers: string[];
  onCancel: () => void;
  onConfirm: (request: Request<"exportApproved">) => void;
}

/** The request for the chosen options: empty choices are left out, so the default is "all approved". */
export function exportRequest(format: ExportFormat, options: { publisher: string; from: string; to: string; sinceLast: boolean; bom: boolean; escapeFormulas?: boolean }): Request<"exportApproved"> {
  const filter: ExportFilter = {};
  if (options.publisher) filter.publishers = [options.publisher];
  if (options.from) filter.publishedFrom = options.from;
  if (options.to) filter.publishedTo = options.to;
  if (options.sinceLast) filter.sinceLastExport = true;
  return {
    format,
    ...(Object.keys(filter).length ? { filter } : {}),
    ...(format === "csv" && options.bom ? { bom: true } : {}),
    ...(format === "csv" && options.escapeFormulas ? { escapeFormulas: true } : {}),
  };
}

export const ExportDialog = memo(function ExportDialog({ open, publishers, onCancel, onConfirm }: Props) {
  const [format, setFormat] = useState<ExportFormat>("jsonl");
  const [publisher, setPublisher] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [sinceLast, setSinceLast] = useState(false);
  const [bom, setBom] = useState(false);
  const [escapeFormulas, setEscapeFormulas] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const formatRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    formatRef.current?.focus();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from > to) {
      setProblem("The “from” date is after the “to” date.");
      return;
    }
    onConfirm(exportRequest(format, { publisher, from, to, sinceLast, bom, escapeFormulas }));
  };

  return (
    <Modal open={open} labelledBy="export-title" onClose={onCancel} className="dialog">
      <form onSubmit={submit} noValidate>
        <h2 id="export-title">Export approved articles</h2>
        <SelectRow id="export-format" label="Format" value={format} options={FORMATS} onChange={setFormat} selectRef={formatRef} />
        <SelectRow
          id="export-publisher"
          label="Publisher"
          value={publisher}
          options={[{ value: "", label: "Any publisher" }, ...publishers.map((p) => ({ value: p, label: p }))]}
          onChange={setPublisher}
        />
        <div className="form-row">
          <label htmlFor="export-from">Published from</label>
          <input id="export-from" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div className="form-row">
          <label htmlFor="export-to">Published to</label>
          <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </div>
        <div className="form-row">
          <label>
            <input type="checkbox" checked={sinceLast} onChange={(e) => setSinceLast(e.currentTarget.checked)} /> Only records not in an earlier export
          </label>
        </div>
        {format === "csv" && (
          <div className="form-row">
            <label>
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} /> Start with a byte order mark (for Excel)
            </label>
          </div>
        )}
        {format === "csv" && (
          <div className="form-row">
            <label>
              <input type="checkbox" checked={escapeFormulas} onChange={(e) => setEscapeFormulas(e.currentTarget.checked)} /> Neutralise formulas: a cell starting with = + - @ gets a leading ' (for spreadsheets)
            </label>
          </div>
        )}
        <DialogActions problem={problem} submitLabel="Export approved" submitClass="primary" onCancel={onCancel} />
      </form>
    </Modal>
  );
});
