// The autosave line ("All changes saved"). Its state lives outside the desk's React state: a
// keystroke or a save's acknowledgement redraws this one line, not the whole desk, and an
// external store's update is drawn at once (in a microtask), not in a later scheduler task.
import { useSyncExternalStore } from "react";

export type SaveState = "idle" | "unsaved" | "saving" | "saved" | "failed";

const TEXT: Record<SaveState, string> = {
  idle: "",
  unsaved: "Unsaved changes…",
  saving: "Saving draft…",
  saved: "All changes saved",
  failed: "Draft not saved (see the error above)",
};

export class SaveStatus {
  private state: SaveState = "idle";
  private readonly listeners = new Set<() => void>();

  readonly get = (): SaveState => this.state;

  set(next: SaveState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const state = useSyncExternalStore(status.subscribe, status.get);
  return (
    <span className="save-state" aria-live="polite">
      {TEXT[state]}
    </span>
  );
}
