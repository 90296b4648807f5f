// An artifact folder written by `mdlc compile -o dir` -> its files read from disk -> a checked Artifact (runtime/load.ts checks them).
import { readFile } from 'node:fs/promises';
import type { Artifact } from '../core/artifact.js';
import { ArtifactError, artifactFiles, completeArtifact, inFolder, parseManifest, shaderFiles } from '../runtime/load.js';

/** Reads and checks an artifact folder written by `mdlc compile -o dir`; throws an ArtifactError naming each file and field at fault. */
export async function loadArtifact(dir: string): Promise<Artifact> {
  const at = inFolder(dir);
  const read = async <T>(name: string, how: (path: string) => Promise<T>, problems: string[]): Promise<T | undefined> => {
    try {
      return await how(at(name));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && name !== artifactFiles.manifest && name !== artifactFiles.weights) return undefined; // a missing shader is reported by completeArtifact, with its kernel
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'ENOTDIR' ? `${dir} is not a directory` : (e as Error).message;
      problems.push(`${at(name)}: cannot read: ${why}${name === artifactFiles.manifest && code === 'ENOENT' ? ` (is ${dir} a folder written by mdlc compile -o?)` : ''}`);
      return undefined;
    }
  };
  const text = (path: string) => readFile(path, 'utf8');
  const first: string[] = [];
  const manifestText = await read(artifactFiles.manifest, text, first);
  if (manifestText === undefined) throw new ArtifactError(first);
  const manifest = parseManifest(manifestText, dir);
  const problems: string[] = [];
  const names = shaderFiles(manifest);
  const [sources, weights] = await Promise.all([Promise.all(names.map((name) => read(name, text, problems))), read(artifactFiles.weights, (path) => readFile(path), problems)]);
  const shaders: Record<string, string> = {};
  names.forEach((name, i) => {
    if (sources[i] !== undefined) shaders[name] = sources[i];
  });
  // A plain Uint8Array: a Node Buffer of a small file is a view into a shared pool.
  const weightsBytes = weights === undefined ? undefined : new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  const irJson = await read(artifactFiles.ir, text, problems);
  return completeArtifact(manifest, { shaders, weightsBytes, irJson }, dir, problems);
}
