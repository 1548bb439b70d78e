// The queue's search box and filters (status, publisher, sort, warnings, low confidence).
// Memoised: showing another item does not draw them again.
import { memo } from "react";
import { stripBidi } from "../fields.js";
import { SORTS, STATUS_FILTERS, type QueueView, type SortKey, type StatusFilter } from "../queue-view.js";

interface Props {
  view: QueueView;
  publishers: string[];
  onPatch: (patch: Partial<QueueView>) => void;
  /** Plain Enter or ↓ in the search box: go to the queue. */
  onToQueue: () => void;
}

export const QueueControls = memo(function QueueControls({ view, publishers, onPatch, onToQueue }: Props) {
  return (
    <div className="queue-controls">
      <input
        id="queue-search"
        type="search"
        aria-label="Search titles, text and file names"
        placeholder="Search title, text or file (/)"
        value={view.search}
        onChange={(e) => onPatch({ search: e.currentTarget.value })}
        onKeyDown={(e) => {
          // Plain Enter or ↓ goes to the queue; a modified one (Ctrl+Enter: approve) is the desk's.
          if ((e.key === "Enter" || e.key === "ArrowDown") && !(e.ctrlKey || e.metaKey || e.altKey || e.shiftKey)) {
            e.preventDefault();
            onToQueue();
          }
        }}
      />
      <div className="control-row">
        <label htmlFor="queue-filter">Show</label>
        <select id="queue-filter" value={view.status} onChange={(e) => onPatch({ status: e.currentTarget.value as StatusFilter })}>
          {Object.entries(STATUS_FILTERS).map(([key, f]) => (
            <option key={key} value={key}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="control-row">
        <label htmlFor="queue-publisher">Publisher</label>
        <select id="queue-publisher" aria-label="Filter by publisher" value={view.publisher} onChange={(e) => onPatch({ publisher: e.currentTarget.value })}>
          <option value="">All publishers</option>
          {publishers.map((p) => (
            <option key={p} value={p}>
              {stripBidi(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="control-row">
        <label htmlFor="queue-sort">Sort</label>
        <select id="queue-sort" value={view.sort} onChange={(e) => onPatch({ sort: e.currentTarget.value as SortKey })}>
          {Object.entries(SORTS).map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div className="control-row checks">
        <label>
          <input type="checkbox" checked={view.warnings} onChange={(e) => onPatch({ warnings: e.currentTarget.checked })} /> With warnings
        </label>
        <label>
          <input type="checkbox" checked={view.lowConfidence} onChange={(e) => onPatch({ lowConfidence: e.currentTarget.checked })} /> Low confidence
        </label>
      </div>
    </div>
  );
});
