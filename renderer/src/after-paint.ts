// Work that may wait until the frame in hand is drawn and the page is idle (fetching ahead, laying
// out the next item, sending a write the editor does not wait for), so that it delays neither
// that frame nor the tasks already queued behind it. Idle callbacks run once a frame is committed
// and no task is waiting; a busy page still runs them within `timeout` ms.
export function afterNextPaint(run: () => void, timeout = 100): void {
  window.requestIdleCallback(() => run(), { timeout });
}

/**
 * Resolves once the frame in hand is drawn and the page idle (at most `timeout` ms later), or at
 * once when the page is being left (so that work put off until then still starts before it goes).
 */
export function nextPaint(timeout = 50): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve, timeout);
    window.addEventListener("pagehide", () => resolve(), { once: true });
  });
}
