// An Artifact + its weights' safetensors bytes + its IR's JSON text -> the files of `mdlc compile --emit js`: one ES module
// with the manifest and kernels inlined that a web app imports with `mdlc/runtime` alone, its `.d.ts` naming the inputs and
// outputs with their shapes and dtypes, and the weights (inlined as base64 below `jsInlineLimit`) and IR beside it.
import type { Artifact } from '../../core/artifact.js';

/** Weights files up to this many bytes are inlined in the module as base64 (a third larger); bigger ones stay a file beside it. */
export const jsInlineLimit = 64 * 1024;

/** What `emitJsModule` needs besides the artifact. */
export interface JsModuleOptions {
  /** weights.safetensors' bytes (the initial or trained weights, with the manifest's metadata). */
  weights: Uint8Array;
  /** program.ir.json's text: fetched from beside the module only where there is no WebGPU, for the CPU executor. */
  irJson?: string;
  /** The base name of the files (default: the model's name). */
  name?: string;
  /** Inline the weights up to this many bytes (default `jsInlineLimit`; 0 never inlines, Infinity always). */
  inlineLimit?: number;
  /** Where the spec came from, for the header comment. */
  specPath?: string;
}

/** The emitted files by name (`<name>.js`, `<name>.d.ts`, and `<name>.safetensors` and `<name>.ir.json` when they are files). */
export interface JsModuleFiles {
  files: Record<string, string | Uint8Array>;
  /** Whether the weights are inside the module. */
  inlined: boolean;
}

/** Bytes as base64, in chunks so a large file does not overflow the argument list. */
function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** A TypeScript name from a model name: `char_gpt` -> `CharGpt`. */
function pascal(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : `M${joined}`;
}

interface Described {
  name: string;
  dtype: 'f32' | 'i32';
  /** Per sample, without the batch axis. */
  shape: number[];
  note?: string;
}

/** The spec's inputs and the predict program's outputs, per sample. */
function describe(artifact: Artifact): { inputs: Described[]; targets: Described[]; outputs: Described[] } {
  const m = artifact.manifest;
  // A spec without outputs has no predict program: its module predicts nothing, and says so in its types.
  const predict = m.programs.find((p) => p.name === 'predict');
  const spec = (role: 'input' | 'target') =>
    m.tensors.filter((t) => t.role === role).map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, note: t.classes !== undefined ? `class ids below ${t.classes}` : t.vocab !== undefined ? `token ids below ${t.vocab}` : undefined }));
  return { inputs: spec('input'), targets: spec('target'), outputs: (predict?.outputs ?? []).map((o) => ({ name: o.name, dtype: o.dtype, shape: o.shape.slice(1) })) };
}

const shapeText = (t: Described) => `${t.dtype}[batch${t.shape.map((d) => `, ${d}`).join('')}]`;
const perSample = (t: Described) => t.shape.reduce((a, b) => a * b, 1);
const feedType = (t: Described) => `${t.dtype === 'f32' ? 'Float32Array' : 'Int32Array'} | ArrayLike<number>${t.shape.length ? ' | readonly ArrayLike<unknown>[]' : ''}`;
const jsonTensors = (ts: Described[]) => JSON.stringify(Object.fromEntries(ts.map((t) => [t.name, { dtype: t.dtype, shape: t.shape }])));
const declTensors = (ts: Described[]) => `{ ${ts.map((t) => `readonly ${JSON.stringify(t.name)}: { readonly dtype: '${t.dtype}'; readonly shape: readonly [${t.shape.join(', ')}] }`).join('; ')} }`;

function feedsType(name: string, what: string, ts: Described[]): string {
  const fields = ts.map((t) => `  /** ${shapeText(t)}: ${perSample(t)} value${perSample(t) === 1 ? '' : 's'} per sample${t.note ? `, ${t.note}` : ''}; flat, or one row per sample. */\n  ${JSON.stringify(t.name)}: ${feedType(t)};`);
  return `/** ${what} */\nexport type ${name} = {\n${fields.join('\n')}\n};\n`;
}

/** The module, its declarations, and the weights and IR files it refers to. */
export function emitJsModule(artifact: Artifact, options: JsModuleOptions): JsModuleFiles {
  const m = artifact.manifest;
  const name = options.name ?? m.model;
  const limit = options.inlineLimit ?? jsInlineLimit;
  const inlined = options.weights.length <= limit;
  const files: Record<string, string | Uint8Array> = {};
  const { inputs, targets, outputs } = describe(artifact);
  const from = options.specPath ? ` from ${options.specPath}` : '';
  const shaders = Object.fromEntries(Object.keys(artifact.shaders).sort().map((k) => [k, artifact.shaders[k]]));
  const weights = inlined ? JSON.stringify(base64(options.weights)) : `new URL(${JSON.stringify(`./${name}.safetensors`)}, import.meta.url)`;
  const ir = options.irJson === undefined ? 'undefined' : `new URL(${JSON.stringify(`./${name}.ir.json`)}, import.meta.url)`;
  files[`${name}.js`] = [
    `// ${m.model}${from}, compiled by mdlc for batch size ${m.batchSize}: manifest and WGSL kernels inlined, weights ${inlined ? 'inlined (base64)' : `in ${name}.safetensors beside this file`}.`,
    `// Import it with the runtime alone: \`import { load } from './${name}.js'\`, then \`const model = await load()\`; ${name}.d.ts types it.`,
    `import { loadEmbedded } from 'mdlc/runtime';`,
    ``,
    `/** The artifact manifest (what mdlc compile -o writes as manifest.json). */`,
    `export const manifest = ${JSON.stringify(m)};`,
    ``,
    `/** One WGSL compute shader per kernel, by the file name the manifest gives it. */`,
    `export const shaders = ${JSON.stringify(shaders)};`,
    ``,
    `/** The spec's inputs, targets and the outputs of predict, with dtype and per-sample shape (no batch axis). */`,
    `export const inputs = ${jsonTensors(inputs)};`,
    `export const targets = ${jsonTensors(targets)};`,
    `export const outputs = ${jsonTensors(outputs)};`,
    ``,
    `/** Creates the model: WebGPU, or (backend 'auto') the CPU executor with ${name}.ir.json where the browser has none. */`,
    `export function load(options = {}) {`,
    `  return loadEmbedded({ manifest, shaders, weights: ${weights}, ir: ${ir} }, options);`,
    `}`,
    ``,
  ].join('\n');
  const model = `${pascal(m.model)}Model`;
  files[`${name}.d.ts`] = [
    `// Types of ${name}.js (${m.model}${from}, batch size ${m.batchSize}), generated by mdlc.`,
    `import type { EmbeddedLoadOptions, Manifest, Model, RunOptions } from 'mdlc/runtime';`,
    ``,
    feedsType('Inputs', `The inputs of ${m.model} by name, as \`predict\` takes them.`, inputs),
    feedsType('Targets', `The targets of ${m.model} by name: \`fit\` and \`evaluate\` take them with the inputs.`, targets),
    `/** What \`predict\` returns: every output of ${m.model}, one row per sample, row-major. */`,
    `export type Outputs = {\n${outputs.map((t) => `  /** ${shapeText(t)} */\n  ${JSON.stringify(t.name)}: ${t.dtype === 'f32' ? 'Float32Array' : 'Int32Array'};`).join('\n')}\n};`,
    ``,
    `export declare const manifest: Manifest;`,
    `export declare const shaders: Readonly<Record<string, string>>;`,
    `export declare const inputs: ${declTensors(inputs)};`,
    `export declare const targets: ${declTensors(targets)};`,
    `export declare const outputs: ${declTensors(outputs)};`,
    ``,
    `/** ${m.model} as a Model whose \`predict\` is typed by the spec's inputs and outputs. */`,
    `export interface ${model} extends Model {`,
    `  predict(data: Inputs, options?: RunOptions): Promise<Outputs>;`,
    `}`,
    ``,
    `/** Creates the model (options as Model.create's, plus \`weights\`: safetensors bytes to use instead). */`,
    `export declare function load(options?: EmbeddedLoadOptions): Promise<${model}>;`,
    ``,
  ].join('\n');
  if (!inlined) files[`${name}.safetensors`] = options.weights;
  if (options.irJson !== undefined) files[`${name}.ir.json`] = options.irJson;
  return { files, inlined };
}
