/**
 * The pool of items (customers at the counter and back-office tasks) as parallel typed arrays
 * addressed by slot. Slots are reused once an item leaves, so the pool's size follows the number
 * of items in the office at once, not the horizon; it grows by doubling when full.
 */
import { ITEM_FREE } from './codes.js';

export class ItemPool {
  private capacity = 0;
  itemClass = new Int32Array(0);
  state = new Uint8Array(0);
  arrival = new Float64Array(0);
  /** Remaining work content in minutes at proficiency 1.0. */
  work = new Float64Array(0);
  /** When work first started, -1 before. */
  firstStart = new Float64Array(0);
  /** Bumped when a slot is freed, so stale events about its previous item are ignored. */
  gen = new Int32Array(0);
  /** Items numbered in order of creation within the replication (the trace's item ids). */
  serial = new Int32Array(0);
  /** `handoffSlots` per item: the work of each handoff the customer will make, NaN for none. */
  handoffWork = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  private serialCounter = 0;

  constructor(readonly handoffSlots: number) {
    this.grow(256);
  }

  /** A slot for a new item of class q arriving at t. */
  take(q: number, t: number): number {
    if (this.freeCount === 0) this.grow(this.capacity * 2);
    const item = this.free[--this.freeCount]!;
    this.itemClass[item] = q;
    this.arrival[item] = t;
    this.firstStart[item] = -1;
    this.serial[item] = this.serialCounter++;
    return item;
  }

  /** Returns a slot to the pool; its generation changes so stale events about it are ignored. */
  release(item: number): void {
    this.state[item] = ITEM_FREE;
    this.gen[item]!++;
    this.free[this.freeCount++] = item;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    const grown = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(capacity * per);
      b.set(a);
      return b;
    };
    this.itemClass = grown(this.itemClass, (n) => new Int32Array(n));
    this.state = grown(this.state, (n) => new Uint8Array(n));
    this.arrival = grown(this.arrival, (n) => new Float64Array(n));
    this.work = grown(this.work, (n) => new Float64Array(n));
    this.firstStart = grown(this.firstStart, (n) => new Float64Array(n));
    this.gen = grown(this.gen, (n) => new Int32Array(n));
    this.serial = grown(this.serial, (n) => new Int32Array(n));
    this.handoffWork = grown(this.handoffWork, (n) => new Float64Array(n), this.handoffSlots);
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.freeCount));
    let count = this.freeCount;
    for (let i = capacity - 1; i >= old; i--) free[count++] = i;
    this.free = free;
    this.freeCount = count;
    this.capacity = capacity;
  }
}
