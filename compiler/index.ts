// The compiler's public API: check a spec in-process and render what was found.
export { checkSource, type FrontEndResult } from './compile.js';
export { parse, type ParseResult } from '../grammar/parse.js';
export { check, type CheckOptions, type CheckResult, type Purpose } from './check/check.js';
export type * from './check/types.js';
export type { Span } from '../grammar/ast.js';
export { SourceFile, type Diagnostic, type Note, type Severity } from './diagnostics/diagnostic.js';
export { codes, type Code } from './diagnostics/codes.js';
export { renderDiagnostics, diagnosticsToJson, type JsonDiagnostic } from './diagnostics/render.js';
export { summarize, renderSummary, type Summary } from './summary.js';
