// Artifact files' contents (manifest.json, .wgsl shaders, weights.safetensors, program.ir.json) -> a checked in-memory Artifact, or every problem, by file and field.
// No file access here, so browsers bundle it: they fetch the files; Node's loadArtifact(dir) (node/load-artifact.ts) reads a folder.
import { artifactSchema as schema } from '../core/schemas/artifact-schema.js';
import { schemaValidator as interpret, type SchemaError, type SchemaValidator } from '../core/schemas/validate.js';
import type { Module } from '../core/ir.js';
import { moduleFromJson } from '../core/ir-json.js';
import { type Artifact, type ArenaName, type Manifest, type ManifestKernel, type ManifestProgram, type ManifestTensor, manifestPrograms, outdatedManifest } from '../core/artifact.js';
import { decodeSafetensors, SafetensorsError } from './safetensors.js';

/** File names inside an artifact folder (each kernel's shader is named by its manifest entry). */
export const artifactFiles = { manifest: 'manifest.json', weights: 'weights.safetensors', ir: 'program.ir.json' } as const;

/** The artifact format version this runtime reads. */
export const artifactFormatVersion = 1;

/** An artifact that cannot be used; `problems` holds one sentence per problem, each starting with the file at fault. */
export class ArtifactError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ArtifactError';
  }
}

/** The contents of an artifact's files: manifest text (or parsed JSON), shader sources by file name, weights bytes if any. */
export interface ArtifactContents {
  manifestJson: string | object;
  shaders: Record<string, string>;
  weightsBytes?: Uint8Array;
  /** program.ir.json's text (or parsed JSON): the IR the CPU executor runs when there is no GPU. */
  irJson?: string | object;
}

/** The safetensors metadata that ties a weights file to the manifest it was written with. */
export function weightsMetadata(m: Manifest): Record<string, string> {
  return { format: 'mdlc-weights', version: String(artifactFormatVersion), model: m.model, specHash: m.specHash, programHash: m.programHash };
}

const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Every program of a manifest with the field that holds it, for messages: `programs[2]`, `rowPredict`. */
function fieldsOfPrograms(m: Manifest): { p: ManifestProgram; field: string }[] {
  const out = m.programs.map((p, i) => ({ p, field: `programs[${i}]` }));
  return m.rowPredict ? [...out, { p: m.rowPredict, field: 'rowPredict' }] : out;
}
const show = (v: unknown) => JSON.stringify(v) ?? String(v);
const short = (hash: string) => `${hash.slice(0, 12)}…`;

// ------------------------------------------------------------------ the manifest

let validator: SchemaValidator<Manifest> | undefined;

function schemaValidator(): SchemaValidator<Manifest> {
  // Every error, each with the offending value, so messages can say what was found.
  validator ??= interpret<Manifest>(schema);
  return validator;
}

/** A JSON pointer as a field path: `/programs/0/kernels/3` -> `programs[0].kernels[3]`. */
function fieldPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function schemaMessage(e: SchemaError): string {
  const field = fieldPath(e.instancePath);
  const subject = field || 'the manifest';
  const got = `, got ${show(e.data)}`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${subject} is missing the field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `${subject} has an unknown field "${String(p.additionalProperty)}"`;
    case 'enum':
      return `${subject} must be one of ${(p.allowedValues as unknown[]).map(show).join(', ')}${got}`;
    case 'const':
      return `${subject} must be ${show(p.allowedValue)}${got}`;
    case 'pattern':
      if (field.endsWith('.shader')) return `${subject} must be a plain file name ending in .wgsl${got}`;
      if (field.endsWith('Hash')) return `${subject} must be a SHA-256 in 64 lowercase hex digits${got}`;
      return `${subject} ${e.message ?? 'is invalid'}${got}`;
    case 'minLength':
      return `${subject} must not be empty`;
    default:
      return `${subject} ${e.message ?? 'is invalid'}${e.keyword === 'type' || e.keyword === 'minimum' ? got : ''}`;
  }
}

/** Parses and schema-checks manifest.json; throws an ArtifactError naming the file and each field at fault. */
function readManifest(json: string | object, file: string): Manifest {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new ArtifactError([`${file}: is not JSON: ${(e as Error).message}`]);
    }
  }
  // A file of another kind or version would fail the schema everywhere; one sentence says more than a hundred.
  const head = (value ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || head.format !== 'mdlc-artifact')
    throw new ArtifactError([`${file}: is not an mdlc artifact manifest (it has no "format": "mdlc-artifact")`]);
  if (head.version !== artifactFormatVersion) throw new ArtifactError([`${file}: artifact format version ${show(head.version)} is not supported; this mdlc reads version ${artifactFormatVersion}`]);
  const outdated = outdatedManifest(head);
  if (outdated) throw new ArtifactError([`${file}: ${outdated}`]);
  const validate = schemaValidator();
  if (!validate(value)) throw new ArtifactError([...new Set((validate.errors ?? []).map((e) => `${file}: ${schemaMessage(e)}`))]);
  const problems = checkLayout(value).map((p) => `${file}: ${p}`);
  if (problems.length) throw new ArtifactError(problems);
  return value;
}

/** What the schema cannot say: names are unique, and every tensor lies inside its arena without overlapping another. */
function checkLayout(m: Manifest): string[] {
  const problems: string[] = [];
  const unique = (what: string, names: string[]) => {
    const seen = new Set<string>();
    for (const n of names) if (seen.has(n)) problems.push(`${what} ${show(n)} appears twice`);
      else seen.add(n);
  };
  unique('param', m.params.map((p) => p.path));
  unique('state', m.state.map((s) => s.path));
  unique('program', m.programs.map((p) => p.name));
  m.programs.forEach((p, i) => {
    if (p.name === 'predict_row') problems.push(`programs[${i}] is named predict_row, which only rowPredict may be`);
  });
  if (m.rowPredict && m.rowPredict.name !== 'predict_row') problems.push(`rowPredict.name must be "predict_row", got ${show(m.rowPredict.name)}`);
  for (const [arena, list] of [['params', m.params], ['state', m.state]] as const) {
    const spans = list.map((x, i) => ({ label: `${arena}[${i}] (${x.path})`, begin: x.offset, end: x.offset + numel(x.shape) }));
    for (const s of spans) if (s.end > m.elements[arena]) problems.push(`${s.label} ends at element ${s.end}, past the end of the ${arena} arena (${m.elements[arena]} elements)`);
    spans.sort((a, b) => a.begin - b.begin);
    for (let i = 1; i < spans.length; i++)
      if (spans[i].begin < spans[i - 1].end) problems.push(`${spans[i].label} overlaps ${spans[i - 1].label} in the ${arena} arena`);
  }
  fieldsOfPrograms(m).forEach(({ p, field: at }) => {
    const size: Record<ArenaName, number> = { params: m.elements.params, state: m.elements.state, data: p.elements.data, work: p.elements.work };
    const inside = (t: ManifestTensor, field: string) => {
      if (t.constant === undefined && t.offset + numel(t.shape) > size[t.arena])
        problems.push(`${at}.${field} (${p.name} ${t.name}) ends at element ${t.offset + numel(t.shape)}, past the end of the ${t.arena} arena (${size[t.arena]} elements)`);
    };
    p.inputs.forEach((t, j) => {
      if (t.arena !== 'data') problems.push(`${at}.inputs[${j}] (${p.name} ${t.name}) must be in the data arena, not ${t.arena}`);
      else inside(t, `inputs[${j}]`);
    });
    p.outputs.forEach((t, j) => inside(t, `outputs[${j}]`));
    p.kernels.forEach((k, j) => {
      const bindings = k.bindings.map((b) => b.binding);
      if (new Set(bindings).size !== bindings.length) problems.push(`${at}.kernels[${j}] (${k.name}) uses a binding number twice: ${bindings.join(', ')}`);
    });
  });
  return problems;
}

// ------------------------------------------------------------------ shaders and weights

/** Every form a kernel may run in: its variants (the default first), or the kernel alone. */
function formsOf(k: ManifestKernel): { label?: string; shader: string; workgroups: number }[] {
  return k.variants ?? [{ shader: k.shader, workgroups: k.workgroups }];
}

/** Checks that every kernel's shader is there and the weights belong to this manifest; returns the artifact or throws every problem. */
function assemble(manifest: Manifest, shaders: Record<string, string>, weightsBytes: Uint8Array | undefined, module: Module | undefined, at: (name: string) => string, problems: string[]): Artifact {
  const missing = new Map<string, string>();
  fieldsOfPrograms(manifest).forEach(({ p, field }) =>
    p.kernels.forEach((k, j) => {
      for (const f of formsOf(k)) if (typeof shaders[f.shader] !== 'string' && !missing.has(f.shader)) missing.set(f.shader, `${field}.kernels[${j}] (${p.name} kernel ${k.name}${f.label ? `, variant ${f.label}` : ''})`);
    }),
  );
  // A shader its reader could not read (a folder, no permission) is already reported by name; once is enough.
  for (const [shader, user] of missing) if (!problems.some((p) => p.startsWith(`${at(shader)}: `))) problems.push(`${at(shader)}: is missing; ${at(artifactFiles.manifest)} names it as the shader of ${user}`);
  problems.push(...shaderProblems(manifest, shaders, at));
  const weights = weightsBytes === undefined ? undefined : readWeights(manifest, weightsBytes, at, problems);
  if (problems.length) throw new ArtifactError(problems);
  const used = new Set(shaderFiles(manifest));
  return { manifest, shaders: Object.fromEntries(Object.entries(shaders).filter(([name]) => used.has(name))), ...(weights ? { weights } : {}), ...(module ? { module } : {}) };
}

/** The arenas a shader declares, by name: `@group(0) @binding(N) var<storage, read|read_write> arena`. */
function declaredArenas(code: string): Map<string, { binding: number; write: boolean }> {
  const out = new Map<string, { binding: number; write: boolean }>();
  for (const m of code.matchAll(/@group\(0\)\s*@binding\((\d+)\)\s*var<storage,\s*(read|read_write)>\s*([A-Za-z_]\w*)/g)) out.set(m[3], { binding: Number(m[1]), write: m[2] === 'read_write' });
  return out;
}

/** The most workgroups one dispatch may have along a dimension (WebGPU's maxComputeWorkgroupsPerDimension, which no device lowers). */
const maxWorkgroups = 65535;

/**
 * What a GPU would only say with an opaque validation error when the pipeline is built: every shader holds code, and
 * declares each arena the manifest binds at the binding number and access the manifest gives; dispatches fit a device.
 */
function shaderProblems(manifest: Manifest, shaders: Record<string, string>, at: (name: string) => string): string[] {
  const problems: string[] = [];
  const empty = new Set<string>();
  const file = at(artifactFiles.manifest);
  fieldsOfPrograms(manifest).forEach(({ p, field: prog }) =>
    p.kernels.forEach((kernel, j) => {
      if ((kernel.variants === undefined) !== (kernel.key === undefined) || (kernel.variants && kernel.variants.length < 2)) problems.push(`${file}: ${prog}.kernels[${j}] (${p.name} kernel ${kernel.name}): a kernel with variants has a key and at least two of them (the default first), and one without has neither`);
      if (kernel.variants && kernel.variants[0].shader !== kernel.shader) problems.push(`${file}: ${prog}.kernels[${j}] (${p.name} kernel ${kernel.name}): its first variant must be its own shader ${kernel.shader}, not ${kernel.variants[0].shader}`);
      formsOf(kernel).forEach((f) => {
        const k = { ...kernel, shader: f.shader, workgroups: f.workgroups };
        const here = `${prog}.kernels[${j}] (${p.name} kernel ${k.name}${f.label ? `, variant ${f.label}` : ''})`;
        if (k.workgroups > maxWorkgroups) problems.push(`${file}: ${here} dispatches ${k.workgroups} workgroups, more than a GPU allows (${maxWorkgroups})`);
        const code = shaders[k.shader];
        if (typeof code !== 'string') return; // reported as missing
        if (code.trim() === '') {
          if (!empty.has(k.shader)) problems.push(`${at(k.shader)}: is empty; ${file} names it as the shader of ${here}`);
          empty.add(k.shader);
          return;
        }
        const declared = declaredArenas(code);
        k.bindings.forEach((b, n) => {
          const d = declared.get(b.arena);
          const field = `${here}.bindings[${n}]`;
          if (!d) problems.push(`${at(k.shader)}: declares no storage binding for the ${b.arena} arena, which ${file} ${field} binds`);
          else if (d.binding !== b.binding) problems.push(`${file}: ${field}.binding is ${b.binding}, but ${k.shader} declares the ${b.arena} arena at @binding(${d.binding})`);
          else if (d.write !== b.write) problems.push(`${file}: ${field}.write is ${b.write}, but ${k.shader} declares the ${b.arena} arena ${d.write ? 'read_write' : 'read'}`);
        });
        const bound = new Set(k.bindings.map((b) => b.arena as string));
        for (const name of declared.keys()) if (!bound.has(name)) problems.push(`${at(k.shader)}: declares the ${name} arena, which ${file} ${here}.bindings does not bind`);
      });
    }),
  );
  return problems;
}

/** Decodes the weights and checks them against the manifest: the program hash, then every parameter's name, dtype and shape. */
function readWeights(m: Manifest, bytes: Uint8Array, at: (name: string) => string, problems: string[]): Record<string, Float32Array> | undefined {
  const file = at(artifactFiles.weights);
  let decoded: ReturnType<typeof decodeSafetensors>;
  try {
    decoded = decodeSafetensors(bytes);
  } catch (e) {
    if (!(e instanceof SafetensorsError)) throw e;
    problems.push(`${file}: ${e.message}`);
    return undefined;
  }
  const md = decoded.metadata;
  const expected = weightsMetadata(m);
  if (md.format !== expected.format) {
    problems.push(`${file}: has no mdlc metadata ("format": "mdlc-weights" in __metadata__), so it cannot be matched to this manifest; write it with mdlc compile -o`);
    return undefined;
  }
  const from = `model ${md.model ?? '(unnamed)'}, program ${short(md.programHash ?? '')}`;
  const to = `model ${m.model}, program ${short(m.programHash)}`;
  // Weights of another program do not fit this one even when names agree, so one sentence says it; tensor-by-tensor lists would only bury it.
  if (md.programHash !== m.programHash || md.specHash !== m.specHash) {
    problems.push(`${file}: belongs to another program (${from}) than ${at(artifactFiles.manifest)} (${to}): its ${md.programHash !== m.programHash ? 'programHash' : 'specHash'} differs`);
    return undefined;
  }
  const out: Record<string, Float32Array> = {};
  const known = new Set(m.params.map((p) => p.path));
  for (const p of m.params) {
    const t = decoded.tensors[p.path];
    if (!t) problems.push(`${file}: has no tensor "${p.path}" for the parameter of shape [${p.shape.join(', ')}]`);
    else if (t.dtype !== 'F32') problems.push(`${file}: tensor "${p.path}" is ${t.dtype} but parameters are F32`);
    else if (t.shape.length !== p.shape.length || t.shape.some((d, i) => d !== p.shape[i])) problems.push(`${file}: tensor "${p.path}" has shape [${t.shape.join(', ')}] but the manifest says [${p.shape.join(', ')}]`);
    else out[p.path] = t.data as Float32Array;
  }
  for (const name of Object.keys(decoded.tensors)) if (!known.has(name)) problems.push(`${file}: tensor "${name}" is not a parameter of ${m.model}`);
  return out;
}

// ------------------------------------------------------------------ entry points

/** Parses and schema-checks manifest.json's text (or parsed JSON); `dir` only prefixes file names in messages. Throws an ArtifactError. */
export function parseManifest(json: string | object, dir = ''): Manifest {
  return readManifest(json, inFolder(dir)(artifactFiles.manifest));
}

/** The shader files a manifest's kernels name, each once, in the order they first appear. */
export function shaderFiles(manifest: Manifest): string[] {
  return [...new Set(manifestPrograms(manifest).flatMap((p) => p.kernels.flatMap((k) => formsOf(k).map((f) => f.shader))))];
}

/**
 * Builds a checked Artifact from a checked manifest and the other files' contents; `problems` already found while
 * getting those files (a reader's) come first in the ArtifactError, which lists every problem.
 */
export function completeArtifact(manifest: Manifest, files: Omit<ArtifactContents, 'manifestJson'>, dir = '', problems: readonly string[] = []): Artifact {
  const at = inFolder(dir);
  const all = [...problems];
  const module = files.irJson === undefined ? undefined : readModule(files.irJson, manifest, at(artifactFiles.ir), all);
  return assemble(manifest, files.shaders, files.weightsBytes, module, at, all);
}

/** Builds a checked Artifact from file contents already in memory (a browser's fetches, a test); `dir` only prefixes file names in messages. */
export function parseArtifact(contents: ArtifactContents, dir = ''): Artifact {
  return completeArtifact(parseManifest(contents.manifestJson, dir), contents, dir);
}

/** Reads and checks program.ir.json (text or parsed JSON) against its manifest; undefined after noting the problems. */
function readModule(ir: string | object, manifest: Manifest, file: string, problems: string[]): Module | undefined {
  let json: unknown = ir;
  if (typeof ir === 'string') {
    try {
      json = JSON.parse(ir);
    } catch (e) {
      problems.push(`${file}: is not JSON: ${(e as Error).message}`);
      return undefined;
    }
  }
  const read = moduleFromJson(json);
  for (const error of read.errors) problems.push(`${file}: ${error}`);
  if (read.module && (read.module.model !== manifest.model || read.module.batch !== manifest.batchSize)) {
    problems.push(`${file}: is the IR of ${read.module.model} at batch ${read.module.batch}, but the manifest is ${manifest.model} at batch ${manifest.batchSize}`);
    return undefined;
  }
  const mismatch = read.module && moduleMismatch(read.module, manifest);
  if (mismatch) {
    problems.push(`${file}: ${mismatch}`);
    return undefined;
  }
  return read.module;
}

/** Where an IR module and its manifest disagree on the parameters, the state or the programs (the CPU executor would run it on the manifest's weights), or undefined. */
function moduleMismatch(module: Module, manifest: Manifest): string | undefined {
  for (const [kind, ir, listed] of [['param', module.params, manifest.params], ['state', module.state, manifest.state]] as const) {
    const shapes = new Map<string, number[]>(listed.map((x) => [x.path, x.shape]));
    for (const x of ir) {
      const s = shapes.get(x.path);
      if (!s) return `${kind} ${x.path} is not in the manifest`;
      if (s.length !== x.shape.length || s.some((d, i) => d !== x.shape[i])) return `${kind} ${x.path} is [${x.shape.join(', ')}] but the manifest says [${s.join(', ')}]`;
    }
    if (ir.length !== listed.length) {
      const have = new Set(ir.map((x) => x.path));
      return `${kind} ${listed.find((x) => !have.has(x.path))?.path ?? '?'} of the manifest is not in the IR`;
    }
  }
  const names = (ps: { name: string }[]) => ps.map((p) => p.name).join(', ');
  if (names(module.programs) !== names(manifest.programs)) return `has the programs ${names(module.programs) || '(none)'}, but the manifest has ${names(manifest.programs)}`;
  return undefined;
}

/** Names files inside a folder for messages, with `/` whatever the platform: `out/` and `out` both give `out/manifest.json`. */
export function inFolder(dir: string): (name: string) => string {
  const base = dir.replace(/[\\/]+$/, '');
  return (name) => (dir === '' ? name : `${base}/${name}`);
}
