// IR Module -> IR Module: appends to train_step the gradients of the loss, gradient clipping and the optimizer update.
import type { CheckedModel } from '../check/types.js';
import { grad } from './autodiff.js';
import { Builder } from './builder.js';
import type { Binding, Module, Node, Program } from '../../core/ir.js';
import { STEP } from './lower.js';
import { optimizerArg } from './lower-args.js';
import { clipByGlobalNorm, lowerOptimizer, type Trainable } from './lower-optimizers.js';

/** Completes train_step: backward pass (reverse-mode autodiff), clipping, optimizer update and step counter; adds optimizer state. */
export function differentiate(module: Module, model: CheckedModel): Module {
  const train = module.programs.find((p) => p.name === 'train_step');
  const opt = model.optimizer;
  if (!train || !opt) return module;
  const b = Builder.from(train.nodes);
  const loss = train.outputs.find((o) => o.name === 'loss')!.node;
  const step = train.nodes.find((n) => n.op === 'state' && n.arg.path === STEP)!.id;
  // Frozen parameters (trainable=false) get no gradient, no update and no optimizer state.
  const frozen = new Set(model.nodes.flatMap((n) => (n.kind === 'layer' ? n.params.filter((p) => p.frozen).map((p) => p.path) : [])));
  const params = train.nodes.filter((n): n is Node<'param'> => n.op === 'param' && !frozen.has(n.arg.path));
  const state = [...module.state];
  const updates: Binding[] = [];
  b.at({ span: opt.span, name: 'optimizer' }, () => {
    const grads = clipByGlobalNorm(b, grad(b, loss, params.map((p) => p.id)), optimizerArg(opt, 'clip_norm', 'number'));
    const trainables: Trainable[] = params.map((p, i) => {
      const path = p.arg.path;
      return {
        path,
        value: p.id,
        grad: grads[i],
        slot: (slot, value = 0) => {
          const key = `${path}.${slot}`;
          if (!state.some((s) => s.path === key)) state.push({ path: key, shape: p.shape, value });
          return b.state(key, p.shape, value);
        },
      };
    });
    // The counter is incremented first and everything reads the new value, so its in-place update cannot race.
    const t = b.addN(step, b.const(1));
    lowerOptimizer(b, opt, trainables, t, updates);
    updates.push({ name: STEP, node: t });
  });
  const trained: Program = { ...train, nodes: b.nodes, updates: [...train.updates, ...updates] };
  return { ...module, state, programs: module.programs.map((p) => (p === train ? trained : p)) };
}
