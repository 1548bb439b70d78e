// Asks why an item is rejected: a short list of reasons plus an optional note ("other" needs one).
import { memo, useEffect, useRef, useState, type FormEvent } from "react";
import { DialogActions } from "./dialog-actions.js";
import { Modal } from "./modal.js";
import { SelectRow } from "./select-row.js";

export const REJECT_REASONS = [
  { value: "paywall", label: "Paywall" },
  { value: "not an article", label: "Not an article" },
  { value: "duplicate", label: "Duplicate" },
  { value: "broken scrape", label: "Broken scrape" },
  { value: "other", label: "Other" },
] as const;

interface Props {
  open: boolean;
  itemLabel: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** The stored reason: the picked one, with the note after a colon; "other" is just the note. */
export function composeReason(picked: string, note: string): string {
  const text = note.trim().replace(/\s+/g, " ");
  if (picked === "other") return text === "" ? "" : `other: ${text}`;
  return text === "" ? picked : `${picked}: ${text}`;
}

export const RejectDialog = memo(function RejectDialog({ open, itemLabel, onCancel, onConfirm }: Props) {
  const [picked, setPicked] = useState<string>(REJECT_REASONS[0].value);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!open) return;
    setNote("");
    setProblem(null);
    selectRef.current?.focus();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reason = composeReason(picked, note);
    if (reason === "") {
      setProblem("Say why in the note when the reason is “Other”.");
      return;
    }
    onConfirm(reason);
  };

  return (
    <Modal open={open} labelledBy="reject-title" onClose={onCancel} className="dialog">
      <form onSubmit={submit} noValidate>
        <h2 id="reject-title">Reject this item?</h2>
        <p className="dialog-sub">{itemLabel}</p>
        <SelectRow id="reject-reason" label="Reason" value={picked} options={REJECT_REASONS} onChange={setPicked} selectRef={selectRef} />
        <div className="form-row">
          <label htmlFor="reject-note">Note</label>
          <textarea
            id="reject-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            aria-describedby={problem ? "reject-problem" : undefined}
            aria-invalid={problem ? true : undefined}
          />
        </div>
        <DialogActions problem={problem} problemId="reject-problem" submitLabel="Confirm" submitClass="danger" onCancel={onCancel} />
      </form>
    </Modal>
  );
});
