// The top bar: the folder, how far the review is, and the folder, export and help buttons.
// Memoised: showing another item does not draw it again.
import { memo } from "react";
import type { Session } from "../../../shared/api.js";

interface Props {
  session: Session | null;
  loaded: boolean;
  counts: { total: number; approved: number; rejected: number; draft: number };
  busy: boolean;
  onOpenFolder: () => void;
  onExport: () => void;
  onHelp: () => void;
}

export const TopBar = memo(function TopBar({ session, loaded, counts, busy, onOpenFolder, onExport, onHelp }: Props) {
  const reviewed = counts.approved + counts.rejected;
  return (
    <header className="topbar">
      <h1>Copydesk</h1>
      <span className="folder" title={session?.folder}>
        {session ? session.folderName : loaded ? "No folder" : "Loading…"}
      </span>
      <div className="progress">
        <progress max={Math.max(counts.total, 1)} value={reviewed} aria-label="Reviewed items" />
        <span>
          {reviewed} / {counts.total} reviewed · {counts.approved} approved · {counts.rejected} rejected
          {counts.draft > 0 ? ` · ${counts.draft} draft${counts.draft === 1 ? "" : "s"}` : ""}
        </span>
      </div>
      <div className="topbar-actions">
        <button type="button" onClick={onOpenFolder} disabled={busy}>
          Open folder…
        </button>
        <button type="button" onClick={onExport} disabled={busy}>
          Export
        </button>
        <button type="button" className="icon" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </div>
    </header>
  );
});
