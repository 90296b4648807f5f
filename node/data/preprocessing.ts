// What loading fitted (DataInfo: vocabularies, characters, statistics, class names) -> the Preprocessing record that travels with checkpoints.
import type { InputPreprocessing, Preprocessing, TargetPreprocessing } from '../../runtime/data/preprocessing.js';
import type { SpecTensor } from '../../core/artifact.js';
import type { FittedInfo } from './fit.js';
import type { DataInfo } from './load.js';

function inputOf(f: FittedInfo): InputPreprocessing {
  if (f.characters) return { kind: 'characters', column: f.columns[0], characters: [...f.characters] };
  const v = f.vocabulary;
  if (v) return { kind: 'words', column: f.columns[0], words: [...v.words], maxlen: v.maxlen, padding: v.padding, truncating: v.truncating, lower: v.lower };
  return { kind: 'numbers', columns: [...f.columns], ...(f.normalization ? { normalization: f.normalization } : {}) };
}

/** The preprocessing of every spec input and target that `info` describes: how raw columns become the spec's tensors. */
export function preprocessingOf(info: DataInfo, tensors: readonly SpecTensor[]): Preprocessing {
  const inputs: Record<string, InputPreprocessing> = {};
  const targets: Record<string, TargetPreprocessing> = {};
  for (const t of tensors) {
    const f = info.tensors[t.name];
    if (!f) continue;
    if (t.role === 'input') inputs[t.name] = inputOf(f);
    else targets[t.name] = { columns: [...f.columns], ...(f.classes ? { classes: [...f.classes] } : {}) };
  }
  return { format: 'mdlc-preprocessing', version: 1, inputs, targets };
}
