// A dialog's problem line and its Cancel / submit buttons, as every form dialog ends.
interface Props {
  problem: string | null;
  problemId?: string;
  submitLabel: string;
  submitClass: "primary" | "danger";
  onCancel: () => void;
}

export function DialogActions({ problem, problemId, submitLabel, submitClass, onCancel }: Props) {
  return (
    <>
      {problem && (
        <p id={problemId} className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={submitClass}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
