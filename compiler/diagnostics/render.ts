// Diagnostics -> text (caret snippets, for people) or JSON (for tools); rendering is separate from finding.
import type { Span } from '../../grammar/ast.js';
import { codes } from '../../core/codes.js';
import { type Diagnostic, type SourceFile, sortDiagnostics } from '../../core/diagnostic.js';

/** A span resolved to file, line and column, as published in docs/schemas/diagnostics.schema.json. */
export interface JsonSpan {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One diagnostic in JSON form. */
export interface JsonDiagnostic {
  code: string;
  title: string;
  severity: 'error' | 'warning';
  message: string;
  span: JsonSpan;
  notes: { message: string; span?: JsonSpan }[];
  hint?: string;
  /** True when the problem is in the command line, not in the spec text. */
  commandLine?: boolean;
}

function jsonSpan(file: SourceFile, span: Span): JsonSpan {
  const a = file.position(span.start);
  const b = file.position(span.end);
  return { file: file.path, start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Converts diagnostics to their JSON form, sorted by position. */
export function diagnosticsToJson(file: SourceFile, ds: Diagnostic[]): JsonDiagnostic[] {
  return sortDiagnostics(ds).map((d) => ({
    code: d.code,
    title: codes[d.code].title,
    severity: d.severity,
    message: d.message,
    span: jsonSpan(file, d.span),
    notes: d.notes.map((n) => (n.span ? { message: n.message, span: jsonSpan(file, n.span) } : { message: n.message })),
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.commandLine ? { commandLine: true } : {}),
  }));
}

interface Style {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  bold(s: string): string;
}
const plain: Style = { red: (s) => s, yellow: (s) => s, blue: (s) => s, bold: (s) => s };
const ansi: Style = {
  red: (s) => `\x1b[31m${s}\x1b[0m`,
  yellow: (s) => `\x1b[33m${s}\x1b[0m`,
  blue: (s) => `\x1b[34m${s}\x1b[0m`,
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
};

/** The source line of a span with the span underlined by carets (only its first line for multi-line spans). */
function snippet(file: SourceFile, span: Span, style: Style, mark: (s: string) => string): string[] {
  const a = file.position(span.start);
  const b = file.position(Math.max(span.start, span.end));
  const text = file.lineText(a.line);
  const shown = text.length > 200 ? text.slice(0, 200) + '…' : text;
  const endCol = b.line === a.line ? b.column : text.length + 1;
  const width = Math.max(1, Math.min(endCol, shown.length + 1) - a.column);
  const gutter = String(a.line).length;
  const pad = ' '.repeat(gutter);
  const lead = shown.slice(0, a.column - 1).replace(/[^\t]/g, ' ');
  return [
    `${style.blue(`${a.line} |`)} ${shown.replace(/\t/g, '\t')}`,
    `${style.blue(`${pad} |`)} ${lead}${mark('^'.repeat(width))}`,
  ];
}

/** Renders diagnostics as text: `file:line:col: error E0401: message`, the line, carets, notes and a hint. */
export function renderDiagnostics(file: SourceFile, ds: Diagnostic[], options: { color?: boolean } = {}): string {
  const style = options.color ? ansi : plain;
  const out: string[] = [];
  for (const d of sortDiagnostics(ds)) {
    const p = file.position(d.span.start);
    const sev = d.severity === 'error' ? style.red('error') : style.yellow('warning');
    const mark = d.severity === 'error' ? style.red : style.yellow;
    if (d.commandLine) out.push(style.bold('command line: ') + `${sev} ${d.code}: ${style.bold(d.message)}`);
    else {
      out.push(style.bold(`${file.path}:${p.line}:${p.column}: `) + `${sev} ${d.code}: ${style.bold(d.message)}`);
      out.push(...snippet(file, d.span, style, mark).map((l) => '  ' + l));
    }
    for (const n of d.notes) {
      if (n.span) {
        const np = file.position(n.span.start);
        out.push(`  ${style.blue('note')}: ${file.path}:${np.line}:${np.column}: ${n.message}`);
        out.push(...snippet(file, n.span, style, style.blue).map((l) => '    ' + l));
      } else {
        out.push(`  ${style.blue('note')}: ${n.message}`);
      }
    }
    if (d.hint) out.push(`  ${style.bold('hint')}: ${d.hint}`);
    out.push('');
  }
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.length - errors;
  if (ds.length > 0) out.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return out.join('\n');
}
