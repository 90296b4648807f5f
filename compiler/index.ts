// `mdlc/compiler`: the whole compiler as a browser-safe library (parse, check, lower, autodiff, simplify, fuse, plan, emit),
// with diagnostics as data and their renderers. It imports only core/ and grammar/, so a web page bundles it (test/bundle.test.ts).
export { compileSource, checkSource, irStages, type CompileOptions, type CompileResult, type FrontEndResult, type SourceOptions, type SourcePurpose } from './compile.js';
export { parse, type ParseResult } from '../grammar/parse.js';
export type { Spec, Span } from '../grammar/ast.js';
export { check, type CheckOptions, type CheckResult, type Purpose } from './check/check.js';
export type * from './check/types.js';
export { SourceFile, InternalError, type Diagnostic, type Note, type Severity } from '../core/diagnostic.js';
export { codes, type Code } from '../core/codes.js';
export { renderDiagnostics, diagnosticsToJson, type JsonDiagnostic, type JsonSpan } from './diagnostics/render.js';
export { summarize, renderSummary, type Summary } from './summary.js';
export { printModule, printProgram } from './ir/print.js';
export { printFused } from './fuse/print.js';
export { emitArtifact, emitModule, type Backend, type EmitSpec } from './emit/emit.js';
export { emitJsModule, jsInlineLimit, type JsModuleFiles, type JsModuleOptions } from './emit/js-module.js';
export type { FusedProgram } from './fuse/fuse.js';
export type { ProgramPlan, Placement } from './plan/plan.js';
export { moduleToJson, moduleFromJson, type ModuleJson } from '../core/ir-json.js';
export type { Module, Program } from '../core/ir.js';
export type { Artifact, Manifest, ManifestKernel, ManifestProgram, ManifestTensor } from '../core/artifact.js';
