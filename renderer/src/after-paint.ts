// Work the editor does not wait for (fetching ahead, laying out the next item, sending a write whose
// answer nobody watches), put off until the frame in hand is drawn and the tasks already queued
// behind it have run, so that it delays neither. A hidden window draws no frames: a timer runs it.
export function afterNextPaint(run: () => void, timeout = 30): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  // The idle callback is asked for once the frame is drawn (asked for before it, its timeout could
  // come first and run the work ahead of the frame).
  window.requestAnimationFrame(() => window.setTimeout(() => window.requestIdleCallback(once, { timeout }), 0));
  window.setTimeout(once, 100 + timeout);
}

/** Resolves as afterNextPaint runs its work, or at once when the page is being left (the work still starts). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
    window.addEventListener("pagehide", () => resolve(), { once: true });
  });
}
