/**
 * The progress bar of long runs, on stderr (cli-progress): replications done, rate and ETA. It is
 * off when stderr is not a terminal (logs, CI, batch engines) or with --quiet, so redirected output
 * stays clean; data never goes to stderr.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more replication done. */
  increment(): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Replications in this run (the shard's slice). */
  readonly total: number;
  /** Already done before the run started (reused from an interrupted run). */
  readonly done: number;
  /** What is running, e.g. the scenario name. */
  readonly label: string;
  /** --quiet. */
  readonly quiet: boolean;
  /** Defaults to process.stderr. */
  readonly stream?: NodeJS.WriteStream;
}

const SILENT: Progress = { increment() {}, stop() {} };

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY || options.total === 0) return SILENT;
  const started = performance.now();
  let computed = 0;
  const rate = (): string => {
    const seconds = (performance.now() - started) / 1000;
    if (computed === 0 || seconds <= 0) return '–';
    const perSecond = computed / seconds;
    return perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1);
  };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} {bar} {value}/{total} replications | {rate}/s | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, options.done, { rate: rate() });
  return {
    increment() {
      computed++;
      bar.increment(1, { rate: rate() });
    },
    stop() {
      bar.stop();
    },
  };
}

/**
 * A progress bar for work counted in other units (bytes of a file read, simulated days), with the
 * same conventions: stderr, only on a terminal, never with --quiet. `update` sets the amount done.
 */
export function createAmountProgress(options: { readonly label: string; readonly total: number; readonly unit: 'bytes' | string; readonly quiet: boolean; readonly stream?: NodeJS.WriteStream }): { update(done: number): void; stop(): void } {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY || options.total === 0) return { update() {}, stop() {} };
  const bytes = options.unit === 'bytes';
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: bytes ? `${options.label} {bar} {done}/{all} MB | ETA {eta_formatted}` : `${options.label} {bar} {value}/{total} ${options.unit} | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, 0, { done: mb(0), all: mb(options.total) });
  return {
    update(done) {
      bar.update(Math.min(done, options.total), { done: mb(done), all: mb(options.total) });
    },
    stop() {
      bar.stop();
    },
  };
}
