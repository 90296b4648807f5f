// MultiHeadAttention: its arguments, the checks of query and context, and its projection parameters.
import { formatShape, type Initializer } from '../types.js';
import { type LayerParam, type LayerRules, biasInit, kernelInit, known, needDtype, needRank, noteFor, sameDims, useBias } from './common.js';

/** MultiHeadAttention. */
export const attentionLayers: LayerRules<'MultiHeadAttention'> = {
  MultiHeadAttention: {
    doc: 'scaled dot-product attention with `heads` heads of width width/heads; self-attention with one input, cross-attention with (query, context)',
    args: [
      { name: 'heads', type: { t: 'int', min: 1 }, doc: 'number of heads; must divide the model width' },
      { name: 'causal', type: { t: 'bool' }, default: false, doc: 'mask future positions (for autoregressive models)' },
      { name: 'dropout', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'dropout on the attention weights' },
      useBias,
      kernelInit,
      biasInit,
    ],
    inputs: { min: 1, max: 2, doc: 'query f32[batch, seq, width] and optionally context f32[batch, seq2, width2]' },
    infer(ctx, args, inputs) {
      const [q] = inputs;
      const c = inputs[1] ?? q;
      for (const t of new Set([q, c])) {
        if (!needDtype(ctx, t, 'f32') || !needRank(ctx, t, 3, 3, '[batch, sequence, width]')) return undefined;
      }
      const width = known(ctx, q, 2, 'model width');
      const cWidth = known(ctx, c, 2, 'context width');
      if (width === undefined || cWidth === undefined) return undefined;
      if (!sameDims(q.type.shape[0], c.type.shape[0])) {
        ctx.error('E0401', `query and context have different batch sizes: ${formatShape(q.type.shape)} and ${formatShape(c.type.shape)}`, ctx.span, { notes: [noteFor(q), noteFor(c)] });
        return undefined;
      }
      const heads = args.heads as number;
      if (width % heads !== 0) {
        const divisors = [...Array(Math.min(width, 64)).keys()].map((i) => i + 1).filter((d) => width % d === 0);
        ctx.error('E0306', `heads=${heads} does not divide the model width ${width}, so the heads cannot have equal width`, ctx.argSpan('heads'), {
          notes: [noteFor(q)],
          hint: `heads must be one of ${divisors.slice(-8).join(', ')}`,
        });
        return undefined;
      }
      if (args.causal && inputs.length === 2 && !sameDims(q.type.shape[1], c.type.shape[1])) {
        ctx.error('E0306', 'causal=true needs query and context of the same length', ctx.argSpan('causal'), { notes: [noteFor(q), noteFor(c)] });
        return undefined;
      }
      const kInit = args.kernel_init as Initializer;
      const bInit = args.bias_init as Initializer;
      const params: LayerParam[] = [];
      for (const [name, inW] of [['query', width], ['key', cWidth], ['value', cWidth], ['output', width]] as const) {
        params.push({ name: `${name}.kernel`, shape: [inW, width], init: kInit });
        if (args.use_bias) params.push({ name: `${name}.bias`, shape: [width], init: bInit });
      }
      return { type: q.type, params };
    },
  },
};
