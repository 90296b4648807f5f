// The compiler's table of contents: each stage takes one representation and returns the next, plus diagnostics.
import { parse } from '../grammar/parse.js';
import type { Spec } from '../grammar/ast.js';
import { check, type CheckOptions } from './check/check.js';
import type { CheckedModel } from './check/types.js';
import type { Diagnostic, SourceFile } from './diagnostics/diagnostic.js';

/** The result of the front end: the AST, the checked model when clean, and every diagnostic. */
export interface FrontEndResult {
  spec: Spec;
  model?: CheckedModel;
  diagnostics: Diagnostic[];
}

/** Runs the front end on a spec: later stages run only on clean input. */
export function checkSource(file: SourceFile, options: CheckOptions = {}): FrontEndResult {
  // 1. parse: text -> AST (syntax errors, with recovery so several are reported at once)
  const parsed = parse(file.text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { spec: parsed.spec, diagnostics: parsed.diagnostics };
  // 2. check: AST -> typed graph (names, arguments, shapes, dtypes, training sections)
  const checked = check(parsed.spec, options);
  return { spec: parsed.spec, model: checked.model, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
}
