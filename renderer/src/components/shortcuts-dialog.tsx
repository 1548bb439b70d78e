// Every keyboard shortcut of the desk, shown with `?`.
import { Modal } from "./modal.js";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? "⌘" : "Ctrl";

export const SHORTCUTS: readonly { keys: string; what: string; inText: boolean }[] = [
  { keys: `${mod}+Enter`, what: "Approve and go to the next item", inText: true },
  { keys: "Alt+↓ or j", what: "Next item", inText: true },
  { keys: "Alt+↑ or k", what: "Previous item", inText: true },
  { keys: "Alt+S or s", what: "Skip (next item, no decision)", inText: true },
  { keys: "Alt+X or x", what: "Reject (asks for a reason)", inText: true },
  { keys: "↑ ↓ Home End", what: "Move in the queue when it has focus", inText: false },
  { keys: "Esc", what: "Close a dialog, or leave a text box", inText: true },
  { keys: "?", what: "Show these shortcuts", inText: false },
];

interface Props {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: Props) {
  return (
    <Modal open={open} labelledBy="shortcuts-title" onClose={onClose} className="dialog">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="dialog-sub">Single letters (j, k, s, x, ?) work when no text box has focus; the others work everywhere.</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
