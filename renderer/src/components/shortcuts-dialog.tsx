// Every keyboard shortcut of the desk, shown with `?`.
import { memo } from "react";
import { FIELDS, isList } from "../fields.js";
import { LIST_KEYS } from "./list-editor.js";
import { Modal } from "./modal.js";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? "⌘" : "Ctrl";

interface Shortcut {
  keys: string;
  what: string;
}

export const SHORTCUTS: readonly { group: string; items: readonly Shortcut[] }[] = [
  {
    group: "Anywhere, also in a text box",
    items: [
      { keys: `${mod}+Enter`, what: "Approve and go to the next item waiting (asks first when the record breaks the guidelines)" },
      { keys: `${mod}+Z`, what: "Undo the last edit or decision, on any item (the desk goes back to it; kept across restarts)" },
      { keys: `Shift+${mod}+Z or ${mod}+Y`, what: "Redo what was undone" },
      { keys: "Alt+↓ / Alt+↑", what: "Next / previous item in the queue" },
      { keys: "Alt+S", what: "Skip (next item waiting, no decision)" },
      { keys: "Alt+X", what: "Reject (asks for a reason)" },
      { keys: "Alt+Q / Alt+R / Alt+F", what: "Go to the queue / the raw scrape / the search box" },
      { keys: "Esc", what: "Close a dialog or menu, or leave a text box" },
    ],
  },
  {
    group: "Fields (Alt+key): with text selected in the raw scrape, put it into the field; without, go to the field",
    items: FIELDS.map((f) => ({
      keys: isList(f) ? `Alt+${f.key} / Alt+Shift+${f.key}` : `Alt+${f.key}`,
      what: isList(f) ? `${f.label}: add the selection as new entries / replace every entry` : f.label,
    })),
  },
  {
    group: "Raw scrape (when it has focus)",
    items: [
      { keys: "↑ ↓ Page Up/Down", what: "Move the line cursor (selects the line)" },
      { keys: "Shift+↑ ↓, Shift+Home/End", what: "Select several lines" },
      { keys: "Shift+F10 or Menu", what: "Put the selection into a field, from a menu (also right-click)" },
      { keys: "Click a highlight", what: "Go to the field (and entry) it was extracted into" },
    ],
  },
  { group: "Lists: body paragraphs, authors, related (in an entry)", items: LIST_KEYS },
  {
    group: "Queue and outside text boxes",
    items: [
      { keys: "↑ ↓ Page Up/Down Home End", what: "Move in the queue when it has focus" },
      { keys: "j / k", what: "Next / previous item" },
      { keys: "s / x", what: "Skip / reject" },
      { keys: "/", what: "Search titles, text and file names" },
      { keys: "?", what: "Show these shortcuts" },
    ],
  },
];

interface Props {
  open: boolean;
  onClose: () => void;
}

export const ShortcutsDialog = memo(function ShortcutsDialog({ open, onClose }: Props) {
  return (
    <Modal open={open} labelledBy="shortcuts-title" onClose={onClose} className="dialog wide">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-scroll" tabIndex={0} role="region" aria-label="Shortcut list">
        {SHORTCUTS.map((g) => (
          <table className="shortcuts" key={g.group}>
            <caption>{g.group}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((s) => (
                <tr key={s.keys}>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
});
