// Training step counts and losses -> a progress line on stderr: redrawn in place on a terminal, a few plain lines in CI logs.
import { InternalError } from '../../core/diagnostic.js';

/** Where progress goes: stderr, or anything with `write` (tests pass a collector). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** How to draw one epoch's progress. */
export interface ProgressOptions {
  /** Steps in this epoch. */
  total: number;
  /** This epoch, counted from 1. */
  epoch: number;
  epochs: number;
  stream?: ProgressStream;
  /** Redraw in place with \r; defaults to the stream's isTTY. */
  tty?: boolean;
  /** Characters inside the bar's brackets. */
  width?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
}

/** What a step reports: the latest loss and, when the caller measures it, the speed. */
export interface ProgressValues {
  loss?: number;
  stepsPerSecond?: number;
}

/** Least time between redraws on a terminal, so drawing never slows training. */
const REDRAW_MS = 100;
/** Plain lines per epoch on a non-terminal (one per 10%). */
const PLAIN_LINES = 10;

/** Formats seconds as `28s`, `2m05s` or `1h02m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Formats a loss or metric with four decimals (`nan` and `inf` spelled out). */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  return Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-4) ? v.toExponential(3) : v.toFixed(4);
}

/** Draws `[=====>    ]` for a fraction done. */
export function formatBar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.floor(f * width);
  if (filled >= width) return `[${'='.repeat(width)}]`;
  return `[${'='.repeat(filled)}>${' '.repeat(width - filled - 1)}]`;
}

/** One epoch's progress bar: `epoch 3/10 [=====>    ] 120/469 loss 0.3412 12.3 steps/s ETA 28s`. */
export class Progress {
  private readonly stream: ProgressStream;
  private readonly tty: boolean;
  private readonly width: number;
  private readonly now: () => number;
  private readonly started: number;
  private lastDraw = -Infinity;
  private lastBucket = 0;
  private lastLine = '';
  private drawnInPlace = false;

  /** Starts the epoch's clock; nothing is printed until the first update. */
  constructor(private readonly options: ProgressOptions) {
    if (!Number.isSafeInteger(options.total) || options.total < 0) throw new InternalError(`progress total must be a non-negative integer, got ${options.total}`);
    this.stream = options.stream ?? process.stderr;
    this.tty = options.tty ?? this.stream.isTTY === true;
    this.width = options.width ?? 20;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** The progress line for a step, without any \r or newline. */
  line(step: number, values: ProgressValues = {}): string {
    const { total, epoch, epochs } = this.options;
    const parts = [`epoch ${epoch}/${epochs}`, formatBar(total > 0 ? step / total : 1, this.width), `${step}/${total}`];
    if (values.loss !== undefined) parts.push(`loss ${formatValue(values.loss)}`);
    const elapsed = (this.now() - this.started) / 1000;
    const speed = values.stepsPerSecond ?? (elapsed > 0 && step > 0 ? step / elapsed : undefined);
    if (speed !== undefined && Number.isFinite(speed) && speed > 0) {
      parts.push(`${speed.toFixed(1)} steps/s`);
      if (step < total) parts.push(`ETA ${formatDuration((total - step) / speed)}`);
    }
    return parts.join(' ');
  }

  /** Reports that `step` of `total` steps are done; draws at most every 100 ms on a terminal, once per 10% elsewhere. */
  update(step: number, values: ProgressValues = {}): void {
    const { total } = this.options;
    if (this.tty) {
      const t = this.now();
      if (t - this.lastDraw < REDRAW_MS && step < total) return;
      this.lastDraw = t;
      this.drawInPlace(this.line(step, values));
      return;
    }
    const bucket = total > 0 ? Math.floor((Math.min(step, total) * PLAIN_LINES) / total) : PLAIN_LINES;
    if (bucket <= this.lastBucket) return;
    this.lastBucket = bucket;
    this.stream.write(this.line(step, values) + '\n');
  }

  /** Ends the epoch: finishes the bar and prints `epoch 3/10 done in 38s: loss 0.3012 val_loss 0.3300`. */
  done(summary: Record<string, number> = {}): void {
    if (this.tty && this.drawnInPlace) this.stream.write('\n');
    this.drawnInPlace = false;
    const { epoch, epochs } = this.options;
    const seconds = (this.now() - this.started) / 1000;
    const values = Object.entries(summary).map(([name, v]) => `${name} ${formatValue(v)}`);
    this.stream.write(`epoch ${epoch}/${epochs} done in ${seconds < 10 ? `${seconds.toFixed(1)}s` : formatDuration(seconds)}${values.length ? ': ' + values.join(' ') : ''}\n`);
  }

  /** Redraws the line over the previous one, cut to the terminal's width so \r still returns to its start. */
  private drawInPlace(text: string): void {
    const columns = this.stream.columns;
    const fitted = columns !== undefined && columns > 1 && text.length >= columns ? text.slice(0, columns - 1) : text;
    // Pad over a longer previous line instead of an escape code, so dumb terminals show it right too.
    const pad = ' '.repeat(Math.max(0, this.lastLine.length - fitted.length));
    this.stream.write(`\r${fitted}${pad}`);
    this.lastLine = fitted;
    this.drawnInPlace = true;
  }
}
