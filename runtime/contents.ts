// An in-memory Artifact (from the compiler in the page, or parseArtifact) -> the contents of its files (ArtifactContents),
// plain data that crosses to a Web Worker by structured cloning and that parseArtifact checks again on the other side.
import type { Artifact } from '../core/artifact.js';
import { moduleToJson } from '../core/ir-json.js';
import { type ArtifactContents, weightsMetadata } from './load.js';
import { encodeSafetensors } from './safetensors.js';

/** The files of an artifact as contents: the manifest as JSON data, the shaders, its weights (if any) as safetensors bytes, its IR (if any) as JSON data. */
export function artifactContents(artifact: Artifact): ArtifactContents {
  const m = artifact.manifest;
  const weights = artifact.weights;
  const weightsBytes = weights ? encodeSafetensors(Object.fromEntries(m.params.map((p) => [p.path, { dtype: 'F32' as const, shape: p.shape, data: weights[p.path] }])), weightsMetadata(m)) : undefined;
  return {
    manifestJson: m,
    shaders: { ...artifact.shaders },
    ...(weightsBytes ? { weightsBytes } : {}),
    ...(artifact.module ? { irJson: moduleToJson(artifact.module) } : {}),
  };
}
