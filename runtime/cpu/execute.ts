// The CPU reference executor: runs an IR program node by node with the reference kernels. The oracle for the GPU.
import type { AnyNode, Module, Program } from '../../core/ir.js';
import { kernels, type Kernel, type KernelEnv } from './kernels.js';
import type { Precision, Tensor } from './tensor.js';

/** The values a program reads: data feeds by input name, parameters and optimizer state by path. */
export interface Feeds {
  inputs: Record<string, Tensor>;
  params: Record<string, Tensor>;
  state: Record<string, Tensor>;
}

/** What a run gives: outputs by name, new parameter/state values by path, and (when asked) every node's value. */
export interface RunResult {
  outputs: Record<string, Tensor>;
  updates: Record<string, Tensor>;
  values?: Tensor[];
}

/** A failure while running a node, naming the node and where in the spec it came from. */
export class ExecutionError extends Error {
  constructor(
    readonly node: AnyNode,
    cause: Error,
  ) {
    super(`while computing %${node.id} ${node.op} (${node.name || 'unnamed'}): ${cause.message}`);
    this.name = 'ExecutionError';
  }
}

/** Runs a program on the CPU. `keep` retains every node's value (for tests and debugging). */
export function execute(program: Program, feeds: Feeds, options: { precision?: Precision; keep?: boolean } = {}): RunResult {
  const precision = options.precision ?? 'f32';
  const env: KernelEnv = {
    precision,
    feed(kind, name) {
      const table = kind === 'input' ? feeds.inputs : kind === 'param' ? feeds.params : feeds.state;
      const t = table[name];
      if (!t) throw new Error(`no ${kind} named \`${name}\` was given`);
      return t;
    },
  };
  const values = new Array<Tensor>(program.nodes.length);
  for (const n of program.nodes) {
    try {
      const kernel = kernels[n.op] as Kernel<typeof n.op>;
      values[n.id] = kernel(n as never, n.src.map((s) => values[s]), env);
    } catch (e) {
      throw new ExecutionError(n, e as Error);
    }
  }
  const outputs: Record<string, Tensor> = {};
  for (const o of program.outputs) outputs[o.name] = values[o.node];
  const updates: Record<string, Tensor> = {};
  for (const u of program.updates) updates[u.name] = values[u.node];
  return { outputs, updates, values: options.keep ? values : undefined };
}

/** A program of a module by name. */
export function program(module: Module, name: Program['name']): Program {
  const p = module.programs.find((q) => q.name === name);
  if (!p) throw new Error(`the module has no ${name} program${name === 'train_step' ? ' (the spec needs a loss and an optimizer)' : ''}`);
  return p;
}
