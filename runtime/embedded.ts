// A model emitted by `mdlc compile --emit js` (manifest and shaders inlined; weights inline as base64 or a file beside it;
// the IR a file beside it) -> a checked Artifact and a Model. The IR is fetched only where the CPU executor is needed.
import { NoAdapterError } from './device.js';
import { ArtifactError, parseArtifact } from './load.js';
import { defaultWarn } from './model/engine.js';
import { Model, type CreateOptions } from './model.js';

/** What an emitted module passes to `loadEmbedded`. */
export interface EmbeddedModel {
  manifest: object;
  shaders: Record<string, string>;
  /** weights.safetensors as base64, or where to fetch it. */
  weights: string | URL;
  /** Where program.ir.json is, for the CPU executor; without it the model runs only on WebGPU. */
  ir?: URL;
}

/** Options of an emitted module's `load`: those of `Model.create`, and weights to use instead of the emitted ones. */
export interface EmbeddedLoadOptions extends Omit<CreateOptions, 'module'> {
  /** safetensors bytes (with the manifest's metadata, as `mdlc compile` writes them) to use instead of the module's weights. */
  weights?: Uint8Array;
  /** The fetch to use (default: the global one). */
  fetch?: (url: URL) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> }>;
}

/** base64 -> bytes, with atob (browsers and Node >= 16 have it). */
export function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function get(options: EmbeddedLoadOptions, url: URL): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> }> {
  const response = await (options.fetch ?? ((u: URL) => fetch(u)))(url);
  if (!response.ok) throw new ArtifactError([`${url.href}: cannot fetch: HTTP ${response.status}`]);
  return response;
}

/** Creates the model of an emitted module: WebGPU, or with backend 'auto' the CPU executor on the IR beside it where there is no adapter. */
export async function loadEmbedded(embedded: EmbeddedModel, options: EmbeddedLoadOptions = {}): Promise<Model> {
  const { weights, fetch: _own, ...create } = options; // `fetch` is get()'s, not Model.create's
  const weightsBytes = weights ?? (typeof embedded.weights === 'string' ? base64Bytes(embedded.weights) : new Uint8Array(await (await get(options, embedded.weights)).arrayBuffer()));
  const name = (embedded.manifest as { model?: unknown }).model;
  const where = typeof name === 'string' ? name : 'the emitted module';
  const artifact = parseArtifact({ manifestJson: embedded.manifest, shaders: embedded.shaders, weightsBytes }, where);
  const backend = create.backend ?? 'auto';
  if (backend !== 'cpu') {
    try {
      return await Model.create(artifact, { ...create, backend: 'webgpu' });
    } catch (e) {
      if (backend === 'webgpu' || !embedded.ir || !(e instanceof NoAdapterError)) throw e;
      (create.warn ?? defaultWarn)(`using the CPU reference executor, which is much slower: ${e.message}`);
    }
  }
  if (!embedded.ir) return Model.create(artifact, { ...create, backend: 'cpu' }); // refused there, saying the IR is missing
  const irJson = await (await get(options, embedded.ir)).text();
  const withIr = parseArtifact({ manifestJson: embedded.manifest, shaders: embedded.shaders, weightsBytes, irJson }, where);
  return Model.create(withIr, { ...create, backend: 'cpu' });
}
