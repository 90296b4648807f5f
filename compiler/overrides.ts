// Overrides of the spec's settings (`train.batch_size=64`, `optimizer.lr=0.01`, as `--set`, `--batch-size`, `--lr` and
// `--seed` give them) -> the AST with each written in, so the checker binds it as if the spec said so. A value the
// setting's schema refuses is a command-line diagnostic that points at where the spec sets it.
import type { Arg, Decl, Expr, Span, Spec } from '../grammar/ast.js';
import { type Diagnostic, DiagnosticBag, type Note } from '../core/diagnostic.js';
import { didYouMean } from '../core/suggest.js';
import { type ArgContext, type ArgSpec, bindArgs } from './check/args.js';
import { optimizers, trainSettings } from './check/training.js';
import type { OptimizerKind } from './check/types.js';
import type { ConstValue } from './check/values.js';

/** The sections whose settings can be overridden. */
const sectionNames = ['train', 'optimizer'] as const;

type SectionName = (typeof sectionNames)[number];
type SectionDecl = Extract<Decl, { kind: SectionName }>;

/** The argument schema of a section: the train settings, or the named optimizer's (undefined for an unknown one). */
function schemaOf(kind: SectionName, callee: string | undefined): readonly ArgSpec[] | undefined {
  if (kind === 'train') return trainSettings;
  return callee !== undefined && Object.hasOwn(optimizers, callee) ? optimizers[callee as OptimizerKind].args : undefined;
}

/** What a literal expression evaluates to, as the checker would evaluate it. */
function valueOf(e: Expr): ConstValue | undefined {
  if (e.kind === 'number') return { kind: 'number', value: e.value, isInt: e.isInt };
  if (e.kind === 'bool') return { kind: 'bool', value: e.value };
  return undefined;
}

/** The override name of a setting: `settingKey('train', 'batch_size')` is `train.batch_size`. */
export function settingKey(section: SectionName, name: string): string {
  return `${section}.${name}`;
}

/** Splits overrides into constants (`d_model=128`, for the checker) and settings (`train.seed=7`, applied here). */
export function splitOverrides(overrides: Record<string, string>): { constants: Record<string, string>; settings: Record<string, string> } {
  const constants: Record<string, string> = {};
  const settings: Record<string, string> = {};
  for (const [k, v] of Object.entries(overrides)) (k.includes('.') ? settings : constants)[k] = v;
  return { constants, settings };
}

/** The literal an override's text stands for: a number, true or false (as `--set` reads constants). */
function literal(text: string, span: Span): Extract<Expr, { kind: 'number' | 'bool' }> | undefined {
  const t = text.trim();
  if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { kind: 'number', value: Number(t), isInt: /^-?\d+$/.test(t), span };
  if (t === 'true' || t === 'false') return { kind: 'bool', value: t === 'true', span };
  return undefined;
}

/** The argument of a call that binds to `name` (named, or at its position in the schema). */
function boundArg(args: Arg[], schema: readonly ArgSpec[], name: string): Arg | undefined {
  let positional = 0;
  for (const a of args) {
    const binds = a.name ? a.name.name : schema[positional++]?.name;
    if (binds === name) return a;
  }
  return undefined;
}

/** The section's arguments and callee name as written (`adam(lr=1e-3)` -> adam, [lr=1e-3]; `train` -> its settings). */
function partsOf(d: SectionDecl): { callee?: string; args: Arg[] } | undefined {
  if (d.kind === 'train') return { args: d.settings };
  const e = d.call;
  if (e.kind === 'name') return { callee: e.name, args: [] };
  if (e.kind === 'call' && e.callee.kind === 'name') return { callee: e.callee.name, args: e.args };
  return undefined;
}

/** The declaration with `arg` in place of what bound to its name before (or added, named). */
function withArg(d: SectionDecl, old: Arg | undefined, arg: Arg): SectionDecl {
  const replace = (args: Arg[]) => (old ? args.map((a) => (a === old ? { ...a, value: arg.value } : a)) : [...args, arg]);
  if (d.kind === 'train') return { ...d, settings: replace(d.settings) };
  const e = d.call;
  if (e.kind === 'call') return { ...d, call: { ...e, args: replace(e.args) } };
  return { ...d, call: { kind: 'call', callee: e, args: [arg], span: e.span } };
}

/**
 * Writes each setting override into the spec's `train` or `optimizer` section (a `train` line is added when there is
 * none). Returns the rewritten spec and a diagnostic for each override that names no setting or has a bad value.
 */
export function applySettings(spec: Spec, settings: Record<string, string>): { spec: Spec; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag();
  let decls = spec.decls;
  for (const [key, text] of Object.entries(settings)) {
    const at = `${key}=${text}`;
    const dot = key.indexOf('.');
    const section = key.slice(0, dot);
    const name = key.slice(dot + 1);
    if (!(sectionNames as readonly string[]).includes(section)) {
      bag.commandLine('E0206', `${at}: \`${section}\` is not a section with settings`, { hint: `settings are written train.<name> (${trainSettings.map((s) => s.name).join(', ')}) or optimizer.<name>, e.g. optimizer.lr=0.01` });
      continue;
    }
    const kind = section as SectionName;
    const decl = decls.find((d): d is SectionDecl => d.kind === kind);
    if (!decl && kind === 'optimizer') {
      bag.commandLine('E0206', `${at}: the spec has no optimizer`, { hint: 'add a line such as `optimizer adam(lr=1e-3)`' });
      continue;
    }
    const parts = decl ? partsOf(decl) : { args: [] };
    if (!parts) continue; // a malformed section: the checker reports it
    const schema = schemaOf(kind, parts.callee);
    if (!schema) continue; // an unknown optimizer: the checker reports it
    const what = kind === 'train' ? 'train' : parts.callee!;
    const setting = schema.find((s) => s.name === name);
    if (!setting) {
      const names = schema.map((s) => s.name);
      bag.commandLine('E0206', `${at}: ${what} has no setting \`${name}\``, { hint: didYouMean(name, names) ?? `its settings: ${names.join(', ')}` });
      continue;
    }
    const old = boundArg(parts.args, schema, name);
    const span = old?.value.span ?? decl?.span ?? { start: spec.span.end, end: spec.span.end };
    const notes: Note[] = old ? [{ message: `the spec sets \`${name}\` here`, span: old.value.span }] : decl ? [{ message: `the spec's ${kind} is declared here`, span: decl.span }] : [];
    const value = literal(text, span);
    if (!value) {
      bag.commandLine('E0206', `${at}: the value must be a number, true or false`, { notes });
      continue;
    }
    // The checker's own binding judges the value (type, range), in a bag of its own so its errors can say where they came from.
    const scratch = new DiagnosticBag();
    const ctx: ArgContext = { bag: scratch, value: valueOf, tensor: () => undefined };
    const arg: Arg = { name: { name, span }, value, span };
    if (!bindArgs(what, [setting], [arg], span, ctx).ok) {
      for (const d of scratch.items) bag.commandLine(d.code, `${at}: ${d.message}`, { notes, hint: d.hint });
      continue;
    }
    decls = decl ? decls.map((d) => (d === decl ? withArg(decl, old, arg) : d)) : [...decls, { kind: 'train', settings: [arg], span }];
  }
  return { spec: { ...spec, decls }, diagnostics: bag.items };
}
