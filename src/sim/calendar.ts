/**
 * The event calendar: a binary min-heap over typed arrays, ordered by (time, priority, insertion
 * order). Events at the same time and priority come out in the order they were scheduled, so a run
 * is repeatable to the bit. Nothing is allocated per event: an event is numbers in parallel arrays
 * (time, order key, kind, entity, tag, value) addressed by a slot, and the heap holds slot numbers.
 * Arrays grow by doubling when full, which happens a handful of times per run at most.
 */

/** Order key = priority * PRIORITY_SPAN + sequence; exact in a double while sequence < 2^44. */
const PRIORITY_SPAN = 17_592_186_044_416; // 2^44, written out: no engine-rounded pow

export class EventCalendar {
  private times: Float64Array;
  private keys: Float64Array;
  private kinds: Uint8Array;
  private entities: Int32Array;
  private tags: Int32Array;
  private values: Float64Array;
  /** heap[i] is a slot; heap order lives here, event data in the slot arrays. */
  private heap: Int32Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private count = 0;
  private sequence = 0;

  /** The event last taken by `pop()`. */
  time = 0;
  kind = 0;
  entity = 0;
  tag = 0;
  value = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.times = new Float64Array(n);
    this.keys = new Float64Array(n);
    this.kinds = new Uint8Array(n);
    this.entities = new Int32Array(n);
    this.tags = new Int32Array(n);
    this.values = new Float64Array(n);
    this.heap = new Int32Array(n);
    this.freeSlots = new Int32Array(n);
    for (let i = 0; i < n; i++) this.freeSlots[i] = n - 1 - i;
    this.freeCount = n;
  }

  /** Events still to come. */
  get size(): number {
    return this.taken ? this.count - 1 : this.count;
  }

  /** Time of the next event, or Infinity when the calendar is empty. */
  peekTime(): number {
    if (this.taken) this.removeTaken();
    return this.count > 0 ? this.times[this.heap[0]!]! : Infinity;
  }

  /**
   * Schedules an event. `priority` orders events at equal times (lower first); `kind` says what
   * happens, `entity` and `tag` to whom (e.g. a person and the generation of their service, so a
   * cancelled completion is recognised as stale when it comes out); `value` is a number the event
   * carries (a break's length, say).
   */
  schedule(time: number, priority: number, kind: number, entity: number, tag: number, value = 0): void {
    const key = priority * PRIORITY_SPAN + this.sequence++;
    if (this.taken) {
      // The event just taken still sits at the root: the new one replaces it and sinks from
      // there, one sift instead of a removal and an insertion (most events schedule one).
      this.taken = false;
      const slot = this.heap[0]!;
      this.write(slot, time, key, kind, entity, tag, value);
      this.siftDown(slot, time, key, this.count);
      return;
    }
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount]!;
    this.write(slot, time, key, kind, entity, tag, value);
    // Sift up.
    const heap = this.heap;
    const times = this.times;
    const keys = this.keys;
    let i = this.count++;
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = heap[parentIndex]!;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      heap[i] = parent;
      i = parentIndex;
    }
    heap[i] = slot;
  }

  /**
   * Takes the earliest event into `time`, `kind`, `entity`, `tag`, `value`. Returns false when empty.
   * The event leaves the heap lazily: at the next `schedule` (which takes its place), `pop` or `peekTime`.
   */
  pop(): boolean {
    if (this.taken) this.removeTaken();
    if (this.count === 0) return false;
    const top = this.heap[0]!;
    this.time = this.times[top]!;
    this.kind = this.kinds[top]!;
    this.entity = this.entities[top]!;
    this.tag = this.tags[top]!;
    this.value = this.values[top]!;
    this.taken = true;
    return true;
  }

  /** Whether the root is the event last taken, not yet removed. */
  private taken = false;

  private removeTaken(): void {
    this.taken = false;
    const heap = this.heap;
    this.freeSlots[this.freeCount++] = heap[0]!;
    const n = --this.count;
    if (n > 0) {
      const last = heap[n]!;
      this.siftDown(last, this.times[last]!, this.keys[last]!, n);
    }
  }

  private write(slot: number, time: number, key: number, kind: number, entity: number, tag: number, value: number): void {
    this.times[slot] = time;
    this.keys[slot] = key;
    this.kinds[slot] = kind;
    this.entities[slot] = entity;
    this.tags[slot] = tag;
    this.values[slot] = value;
  }

  /** Puts `slot` (time `lt`, key `lk`) at the root of the first `n` heap entries and sinks it. */
  private siftDown(slot: number, lt: number, lk: number, n: number): void {
    const heap = this.heap;
    const times = this.times;
    const keys = this.keys;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let cs = heap[child]!;
      let ct = times[cs]!;
      const right = child + 1;
      if (right < n) {
        const rs = heap[right]!;
        const rt = times[rs]!;
        if (rt < ct || (rt === ct && keys[rs]! < keys[cs]!)) {
          child = right;
          cs = rs;
          ct = rt;
        }
      }
      if (lt < ct || (lt === ct && lk < keys[cs]!)) break;
      heap[i] = cs;
      i = child;
    }
    heap[i] = slot;
  }

  private grow(): void {
    const old = this.times.length;
    const n = old * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.times = grow64(this.times);
    this.keys = grow64(this.keys);
    this.values = grow64(this.values);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const entities = new Int32Array(n);
    entities.set(this.entities);
    this.entities = entities;
    const tags = new Int32Array(n);
    tags.set(this.tags);
    this.tags = tags;
    const heap = new Int32Array(n);
    heap.set(this.heap);
    this.heap = heap;
    const free = new Int32Array(n);
    // All old slots are in use (that is why we grow); the new ones are free.
    for (let i = 0; i < n - old; i++) free[i] = n - 1 - i;
    this.freeSlots = free;
    this.freeCount = n - old;
  }
}
