/** Thrown when a replication exceeds `RunOptions.maxEvents`: the simulation stopped there. */
export class EventLimitError extends Error {
  constructor(readonly maxEvents: number) {
    super(`the simulation stopped after ${maxEvents.toLocaleString('en-US')} events (its limit)`);
    this.name = 'EventLimitError';
  }
}
