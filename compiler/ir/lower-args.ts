// Typed reads of checked arguments for the lowering: each read names the argument's checker type and is validated, so no casts.
import { InternalError } from '../../core/diagnostic.js';
import type { ArgSpec, ArgType } from '../check/args.js';
import { layers } from '../check/layers.js';
import { losses, metrics, optimizers } from '../check/training.js';
import type { ArgValue, Dim, GraphNode, Initializer, LayerConfig, LossSpec, MetricSpec, OptimizerSpec, ResolvedArgs, Schedule } from '../check/types.js';

/** The value the checker resolves for each argument type of its schemas (`ArgType` in check/args.ts). */
export interface ArgValueOf {
  int: number;
  number: number;
  bool: boolean;
  string: string;
  choice: string;
  choices: string[];
  ints: number[];
  shape: number[];
  intlist: number[];
  numbers: number[];
  initializer: Initializer;
  schedule: Schedule;
  tensor: number;
  layer: LayerConfig;
}

const isNumbers = (v: ArgValue): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isObject = (v: ArgValue): v is Initializer | Schedule | LayerConfig => typeof v === 'object' && !Array.isArray(v);
const isLayerConfig = (v: ArgValue): v is LayerConfig => isObject(v) && v.kind === 'layer';

/** How to recognise a value of each argument type. Adding an ArgType without one fails to compile. */
const accepts: { [T in ArgType['t']]: (v: ArgValue) => v is ArgValueOf[T] } = {
  int: (v): v is number => Number.isInteger(v),
  number: (v): v is number => typeof v === 'number',
  bool: (v): v is boolean => typeof v === 'boolean',
  string: (v): v is string => typeof v === 'string',
  choice: (v): v is string => typeof v === 'string',
  choices: (v): v is string[] => Array.isArray(v) && v.every((x: number | string) => typeof x === 'string'),
  ints: isNumbers,
  shape: isNumbers,
  intlist: isNumbers,
  numbers: isNumbers,
  initializer: (v): v is Initializer => isObject(v) && !isLayerConfig(v) && 'args' in v,
  schedule: (v): v is Schedule => isObject(v) && !('args' in v),
  layer: isLayerConfig,
  tensor: (v): v is number => Number.isInteger(v),
};

/** The argument `name` as its checker type `t`; a missing or mistyped one is a compiler bug (the checker bound it). */
export function arg<T extends ArgType['t']>(args: ResolvedArgs, name: string, t: T): ArgValueOf[T] {
  const v = args[name];
  if (v === undefined || !accepts[t](v)) throw new InternalError(`argument \`${name}\` should be a checked ${t}, but it is ${JSON.stringify(v)}`);
  return v;
}

/** `arg`, after making sure the checker's schema of `what` declares `name` with type `t`: the read and the table agree. */
function declared<T extends ArgType['t']>(schema: readonly ArgSpec[], what: string, args: ResolvedArgs, name: string, t: T): ArgValueOf[T] {
  const spec = schema.find((s) => s.name === name);
  if (spec?.type.t !== t) throw new InternalError(`lowering reads \`${name}\` of ${what} as ${t}, but its schema ${spec ? `declares ${spec.type.t}` : 'has no such argument'}`);
  return arg(args, name, t);
}

/** A layer's argument, checked against the layer's schema (check/layers.ts). */
export function layerArg<T extends ArgType['t']>(node: Extract<GraphNode, { kind: 'layer' }>, name: string, t: T): ArgValueOf[T] {
  return declared(layers[node.layer].args, node.layer, node.args, name, t);
}

/** A loss's argument, checked against the loss's schema (check/training.ts). */
export function lossArg<T extends ArgType['t']>(loss: LossSpec, name: string, t: T): ArgValueOf[T] {
  return declared(losses[loss.kind].args, loss.kind, loss.args, name, t);
}

/** An optimizer's argument, checked against the optimizer's schema. */
export function optimizerArg<T extends ArgType['t']>(opt: OptimizerSpec, name: string, t: T): ArgValueOf[T] {
  return declared(optimizers[opt.kind].args, opt.kind, opt.args, name, t);
}

/** A metric's argument, checked against the metric's schema. */
export function metricArg<T extends ArgType['t']>(metric: MetricSpec, name: string, t: T): ArgValueOf[T] {
  return declared(metrics[metric.kind].args, metric.kind, metric.args, name, t);
}

/** A choice argument's value (`activation`, say) as one of `options`, the names the checker accepts for it. */
export function oneOf<O extends string>(name: string, value: string, options: readonly O[]): O {
  const found = options.find((o) => o === value);
  if (found === undefined) throw new InternalError(`argument \`${name}\` is \`${value}\`, which is none of ${options.join(', ')}`);
  return found;
}

/** The sizes after the batch axis of a checked type, which are all known numbers once the checker is done. */
export function sizesAfterBatch(shape: Dim[]): number[] {
  const rest = shape.slice(1);
  return rest.map((d) => {
    if (typeof d !== 'number') throw new InternalError(`shape [${shape.join(', ')}] has the symbolic size ${d} after its batch axis`);
    return d;
  });
}
