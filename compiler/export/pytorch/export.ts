// A checked spec and its compiled manifest -> the files of a PyTorch program (model.py, mdlc_layers.py, mdlc_checkpoint.py,
// train.py, export.json) or located errors (E0711-E0713) for what cannot be reproduced exactly. Browser-safe: text in, text out.
import type { CheckedModel } from '../../check/types.js';
import type { Manifest } from '../../../core/artifact.js';
import { type Diagnostic, DiagnosticBag, type SourceFile } from '../../../core/diagnostic.js';
import { layerExports } from './layers.js';
import { ModulesWriter } from './model-py.js';
import { py } from './python-text.js';
import { decayGroupEndings, lossExports, optimizerExports, scheduleText } from './training.js';
import { supportPy } from './python/support-py.js';
import { optimPy } from './python/optim-py.js';
import { lossesPy } from './python/losses-py.js';
import { checkpointPy } from './python/checkpoint-py.js';
import { trainPy } from './python/train-py.js';

/** What train.py and the loaders read about the mdlc program the export came from (written as export.json). */
export interface PyTorchExportInfo {
  format: 'mdlc-pytorch-export';
  version: 1;
  model: string;
  spec: string;
  specHash: string;
  programHash: string;
  batchSize: number;
  params: { path: string; shape: number[] }[];
  state: { path: string; shape: number[]; value: number; role?: string }[];
  tensors: { name: string; dtype: 'f32' | 'i32'; shape: number[]; role: 'input' | 'target' }[];
}

/** The files of an export by name (text), with the info train.py reads; or the errors that stop it. */
export interface PyTorchExport {
  files: Record<string, string>;
  info: PyTorchExportInfo;
  diagnostics: Diagnostic[];
}

/** The Python module of every layer class, helper, loss, schedule and optimizer (the same file for every spec). */
export function layersModule(): string {
  return [supportPy, ...Object.values(layerExports).map((e) => e.python), optimPy, lossesPy].join('\n');
}

/** model.py's training part: the loss per row, the L2 term, accuracy counts, the schedule, clipping and the optimizer. */
function trainingText(m: CheckedModel, bag: DiagnosticBag): string[] {
  const loss = m.loss!;
  const opt = m.optimizer!;
  const lossRule = lossExports[loss.kind];
  for (const a of Object.keys(loss.args)) if (!lossRule.args.includes(a)) bag.error('E0713', `${loss.kind}'s argument \`${a}\` has no counterpart in the PyTorch export yet`, loss.span);
  const optRule = optimizerExports[opt.kind];
  for (const a of Object.keys(opt.args)) if (!optRule.args.includes(a)) bag.error('E0713', `${opt.kind}'s argument \`${a}\` has no counterpart in the PyTorch export yet`, opt.span);
  const fromBatch = (id: number) => m.nodes[id].kind === 'input';
  const read = (id: number) => `${fromBatch(id) ? 'batch' : 'outputs'}[${py(m.nodes[id].name)}]`;
  const l2 = (loss.args.l2 as number | undefined) ?? 0;
  const threshold = (m.metrics.find((x) => 'threshold' in x.args)?.args.threshold as number | undefined) ?? 0.5;
  const fromLogits = loss.args.from_logits === true;
  const cut = fromLogits ? Math.log(threshold / (1 - threshold)) : threshold;
  const accuracy =
    loss.kind === 'cross_entropy'
      ? ['def accuracy_counts(outputs, batch):', `    return L.accuracy_counts_classes(${read(loss.prediction)}, ${read(loss.target)}, sparse=${py(loss.sparse)})`]
      : loss.kind === 'binary_cross_entropy' || loss.kind === 'binary_focal_cross_entropy'
        ? ['def accuracy_counts(outputs, batch):', `    return L.accuracy_counts_binary(${read(loss.prediction)}, ${read(loss.target)}, ${py(cut)})`]
        : ['accuracy_counts = None'];
  const exclude = opt.kind === 'adamw' ? ((opt.args.decay_exclude as string[] | undefined) ?? []) : [];
  const endings = exclude.flatMap((g) => decayGroupEndings[g as keyof typeof decayGroupEndings] ?? []);
  const groups = endings.length
    ? [
        `    excluded = ${py(endings, true)}  # decay_exclude=${py(exclude)}: parameters named ...${endings.join(', ...')}`,
        "    decay = [p for name, p in model.named_parameters() if name.split('.')[-1] not in excluded]",
        "    rest = [p for name, p in model.named_parameters() if name.split('.')[-1] in excluded]",
        `    return L.${optRule.cls}([{'params': decay}, {'params': rest, 'weight_decay': 0.0}], ${optRule.options(opt)})`,
      ]
    : [`    return L.${optRule.cls}(model.parameters(), ${optRule.options(opt)})`];
  return [
    'def loss_per_row(outputs, batch):',
    `    """${loss.kind} of ${m.nodes[loss.prediction].name} against ${m.nodes[loss.target].name}, one value per row (mean over the row's other axes)."""`,
    `    pred, target = ${read(loss.prediction)}, ${read(loss.target)}`,
    `    return ${lossRule.call(loss)}`,
    '',
    '',
    'def regularization(model):',
    `    return ${l2 > 0 ? `L.l2_penalty(model, ${py(l2)})` : '0.0'}`,
    '',
    '',
    ...accuracy,
    '',
    '',
    '# The learning rate at each 0-based step, and the global gradient norm clipped to (0: no clipping), as the spec says.',
    `SCHEDULE = ${scheduleText(opt.schedule)}`,
    `CLIP_NORM = ${py((opt.args.clip_norm as number | undefined) ?? 0)}`,
    '',
    '',
    'def make_optimizer(model):',
    `    """${opt.kind} over the model's parameters, mdlc's update rule (mdlc_layers.${optRule.cls}); train.py sets each step's lr."""`,
    ...groups,
    '',
    '',
    `TRAIN = dict(batch_size=${m.train.batch_size}, epochs=${m.train.epochs}, seed=${m.train.seed}, shuffle=${py(m.train.shuffle)})`,
  ];
}

/**
 * Exports a checked spec (compiled to `manifest`) as a PyTorch program. Errors (E0711-E0713, located in `file`) mean no
 * files; the same spec always gives the same text.
 */
export function exportPyTorch(m: CheckedModel, file: SourceFile, manifest: Manifest): PyTorchExport {
  const bag = new DiagnosticBag();
  const info: PyTorchExportInfo = {
    format: 'mdlc-pytorch-export',
    version: 1,
    model: manifest.model,
    spec: manifest.specText,
    specHash: manifest.specHash,
    programHash: manifest.programHash,
    batchSize: manifest.batchSize,
    params: manifest.params.map((p) => ({ path: p.path, shape: p.shape })),
    state: manifest.state.map((s) => ({ path: s.path, shape: s.shape, value: s.value, ...(s.role ? { role: s.role } : {}) })),
    tensors: manifest.tensors.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, role: t.role })),
  };
  if (!m.loss || !m.optimizer) {
    bag.error('E0712', `mdlc export --pytorch writes a training program, but spec ${m.name} has no ${m.loss ? 'optimizer' : 'loss'}`, { start: 0, end: Math.min(file.text.length, file.text.indexOf('\n') >>> 0) }, {
      hint: 'add a loss and an optimizer section (mdlc check --for train says what is missing)',
    });
    return { files: {}, info, diagnostics: bag.items };
  }
  const loss = m.loss;
  const computed = (id: number) => m.nodes[id].kind !== 'input';
  const returns = [...m.outputs];
  for (const id of [loss.prediction, loss.target]) if (computed(id) && !returns.some((r) => r.node === id)) returns.push({ name: m.nodes[id].name, node: id });
  const writer = new ModulesWriter(m, file, bag, returns.map((r) => r.node));
  const modules = writer.write(returns);
  const training = trainingText(m, bag);
  if (bag.items.some((d) => d.severity === 'error')) return { files: {}, info, diagnostics: bag.items };
  const modelPy = [
    `"""${m.name} as PyTorch modules, generated by mdlc export --pytorch from ${file.path} (program ${manifest.programHash.slice(0, 12)}).`,
    '',
    "Parameter and buffer names are mdlc's paths, with name[i] written name.i: model.state_dict() maps onto an mdlc",
    'checkpoint name for name (mdlc_checkpoint.load_into / checkpoint_of). Tensors are channels-last and every weight is',
    `in mdlc's layout (a Dense kernel is [in, out]), so nothing is transposed on the way in or out."""`,
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    '',
    'import mdlc_layers as L',
    '',
    '',
    modules.classes.join('\n\n\n'),
    '',
    '',
    `Model = ${modules.modelClass}`,
    `INPUTS = ${py(modules.inputs, true)}`,
    `OUTPUTS = ${py(m.outputs.map((o) => o.name), true)}`,
    '',
    '',
    ...training,
    '',
  ].join('\n');
  const files = {
    'model.py': modelPy,
    'mdlc_layers.py': layersModule(),
    'mdlc_checkpoint.py': checkpointPy,
    'train.py': trainPy,
    'export.json': JSON.stringify(info, null, 1) + '\n',
  };
  return { files, info, diagnostics: bag.items };
}
