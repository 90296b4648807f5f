// The recurrent layers (SimpleRNN, LSTM, GRU) and Bidirectional: Keras' arguments, gate order and weight shapes, so
// weights load from Keras-shaped tensors, the shape rules over [batch, steps, features] and the mask they pass on.
import type { ArgSpec } from '../args.js';
import type { Initializer, LayerConfig, LayerKind, ResolvedArgs, TensorType } from '../types.js';
import { type LayerContext, type LayerInput, type LayerParam, type LayerRule, type LayerRules, activations, biasInit, glorot, init, known, needDtype, needRank } from './common.js';

/** The recurrent cell kinds, which Bidirectional may wrap. */
export const cellKinds = ['SimpleRNN', 'LSTM', 'GRU'] as const;
/** One recurrent cell kind. */
export type CellKind = (typeof cellKinds)[number];

/** Gates per cell, each `units` wide in the kernels (Keras' order: LSTM i, f, c, o; GRU z, r, h). */
export const gateCount: Record<CellKind, number> = { SimpleRNN: 1, LSTM: 4, GRU: 3 };

/** Graph tensors one time step of one direction counts as, against the checker's limit on the spec's size. */
export const tensorsPerStep = 10;

const activationOf = (name: string, def: string, doc: string): ArgSpec => ({ name, type: { t: 'choice', options: activations }, default: def, doc });

const common = (def: { recurrent: boolean }): ArgSpec[] => [
  { name: 'units', type: { t: 'int', min: 1 }, doc: 'width of the state and of each output step' },
  activationOf('activation', 'tanh', 'activation of the candidate state and (LSTM) of the cell state on output'),
  ...(def.recurrent ? [activationOf('recurrent_activation', 'sigmoid', 'activation of the gates')] : []),
  { name: 'use_bias', type: { t: 'bool' }, default: true, doc: 'whether the gates have a learned bias' },
  { name: 'return_sequences', type: { t: 'bool' }, default: false, doc: 'output every step [batch, steps, units] instead of the last [batch, units]' },
  { name: 'go_backwards', type: { t: 'bool' }, default: false, doc: 'read the sequence from its last step to its first' },
  { name: 'kernel_init', type: { t: 'initializer' }, default: glorot, doc: 'initializer of the input kernel', keras: 'kernel_initializer' },
  { name: 'recurrent_init', type: { t: 'initializer' }, default: init('orthogonal', { gain: 1 }), doc: 'initializer of the recurrent kernel', keras: 'recurrent_initializer' },
  biasInit,
];

/** The sequence sizes every cell needs: steps and features known, f32 [batch, steps, features]. */
function sequence(ctx: LayerContext, x: LayerInput): { steps: number; features: number } | undefined {
  if (!needDtype(ctx, x, 'f32', x.type.dtype === 'i32' ? 'token ids go through Embedding first' : undefined)) return undefined;
  if (!needRank(ctx, x, 3, 3, '[batch, steps, features]', x.type.shape.length === 2 ? 'a sequence of single numbers needs a features axis of size 1: Reshape([steps, 1])' : undefined)) return undefined;
  const steps = known(ctx, x, 1, 'number of steps (the layer is unrolled over them)');
  const features = known(ctx, x, 2, 'feature width');
  return steps === undefined || features === undefined ? undefined : { steps, features };
}

/** A cell's parameters (Keras' names and shapes), its output type, and the mask it passes on. */
function cell(kind: CellKind, ctx: LayerContext, args: ResolvedArgs, x: LayerInput): { type: TensorType; params: LayerParam[] } | undefined {
  const s = sequence(ctx, x);
  if (!s) return undefined;
  const units = args.units as number;
  const k = gateCount[kind];
  const params: LayerParam[] = [
    { name: 'kernel', shape: [s.features, k * units], init: args.kernel_init as Initializer },
    { name: 'recurrent_kernel', shape: [units, k * units], init: args.recurrent_init as Initializer },
  ];
  let bias = args.bias_init as Initializer;
  if (kind === 'LSTM' && args.unit_forget_bias) {
    if (bias.kind !== 'zeros') {
      ctx.error('E0310', 'unit_forget_bias=true sets the whole LSTM bias (ones for the forget gate, zeros elsewhere), so bias_init cannot be given with it', ctx.argSpan('bias_init'), { hint: 'add unit_forget_bias=false to use bias_init' });
      return undefined;
    }
    bias = init('unit_forget_bias');
  }
  const twoBiases = kind === 'GRU' && args.reset_after;
  if (args.use_bias) params.push({ name: 'bias', shape: twoBiases ? [2, k * units] : [k * units], init: bias });
  const shape = args.return_sequences ? [x.type.shape[0], s.steps, units] : [x.type.shape[0], units];
  const mask = args.return_sequences ? x.type.mask : undefined;
  return { type: { dtype: 'f32', shape, ...(mask === undefined ? {} : { mask }) }, params };
}

const cellRule = (kind: CellKind, doc: string, extra: ArgSpec[]): LayerRule => ({
  doc,
  args: [...common({ recurrent: kind !== 'SimpleRNN' }), ...extra],
  inputs: { min: 1, max: 1, doc: 'f32[batch, steps, features]' },
  infer: (ctx, args, [x]) => cell(kind, ctx, args, x),
});

const cells: Record<CellKind, LayerRule> = {
  SimpleRNN: cellRule('SimpleRNN', 'a fully connected recurrence h = activation(x · kernel + h · recurrent_kernel + bias)', []),
  LSTM: cellRule('LSTM', 'long short-term memory (Hochreiter and Schmidhuber), with Keras\' gate order i, f, c, o', [
    { name: 'unit_forget_bias', type: { t: 'bool' }, default: true, doc: 'start the forget gate\'s bias at 1 (Jozefowicz et al.), the rest at 0' },
  ]),
  GRU: cellRule('GRU', 'gated recurrent unit (Cho et al.), with Keras\' gate order z, r, h', [
    { name: 'reset_after', type: { t: 'bool' }, default: true, doc: 'apply the reset gate after the recurrent matmul (Keras\' and cuDNN\'s default), with separate input and recurrent biases' },
  ]),
};

const mergeModes = ['concat', 'sum', 'mul', 'ave'] as const;

/** The recurrent layers and Bidirectional. */
export const recurrentLayers: LayerRules<CellKind | 'Bidirectional'> = {
  ...cells,
  Bidirectional: {
    doc: 'runs a recurrent layer forwards and a copy of it backwards over the sequence and merges their outputs',
    args: [
      { name: 'layer', type: { t: 'layer', kinds: cellKinds }, doc: 'the recurrent layer, configured but not applied: LSTM(64)' },
      { name: 'merge_mode', type: { t: 'choice', options: mergeModes }, default: 'concat', doc: 'how the two outputs combine: concat, sum, mul or ave' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, steps, features]' },
    infer(ctx, args, [x]) {
      const inner = args.layer as LayerConfig;
      const kind = cellKinds.find((k) => k === inner.layer);
      if (kind === undefined) return undefined;
      const one = cell(kind, ctx, inner.args, x);
      if (!one) return undefined;
      const params = ['forward', 'backward'].flatMap((d) => one.params.map((p) => ({ ...p, name: `${d}.${p.name}` })));
      const shape = [...one.type.shape];
      if (args.merge_mode === 'concat') shape[shape.length - 1] = (shape[shape.length - 1] as number) * 2;
      return { type: { ...one.type, shape }, params };
    },
  },
};

/** Whether a layer kind is a recurrent cell. */
export function isCell(kind: LayerKind): kind is CellKind {
  return cellKinds.some((k) => k === kind);
}

/** Graph tensors a recurrent layer unrolls to (0 for other layers), given its input's steps. */
export function unrolledTensors(kind: LayerKind, steps: number): number {
  return kind === 'Bidirectional' ? 2 * steps * tensorsPerStep : isCell(kind) ? steps * tensorsPerStep : 0;
}
