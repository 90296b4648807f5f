// An Artifact -> the files of `mdlc compile --emit js` in a folder: <model>.js (manifest and kernels inlined), <model>.d.ts,
// the weights (<model>.safetensors, or inlined below compiler/emit/js-module.ts's jsInlineLimit) and <model>.ir.json.
import { join } from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { InternalError } from '../core/diagnostic.js';
import { moduleToJson } from '../core/ir-json.js';
import { emitJsModule } from '../compiler/emit/js-module.js';
import { weightsMetadata } from '../runtime/load.js';
import { encodeSafetensors } from '../runtime/safetensors.js';
import { makeFolder, writeFileWhole } from './run-folder.js';
import { initialWeights } from './write-artifact.js';

/** What was written: the module's path, every file's, and whether the weights are inside the module. */
export interface WrittenJsModule {
  module: string;
  files: string[];
  inlined: boolean;
  weightsBytes: number;
}

/** Writes the emitted module of `artifact` (initial weights, from its seed) into `dir`, each file whole; a refusal names the path. */
export function writeJsModule(dir: string, artifact: Artifact, specPath?: string): WrittenJsModule {
  const m = artifact.manifest;
  if (!artifact.module) throw new InternalError(`the artifact of ${m.model} has no IR to write beside its module`);
  const weights = artifact.weights ?? initialWeights(m);
  const bytes = encodeSafetensors(Object.fromEntries(m.params.map((p) => [p.path, { dtype: 'F32' as const, shape: p.shape, data: weights[p.path] }])), weightsMetadata(m));
  const emitted = emitJsModule(artifact, { weights: bytes, irJson: JSON.stringify(moduleToJson(artifact.module)) + '\n', specPath });
  makeFolder(dir, { action: 'write', path: join(dir, `${m.model}.js`) });
  const files = Object.entries(emitted.files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileWhole(path, content);
    return path;
  });
  return { module: join(dir, `${m.model}.js`), files, inlined: emitted.inlined, weightsBytes: bytes.length };
}
