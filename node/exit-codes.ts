// Anything thrown under `mdlc` -> its exit code and what to print: the exit-code contract as one table of error classes.
import { InternalError } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { ExecutionError } from '../runtime/cpu/execute.js';
import { CheckpointError } from '../runtime/checkpoint.js';
import { DataError } from '../runtime/data/errors.js';
import { DeviceSetupError, NoAdapterError } from '../runtime/device.js';
import { GpuError } from '../runtime/gpu/session.js';
import { ArtifactError } from '../runtime/load.js';
import { GenerationError, NonFiniteLossError } from '../runtime/model.js';
import { SafetensorsError } from '../runtime/safetensors.js';
import { SpecError } from './api.js';
import { UsageError } from './cli-options.js';
import { EnvironmentError, errnoOf, OutputPathError } from './fs-errors.js';
import { MetricsLogError } from './report/metrics-log.js';
import { RunFolderInUseError } from './run-folder.js';
import { WriteArtifactError } from './write-artifact.js';

/** The exit codes of `mdlc`: 0 done, 1 a problem in the user's spec, data, checkpoint or environment, 2 usage, 3 a bug in mdlc, 130 interrupted. */
export const exitCodes = { ok: 0, problem: 1, usage: 2, internal: 3, interrupted: 130 } as const;

/** An error class, as `instanceof` takes it. */
type ErrorClass = abstract new (...args: never[]) => Error;

/** How the CLI answers one class of user-facing error: its exit code, and a hint printed after the message (if any). */
export interface ErrorRule {
  type: ErrorClass;
  exit: 1 | 2;
  /** What the class stands for, as the README's exit-code section says it. */
  what: string;
  hint?: string;
}

/** Every user-facing error class and its exit code; anything else thrown is a bug in mdlc (exit 3). */
export const errorRules: readonly ErrorRule[] = [
  { type: UsageError, exit: 2, what: 'a mistake in the command line: an unknown command or option, a bad option value, a missing argument' },
  { type: OutputPathError, exit: 2, what: 'an output path (-o, --out) that names the wrong kind of thing: a file where a folder goes, a path under a file' },
  { type: WriteArtifactError, exit: 2, what: 'an artifact folder (compile -o) that holds something else' },
  { type: SpecError, exit: 1, what: 'a spec with errors (the diagnostics of mdlc check)' },
  { type: DataError, exit: 1, what: 'data or a data config that cannot be used, with file:row:column' },
  { type: CheckpointError, exit: 1, what: 'a checkpoint that is missing, empty, truncated, corrupt or of another model' },
  { type: ArtifactError, exit: 1, what: 'an artifact folder that cannot be loaded' },
  { type: SafetensorsError, exit: 1, what: 'a safetensors file that cannot be read' },
  { type: NoAdapterError, exit: 1, what: 'no WebGPU adapter (with --backend webgpu)', hint: 'or run on the CPU reference executor with --backend cpu (much slower)' },
  { type: DeviceSetupError, exit: 1, what: 'a WebGPU device that cannot be set up as asked (a misspelt MDLC_WEBGPU_BACKEND)' },
  { type: GpuError, exit: 1, what: 'the GPU refused the model: beyond its buffer limits, out of memory, device lost' },
  { type: ExecutionError, exit: 1, what: 'the CPU executor refused the data (a token id outside the vocabulary)' },
  { type: NonFiniteLossError, exit: 1, what: 'training stopped on a NaN or infinite loss' },
  { type: MetricsLogError, exit: 1, what: 'metrics.jsonl cannot be written' },
  { type: EnvironmentError, exit: 1, what: 'the machine refused a read or write: read-only file system, full disk, permission denied' },
  { type: RunFolderInUseError, exit: 1, what: 'another training is writing to the same --out folder' },
  { type: GenerationError, exit: 1, what: 'generate was given a spec that is not a next-token model of characters' },
];

/** Adds a hint (printed after the message) to a user-facing error thrown where the CLI knows what to suggest; returns it. */
export function withHint<E extends Error>(e: E, hint: string): E {
  return Object.assign(e, { hint });
}

/** The rule for a thrown value, or undefined when it is not a user-facing error (then it is a bug in mdlc). */
export function ruleFor(e: unknown): ErrorRule | undefined {
  // A kernel's own bug, wrapped by the CPU executor with the node it ran, is still a bug.
  if (e instanceof ExecutionError && e.message.includes('internal compiler error')) return undefined;
  return errorRules.find((r) => e instanceof r.type);
}

/** Streams a failure is reported on. */
export interface FailureIo {
  err(s: string): void;
  isTty: boolean;
}

/**
 * Reports a thrown value and returns the exit code: user-facing errors print what, where and a hint, never a stack
 * trace; a system error (ENOSPC, ...) that escaped without a path is still the environment's; anything else is a bug.
 */
export function reportFailure(e: unknown, io: FailureIo, usage: string): number {
  if (e instanceof UsageError || (e as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`mdlc: ${(e as Error).message}\n\n${usage}`);
    return exitCodes.usage;
  }
  if (e instanceof SpecError) {
    io.err(renderDiagnostics(e.file, e.diagnostics, { color: io.isTty }).trimEnd());
    return exitCodes.problem;
  }
  const rule = ruleFor(e);
  if (rule) {
    const hint = (e as { hint?: unknown }).hint ?? rule.hint;
    io.err(`mdlc: ${(e as Error).message}${typeof hint === 'string' ? `\n  hint: ${hint}` : ''}`);
    return rule.exit;
  }
  if (errnoOf(e) !== undefined) {
    io.err(`mdlc: ${(e as Error).message}`);
    return exitCodes.problem;
  }
  const message = e instanceof InternalError ? e.message : `internal compiler error: ${(e as Error)?.stack ?? String(e)}`;
  io.err(`mdlc: ${message}\nThis is a bug in mdlc, not in your spec; please report it with the spec that triggered it.`);
  return exitCodes.internal;
}
