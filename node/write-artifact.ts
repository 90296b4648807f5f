// An Artifact -> an artifact folder (manifest.json, one .wgsl per kernel, weights.safetensors, program.ir.json), put in place by one rename.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Artifact, type Manifest, manifestPrograms } from '../core/artifact.js';
import { initialize } from '../runtime/init.js';
import { artifactFiles, weightsMetadata } from '../runtime/load.js';
import { encodeSafetensors, type SafetensorsTensor } from '../runtime/safetensors.js';
import { InternalError } from '../core/diagnostic.js';
import { moduleToJson } from '../core/ir-json.js';

/** A folder that cannot be written or replaced: the user's problem (a path), reported without a stack trace. */
export class WriteArtifactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteArtifactError';
  }
}

const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The initial value of every parameter of a manifest, by path, computed from its initializer and the manifest's seed. */
export function initialWeights(m: Manifest): Record<string, Float32Array> {
  return Object.fromEntries(m.params.map((p) => [p.path, initialize(p.init as Parameters<typeof initialize>[0], p.shape, m.seed, p.path)]));
}

/** The first number JSON cannot hold (it would silently become null), as a field path; undefined when there is none. */
function nonFinite(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinite(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
    if (found) return found;
  }
  return undefined;
}

/** The files of an artifact, by name; throws an InternalError when the artifact contradicts itself (a compiler bug). */
function artifactContents(artifact: Artifact, weights: Record<string, Float32Array>): Map<string, string | Uint8Array> {
  const m = artifact.manifest;
  const bad = nonFinite(m, '');
  if (bad) throw new InternalError(`the manifest of ${m.model} holds ${bad}, which JSON cannot store`);
  const files = new Map<string, string | Uint8Array>([[artifactFiles.manifest, JSON.stringify(m, null, 2) + '\n']]);
  for (const p of manifestPrograms(m))
    for (const k of p.kernels) {
      const code = artifact.shaders[k.shader];
      if (code === undefined) throw new InternalError(`kernel ${k.name} of ${p.name} names shader ${k.shader}, which the artifact lacks`);
      if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.wgsl$/.test(k.shader)) throw new InternalError(`shader name ${JSON.stringify(k.shader)} is not a plain .wgsl file name`);
      files.set(k.shader, code);
    }
  const tensors: Record<string, SafetensorsTensor> = {};
  for (const p of m.params) {
    const data = weights[p.path];
    if (!data || data.length !== numel(p.shape)) throw new InternalError(`weights of ${p.path} hold ${data?.length ?? 'no'} values; its shape [${p.shape.join(', ')}] needs ${numel(p.shape)}`);
    tensors[p.path] = { dtype: 'F32', shape: p.shape, data };
  }
  files.set(artifactFiles.weights, encodeSafetensors(tensors, weightsMetadata(m)));
  if (artifact.module) files.set(artifactFiles.ir, JSON.stringify(moduleToJson(artifact.module)) + '\n');
  return files;
}

/** Writes a whole file and flushes it to disk, so the rename that publishes the folder never publishes half a file. */
function writeDurably(path: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const fd = openSync(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether a folder holds only what an artifact holds, so replacing it cannot destroy anything else (think `-o .`). */
function refuseForeign(target: string, shown: string): void {
  const foreign = readdirSync(target, { withFileTypes: true }).filter((e) => !e.isFile() || !(e.name === artifactFiles.manifest || e.name === artifactFiles.weights || e.name === artifactFiles.ir || e.name.endsWith('.wgsl')));
  if (foreign.length) {
    const names = foreign.slice(0, 3).map((e) => e.name + (e.isDirectory() ? '/' : ''));
    throw new WriteArtifactError(`${shown} exists and is not an artifact folder (it holds ${names.join(', ')}${foreign.length > 3 ? ', …' : ''}); choose a new or empty folder, or remove it first`);
  }
}

/**
 * Writes an artifact folder: manifest.json (pretty), one .wgsl file per kernel and weights.safetensors (the given weights,
 * by default the artifact's or the initial ones). Everything is written into a hidden sibling folder first and then renamed
 * into place, replacing an earlier artifact, so a reader sees the old artifact, the new one or none, never half of one.
 * Returns the names of the files written.
 */
export function writeArtifact(dir: string, artifact: Artifact, weights: Record<string, Float32Array> = artifact.weights ?? initialWeights(artifact.manifest)): string[] {
  const files = artifactContents(artifact, weights);
  let target = resolve(dir);
  let exists = false;
  try {
    target = realpathSync(target); // write where a symlink points, not over the link
    if (!statSync(target).isDirectory()) throw new WriteArtifactError(`${dir} exists and is not a folder`);
    exists = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (exists) refuseForeign(target, dir);
  const parent = dirname(target);
  if (basename(target) === '' || parent === target) throw new WriteArtifactError(`${dir} is the root folder; give the artifact a folder of its own`);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(parent, `.${basename(target)}.tmp-${tag}`);
  const old = join(parent, `.${basename(target)}.old-${tag}`);
  mkdirSync(tmp);
  try {
    for (const [name, content] of files) writeDurably(join(tmp, name), content);
    if (exists) renameSync(target, old);
    try {
      renameSync(tmp, target);
    } catch (e) {
      if (exists) renameSync(old, target); // put the previous artifact back
      throw e;
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (exists) rmSync(old, { recursive: true, force: true });
  return [...files.keys()];
}
