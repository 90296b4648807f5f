// A model's programs with their parameters and optimizer state, run on the CPU executor (the fallback backend).
import type { Module, Program } from '../../core/ir.js';
import { initialize } from '../init.js';
import { weightFeed } from '../../core/interface.js';
import { execute, program } from './execute.js';
import { alloc, type Precision, size, type Tensor } from './tensor.js';

/** Holds parameters and optimizer state across steps; each step runs one program and writes back its updates. */
export class CpuSession {
  readonly params: Record<string, Tensor> = {};
  readonly state: Record<string, Tensor> = {};

  constructor(
    readonly module: Module,
    readonly precision: Precision = 'f32',
  ) {
    for (const p of module.params) {
      const values = initialize(p.init, p.shape, module.seed, p.path);
      const data = alloc('f32', values.length, precision);
      data.set(values);
      this.params[p.path] = { dtype: 'f32', shape: p.shape, data };
    }
    for (const s of module.state) {
      const data = alloc('f32', size(s.shape), precision);
      data.fill(s.value);
      this.state[s.path] = { dtype: 'f32', shape: s.shape, data };
    }
  }

  private run(p: Program, given: Record<string, Tensor>): Record<string, Tensor> {
    const inputs = { ...given };
    // Sample weights default to 1 (every row real).
    for (const n of p.nodes) {
      if (n.op === 'input' && n.arg.name === weightFeed && !inputs[n.arg.name]) inputs[n.arg.name] = { dtype: 'f32', shape: n.shape, data: alloc('f32', size(n.shape), this.precision).fill(1) };
    }
    const r = execute(p, { inputs, params: this.params, state: this.state }, { precision: this.precision });
    for (const [path, t] of Object.entries(r.updates)) {
      const table = path in this.params ? this.params : this.state;
      // Copy: an update may alias a value the next step reads (e.g. a reshape of a parameter).
      const data = alloc('f32', t.data.length, this.precision);
      data.set(t.data);
      table[path] = { dtype: 'f32', shape: table[path].shape, data };
    }
    return r.outputs;
  }

  /** Overwrites state tensors by path (e.g. zeros to reset metric sums at the start of an epoch). */
  writeState(values: Record<string, Float32Array>): void {
    for (const [path, v] of Object.entries(values)) {
      const t = this.state[path];
      if (!t) throw new Error(`no state named ${path}`);
      const data = alloc('f32', t.data.length, this.precision);
      data.set(v);
      this.state[path] = { ...t, data };
    }
  }

  /** Overwrites parameters by path. */
  writeParams(values: Record<string, Float32Array>): void {
    for (const [path, v] of Object.entries(values)) {
      const t = this.params[path];
      if (!t) throw new Error(`no parameter named ${path}`);
      const data = alloc('f32', t.data.length, this.precision);
      data.set(v);
      this.params[path] = { ...t, data };
    }
  }

  /** One optimizer step on a batch; returns the loss and metric counters. */
  trainStep(inputs: Record<string, Tensor>): Record<string, Tensor> {
    return this.run(program(this.module, 'train_step'), inputs);
  }

  /** Loss and metric counters on a batch, without updating anything. */
  evalStep(inputs: Record<string, Tensor>): Record<string, Tensor> {
    return this.run(program(this.module, 'eval_step'), inputs);
  }

  /** The model's outputs for a batch. */
  predict(inputs: Record<string, Tensor>): Record<string, Tensor> {
    return this.run(program(this.module, 'predict'), inputs);
  }
}
