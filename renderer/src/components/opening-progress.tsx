// While the host reads a folder (a first open extracts every file: 10,000 files take several
// seconds), how far it has got, asked for a few times a second.
import { useEffect, useState } from "react";
import type { CopydeskApi, Response } from "../../../shared/api.js";

type Opening = Response<"getOpening">["opening"];

const POLL_MS = 250;
const count = new Intl.NumberFormat();

/** The host's opening progress while `active`; null when it is not known or no opening is under way. */
export function useOpening(api: CopydeskApi, active: boolean): Opening {
  const [opening, setOpening] = useState<Opening>(null);
  useEffect(() => {
    setOpening(null);
    if (!active) return;
    let live = true;
    let timer = 0;
    const ask = async () => {
      const answer = await api.getOpening({});
      if (!live) return;
      setOpening(answer.ok ? answer.data.opening : null);
      timer = window.setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, active]);
  return opening;
}

export function OpeningProgress({ opening }: { opening: Opening }) {
  if (!opening || opening.total === 0) return <p className="empty">Opening the folder…</p>;
  return (
    <div className="opening">
      <p>
        Reading the folder: {count.format(opening.done)} of {count.format(opening.total)} files
      </p>
      <progress max={opening.total} value={opening.done} aria-label="Files read" />
      {opening.file && (
        <p className="opening-file" title={opening.file}>
          {opening.file}
        </p>
      )}
    </div>
  );
}
