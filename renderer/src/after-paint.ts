// Work that may wait until the frame in hand is drawn (fetching ahead, say), so that it does not
// compete with that frame. A hidden window draws no frames: a timer runs it then.
export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  window.requestAnimationFrame(() => window.setTimeout(once, 0));
  window.setTimeout(once, 100);
}
