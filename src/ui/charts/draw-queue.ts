/**
 * Draws charts one per task. Plot builds a chart synchronously; a results view with ten charts
 * drawn in one go would block the page for the sum of them. Queued here, each chart is drawn in
 * its own macrotask, so input and the progress bar stay responsive between charts, and a chart asked
 * to redraw again before its turn is drawn once.
 */

type Draw = () => void;

const queue = new Map<object, Draw>();
let scheduled = false;

/** A macrotask without setTimeout's 4 ms clamping after nesting: a message to ourselves. */
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
if (channel !== null) channel.port1.onmessage = () => step();

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (channel !== null) channel.port2.postMessage(0);
  else setTimeout(step, 0);
}

function step(): void {
  scheduled = false;
  const next = queue.entries().next();
  if (next.done) return;
  const [owner, draw] = next.value;
  queue.delete(owner);
  try {
    draw();
  } finally {
    if (queue.size > 0) schedule();
  }
}

/** Queues `draw` for `owner`, replacing a draw it had queued and not yet run. */
export function queueDraw(owner: object, draw: Draw): void {
  queue.delete(owner);
  queue.set(owner, draw);
  schedule();
}

/** Drops `owner`'s queued draw (an element leaving the page). */
export function cancelDraw(owner: object): void {
  queue.delete(owner);
}

/** Resolves once every queued draw has run (tests and screenshots wait on it). */
export function drawsSettled(): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (queue.size === 0 && !scheduled) resolve();
      else setTimeout(check, 10);
    };
    check();
  });
}
