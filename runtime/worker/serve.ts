// The worker's side of the protocol: requests from a page's WorkerModel -> one Model in this worker (WebGPU from the
// worker's navigator.gpu, else the CPU executor) -> replies and fit's progress events. Calls run as Model runs them.
import { parseArtifact } from '../load.js';
import { Model } from '../model.js';
import { decodeCheckpoint, encodeCheckpoint } from '../checkpoint.js';
import { checkPreprocessing } from '../data/preprocessing.js';
import { InternalError } from '../../core/diagnostic.js';
import { WorkerUsageError, workerProtocolVersion, type Endpoint, type ErrorData, type ModelInfo, type Reply, type Request } from './protocol.js';

/** An error as data that survives structured cloning: name, message and the own fields that are plain values. */
export function errorData(e: unknown): ErrorData {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === 'name' || k === 'message' || typeof v === 'function') continue;
    try {
      fields[k] = structuredClone(v);
    } catch {
      fields[k] = String(v); // a field that cannot cross (a class instance with methods) crosses as text
    }
  }
  return { name: e.name, message: e.message, fields };
}

function info(model: Model): ModelInfo {
  return { engine: model.engine.kind, manifest: model.artifact.manifest, batchSize: model.batchSize, step: model.step, tensors: model.tensors, metricNames: model.metricNames, settings: model.settings };
}

/**
 * Serves one model over `endpoint` (a worker's global scope by default): `create` makes it, later requests call it.
 * Call it once at the top of the worker's script; runtime/worker/worker.ts does exactly that.
 */
export function serveModel(endpoint: Endpoint = globalThis as unknown as Endpoint): void {
  let model: Model | undefined;
  const fits = new Map<number, AbortController>();
  const post = (reply: Reply, transfer: Transferable[] = []) => endpoint.postMessage(reply, transfer);
  const need = (): Model => {
    if (!model) throw new WorkerUsageError('the worker has no model yet: create it first (WorkerModel.create)');
    return model;
  };

  async function handle(r: Request): Promise<{ value: unknown; transfer?: Transferable[] }> {
    switch (r.kind) {
      case 'create': {
        if (r.version !== workerProtocolVersion) throw new WorkerUsageError(`the page speaks version ${r.version} of the worker protocol; this worker speaks ${workerProtocolVersion}: bundle the page and the worker from the same mdlc`);
        if (model && !model.disposed) throw new WorkerUsageError(`the worker already serves ${model.artifact.manifest.model}: dispose it first, or start another worker`);
        const artifact = parseArtifact(r.contents, r.name ?? '');
        model = await Model.create(artifact, { backend: r.backend, warn: (message) => post({ id: r.id, kind: 'warning', message }) });
        return { value: info(model) };
      }
      case 'fit': {
        const m = need();
        const abort = new AbortController();
        fits.set(r.id, abort);
        try {
          const result = await m.fit(r.data, {
            ...r.options,
            signal: abort.signal,
            onEpochStart: (e) => post({ id: r.id, kind: 'epoch-start', epoch: e.epoch, steps: e.steps }),
            onStep: r.steps ? (s) => post({ id: r.id, kind: 'step', ...s, modelStep: m.step }) : undefined,
            onEpoch: (result) => post({ id: r.id, kind: 'epoch', result, modelStep: m.step }),
          });
          return { value: result };
        } finally {
          fits.delete(r.id);
        }
      }
      case 'stop':
        fits.get(r.fit)?.abort();
        return { value: fits.has(r.fit) };
      case 'evaluate':
        return { value: await need().evaluate(r.data, r.options) };
      case 'predict': {
        const out = await need().predict(r.data, r.options);
        return { value: out, transfer: Object.values(out).map((a) => a.buffer) };
      }
      case 'classify': {
        const c = await need().classify(r.data, r.options);
        return { value: c, transfer: Object.values(c.outputs).map((a) => a.buffer) };
      }
      case 'setPreprocessing':
        // Checked here as a checkpoint's is: raw inputs and every later checkpoint use it.
        need().preprocessing = r.preprocessing === undefined ? undefined : checkPreprocessing(r.preprocessing, 'the preprocessing sent by the page');
        return { value: undefined };
      case 'getWeights': {
        const w = await need().getWeights();
        return { value: w, transfer: Object.values(w).map((a) => a.buffer) };
      }
      case 'setWeights':
        need().setWeights(r.values);
        return { value: undefined };
      case 'checkpoint': {
        const ckpt = await need().checkpoint(r.meta);
        if (!r.encode) return { value: ckpt };
        const bytes = encodeCheckpoint(ckpt);
        return { value: bytes, transfer: [bytes.buffer] };
      }
      case 'restoreCheckpoint': {
        const m = need();
        const ckpt = m.restoreCheckpoint(decodeCheckpoint(r.bytes, r.name), r.options, r.name);
        return { value: ckpt.meta };
      }
      case 'dispose':
        model?.dispose();
        return { value: undefined };
    }
    throw new InternalError(`unknown worker request ${JSON.stringify((r as { kind: unknown }).kind)}`);
  }

  endpoint.addEventListener('message', (event) => {
    const r = event.data as Request;
    handle(r).then(
      ({ value, transfer }) => post({ id: r.id, kind: 'result', value, step: model?.step ?? 0 }, transfer),
      (e: unknown) => post({ id: r.id, kind: 'error', error: errorData(e), step: model?.step ?? 0 }),
    );
  });
}
