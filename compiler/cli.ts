#!/usr/bin/env node
// The `mdlc` command: argument parsing, reading files, exit codes; the work is done by the compiler's stages.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Purpose } from './check/check.js';
import { checkSource } from './compile.js';
import { SourceFile, InternalError } from './diagnostics/diagnostic.js';
import { diagnosticsToJson, renderDiagnostics } from './diagnostics/render.js';
import { renderSummary, summarize } from './summary.js';

/** Exit codes: 0 clean (warnings allowed), 1 errors in the spec, 2 bad usage or unreadable file, 3 a bug in mdlc. */
export const exitCodes = { ok: 0, specErrors: 1, usage: 2, internal: 3 } as const;

const usage = `Usage: mdlc <command> [options]

Commands:
  check <file.model>   check a spec and print its summary, or every problem found

Options for check:
  --format text|json   output format (default text)
  --set name=value     override a const of the spec (repeatable)
  --for check|train|inference
                       what the spec must be fit for: train makes a missing loss or optimizer an error (default check)
  --color / --no-color colored output (default: when stdout is a terminal)
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no errors (warnings allowed), 1 errors in the spec, 2 bad usage or unreadable file, 3 internal error.`;

/** Streams the CLI writes to (replaceable so tests can run it in-process). */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTty: boolean;
}

class UsageError extends Error {}

function parseSets(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--set expects name=value, got "${v}"`);
    out[m[1]] = m[2];
  }
  return out;
}

function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      set: { type: 'string', multiple: true, default: [] },
      for: { type: 'string', default: 'check' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(usage);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'check needs a spec file: mdlc check path/to/net.model' : `check takes one spec file, got ${positionals.length}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  if (!['check', 'train', 'inference'].includes(values.for as string)) throw new UsageError(`--for must be check, train or inference, got "${values.for}"`);
  const path = positionals[0];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`mdlc: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
    return exitCodes.usage;
  }
  const file = new SourceFile(path, text);
  const result = checkSource(file, { overrides: parseSets(values.set as string[]), purpose: values.for as Purpose });
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  const summary = result.model && summarize(result.model, file);
  if (values.format === 'json') {
    io.out(JSON.stringify({ file: path, ok: !errors, diagnostics: diagnosticsToJson(file, result.diagnostics), ...(summary ? { summary } : {}) }, null, 2));
  } else {
    const color = values['no-color'] ? false : (values.color ?? io.isTty);
    if (result.diagnostics.length) (errors ? io.err : io.out)(renderDiagnostics(file, result.diagnostics, { color }));
    if (summary) io.out(renderSummary(summary, file));
  }
  return errors ? exitCodes.specErrors : exitCodes.ok;
}

/** Runs the CLI with arguments (without `node mdlc`); returns the exit code. Never throws. */
export function main(argv: string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.out(usage);
      return command ? exitCodes.ok : exitCodes.usage;
    }
    if (command === '-v' || command === '--version') {
      io.out(version());
      return exitCodes.ok;
    }
    if (command === 'check') return runCheck(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`mdlc: ${(e as Error).message}\n\n${usage}`);
      return exitCodes.usage;
    }
    const message = e instanceof InternalError ? e.message : `internal compiler error: ${(e as Error)?.stack ?? String(e)}`;
    io.err(`mdlc: ${message}\nThis is a bug in mdlc, not in your spec; please report it with the spec that triggered it.`);
    return exitCodes.internal;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `mdlc ${pkg.version}`;
}

function isEntryPoint(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const code = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    isTty: Boolean(process.stdout.isTTY),
  });
  process.exitCode = code;
}
