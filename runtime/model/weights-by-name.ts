// The bytes of a checkpoint or safetensors weights file (of any spec) + a model's manifest -> the weights that fit by
// parameter path, and a report of which matched and which were skipped and why (missing in the file, other shape, other dtype).
import type { Manifest } from '../../core/artifact.js';
import { CheckpointError, CHECKPOINT_FORMAT, decodeCheckpoint } from '../checkpoint.js';
import { nonFiniteProblems } from '../checkpoint-fit.js';
import { decodeSafetensors, SafetensorsError, type SafetensorsDtype } from '../safetensors.js';

/** How `loadWeights` pairs the file's tensors with the model's weights: by their parameter path (the only way so far). */
export interface LoadWeightsOptions {
  match: 'by-name';
  /** Loads NaN and infinite values too, which are refused by default (weights saved after training diverged). */
  allowNonFinite?: boolean;
}

/** A weight of the model that was left as it was, and why. */
export interface SkippedWeight {
  path: string;
  /** `missing`: the file has no tensor of this path; `shape`: it has one of another shape; `dtype`: one of another element type. */
  reason: 'missing' | 'shape' | 'dtype';
  /** The model's shape. */
  shape: number[];
  /** The file's shape and element type, when it has the path. */
  fileShape?: number[];
  fileDtype?: SafetensorsDtype;
}

/** What `loadWeights` did: the model's weights (parameters and layer variables) loaded, those skipped, and the file's tensors nothing took. */
export interface WeightsReport {
  /** The file as named in messages (its path, or the name given with its bytes). */
  source: string;
  /** Whether the file is an mdlc checkpoint (its optimizer state and step are ignored) or plain safetensors weights. */
  kind: 'checkpoint' | 'safetensors';
  matched: string[];
  skipped: SkippedWeight[];
  /** Parameters in the file that are no weight of this model. */
  unused: string[];
}

type FileTensor = { dtype: SafetensorsDtype; shape: number[]; data: Float32Array | Int32Array };

/** The file's tensors by path: an mdlc checkpoint's parameters (and, apart, its state), or a plain file's tensors as they are named. */
function readWeightsFile(bytes: Uint8Array, source: string): { kind: WeightsReport['kind']; params: Map<string, FileTensor>; state: Map<string, FileTensor> } {
  if (!(bytes instanceof Uint8Array)) throw new CheckpointError(`loadWeights takes the bytes of a checkpoint or safetensors file (a Uint8Array), or a path in Node; got ${bytes === null ? 'null' : typeof bytes}`);
  let metadata: Record<string, string>;
  let tensors: Record<string, FileTensor>;
  try {
    ({ metadata, tensors } = decodeSafetensors(bytes));
  } catch (e) {
    if (e instanceof SafetensorsError) throw new CheckpointError(`${source} is not a checkpoint or safetensors weights file: ${e.message}`);
    throw e;
  }
  if (metadata.format === CHECKPOINT_FORMAT) {
    // Checked in full (checksums, layout, meta) as any checkpoint is.
    const ckpt = decodeCheckpoint(bytes, source);
    const of = (values: Record<string, Float32Array>, shapes: Record<string, number[]>) => new Map(Object.keys(values).map((p) => [p, { dtype: 'F32' as const, shape: shapes[p], data: values[p] }]));
    return { kind: 'checkpoint', params: of(ckpt.params, ckpt.shapes.params), state: of(ckpt.state, ckpt.shapes.state) };
  }
  return { kind: 'safetensors', params: new Map(Object.entries(tensors)), state: new Map() };
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * Pairs the weights of a model (its manifest's parameters and layer variables) with the tensors of a weights file by
 * path. Returns the values to write and the report; throws a CheckpointError for a file that is not one, for one that
 * shares no weight with the model, or for matched values that are not finite (unless allowed).
 */
export function weightsByName(manifest: Manifest, bytes: Uint8Array, source: string, options: LoadWeightsOptions): { params: Record<string, Float32Array>; variables: Record<string, Float32Array>; report: WeightsReport } {
  if (options?.match !== 'by-name') throw new CheckpointError(`loadWeights needs { match: 'by-name' }: weights are paired with the model's by parameter path, got match ${JSON.stringify(options?.match)}`);
  const file = readWeightsFile(bytes, source);
  const report: WeightsReport = { source, kind: file.kind, matched: [], skipped: [], unused: [] };
  const params: Record<string, Float32Array> = {};
  const variables: Record<string, Float32Array> = {};
  const wanted = [...manifest.params.map((p) => ({ ...p, into: params, from: file.params })), ...manifest.state.filter((s) => s.role === 'variable').map((s) => ({ ...s, into: variables, from: file.kind === 'checkpoint' ? file.state : file.params }))];
  for (const w of wanted) {
    const t = w.from.get(w.path);
    if (!t) report.skipped.push({ path: w.path, reason: 'missing', shape: w.shape });
    else if (t.dtype !== 'F32') report.skipped.push({ path: w.path, reason: 'dtype', shape: w.shape, fileShape: t.shape, fileDtype: t.dtype });
    else if (!sameShape(t.shape, w.shape)) report.skipped.push({ path: w.path, reason: 'shape', shape: w.shape, fileShape: t.shape, fileDtype: t.dtype });
    else {
      Object.defineProperty(w.into, w.path, { value: t.data as Float32Array, enumerable: true, writable: true, configurable: true });
      report.matched.push(w.path);
    }
  }
  const taken = new Set(wanted.map((w) => w.path));
  report.unused = [...file.params.keys()].filter((p) => !taken.has(p));
  if (report.matched.length === 0)
    throw new CheckpointError(`${source} shares no weight with ${manifest.model}: none of its ${file.params.size} parameter${file.params.size === 1 ? '' : 's'} has the path, shape and dtype of one of the model's ${wanted.length} (${describeSkipped(report).slice(0, 3).join('; ')}${report.skipped.length > 3 ? '; ...' : ''})`);
  if (!options.allowNonFinite) {
    const bad = [...nonFiniteProblems('parameter', params, Object.keys(params)), ...nonFiniteProblems('layer variable', variables, Object.keys(variables))];
    if (bad.length) throw new CheckpointError(`${source} holds non-finite values: ${bad.join('; ')}; it was saved after training diverged, or it is corrupt (allowNonFinite: true loads it anyway)`);
  }
  return { params, variables, report };
}

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** One phrase per skipped weight: `head.kernel (shape [16, 3] in the file, [16, 5] here)`. */
export function describeSkipped(report: WeightsReport): string[] {
  return report.skipped.map((s) => {
    switch (s.reason) {
      case 'missing':
        return `${s.path} (missing in the file)`;
      case 'shape':
        return `${s.path} (shape ${shapeText(s.fileShape ?? [])} in the file, ${shapeText(s.shape)} here)`;
      case 'dtype':
        return `${s.path} (${s.fileDtype} in the file, F32 here)`;
    }
  });
}
