// Approving a record that breaks the guidelines needs an explicit override: this dialog lists the
// problems and asks. Cancel has the focus; "Approve anyway" (or Ctrl/⌘+Enter again) overrides.
import { memo, type KeyboardEvent } from "react";
import { Modal } from "./modal.js";

interface Props {
  open: boolean;
  problems: { label: string; problem: string }[];
  onCancel: () => void;
  onConfirm: () => void;
}

export const OverrideDialog = memo(function OverrideDialog({ open, problems, onCancel, onConfirm }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      onConfirm();
    }
  };
  return (
    <Modal open={open} labelledBy="override-title" onClose={onCancel} className="dialog">
      <div onKeyDown={onKeyDown}>
        <h2 id="override-title">Approve with problems?</h2>
        <p className="dialog-sub">This record breaks the guidelines. Approving it anyway is recorded as an override.</p>
        <ul className="override-problems" aria-label="Problems">
          {problems.map((p) => (
            <li key={p.label}>
              <strong>{p.label}:</strong> {p.problem}
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="danger" onClick={onConfirm} title="Ctrl/⌘+Enter">
            Approve anyway
          </button>
        </div>
      </div>
    </Modal>
  );
});
