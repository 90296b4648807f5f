// Diagnostics as plain data: what every stage reports instead of throwing on a user's mistake.
import type { Span } from './span.js';
import type { Code } from './codes.js';

/** How serious a diagnostic is: errors stop compilation, warnings do not. */
export type Severity = 'error' | 'warning';

/** A secondary location that explains the main one (e.g. where an operand's shape came from). */
export interface Note {
  message: string;
  span?: Span;
}

/** One problem found in a spec, located by character offsets into the spec text. */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  span: Span;
  notes: Note[];
  hint?: string;
  /** Set when the problem is in the command line (e.g. `--set`), not in the spec text; `span` is then empty. */
  commandLine?: true;
}

/**
 * A source text with a name, and line starts for turning offsets into line:column on demand. Lines end at \n, \r\n
 * or a lone \r; a leading byte order mark is not a column (editors do not show it).
 */
export class SourceFile {
  private lineStarts: number[] | undefined;
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /** 1-based line and column of an offset (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) {
        const ch = this.text.charCodeAt(i);
        if (ch === 10 || (ch === 13 && this.text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
      }
    }
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const bom = lo === 0 && o > 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 - bom };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    this.position(0);
    const starts = this.lineStarts as number[];
    const start = starts[line - 1] ?? this.text.length;
    const end = line < starts.length ? starts[line] : this.text.length;
    const text = this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
    return line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** Collects diagnostics for one stage; stages never throw on user mistakes. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  error(code: Code, message: string, span: Span, extra: { notes?: Note[]; hint?: string } = {}): void {
    this.items.push({ code, severity: 'error', message, span, notes: extra.notes ?? [], hint: extra.hint });
  }

  warning(code: Code, message: string, span: Span, extra: { notes?: Note[]; hint?: string } = {}): void {
    this.items.push({ code, severity: 'warning', message, span, notes: extra.notes ?? [], hint: extra.hint });
  }

  /** An error in the command line rather than the spec text (it has no span in the file). */
  commandLine(code: Code, message: string, extra: { notes?: Note[]; hint?: string } = {}): void {
    this.items.push({ code, severity: 'error', message, span: { start: 0, end: 0 }, notes: extra.notes ?? [], hint: extra.hint, commandLine: true });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Thrown only for bugs in mdlc itself, never for a user's mistake; the CLI reports it as such. */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal compiler error: ${message}`);
    this.name = 'InternalError';
  }
}

/** Sorts diagnostics by position, then code, so output is stable. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}
