/**
 * A first-come-first-served queue of item slots: a growable ring buffer over an Int32Array, so
 * joining and leaving allocate nothing. Back-office tasks that were paused go back in order of
 * their arrival (`insertByArrival`), ahead of younger tasks, since work is taken oldest first.
 */
export class ItemQueue {
  private buffer: Int32Array;
  private start = 0;
  length = 0;

  private mask: number;

  /** `capacity` is rounded up to a power of two, so positions wrap with a bit mask. */
  constructor(capacity = 64) {
    let n = 4;
    while (n < capacity) n *= 2;
    this.buffer = new Int32Array(n);
    this.mask = n - 1;
  }

  push(item: number): void {
    if (this.length === this.buffer.length) this.grow();
    this.buffer[(this.start + this.length++) & this.mask] = item;
  }

  /** The first item; the queue must not be empty. */
  peek(): number {
    return this.buffer[this.start]!;
  }

  /** Removes and returns the first item; the queue must not be empty. */
  shift(): number {
    const item = this.buffer[this.start]!;
    this.start = (this.start + 1) & this.mask;
    this.length--;
    return item;
  }

  /** The i-th item from the front. */
  at(i: number): number {
    return this.buffer[(this.start + i) & this.mask]!;
  }

  /**
   * Inserts `item` before the first item that arrived later than it (arrival times by slot in
   * `arrivals`), keeping the queue ordered by arrival when it already is.
   */
  insertByArrival(item: number, arrivals: Float64Array): void {
    if (this.length === this.buffer.length) this.grow();
    const m = this.mask;
    const arrival = arrivals[item]!;
    // Walk from the back: new arrivals (the common case) stop at once.
    let i = this.length;
    while (i > 0 && arrivals[this.buffer[(this.start + i - 1) & m]!]! > arrival) {
      this.buffer[(this.start + i) & m] = this.buffer[(this.start + i - 1) & m]!;
      i--;
    }
    this.buffer[(this.start + i) & m] = item;
    this.length++;
  }

  private grow(): void {
    const bigger = new Int32Array(this.buffer.length * 2);
    for (let i = 0; i < this.length; i++) bigger[i] = this.buffer[(this.start + i) & this.mask]!;
    this.buffer = bigger;
    this.mask = bigger.length - 1;
    this.start = 0;
  }
}
