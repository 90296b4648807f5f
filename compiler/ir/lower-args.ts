// Typed reads of checked arguments for the lowering: each read names the argument's checker type and is validated, so no casts.
import { InternalError } from '../../core/diagnostic.js';
import type { ArgType } from '../check/args.js';
import type { ArgValue, Dim, Initializer, ResolvedArgs, Schedule } from '../check/types.js';

/** The value the checker resolves for each argument type of its schemas (`ArgType` in check/args.ts). */
export interface ArgValueOf {
  int: number;
  number: number;
  bool: boolean;
  string: string;
  choice: string;
  ints: number[];
  shape: number[];
  initializer: Initializer;
  schedule: Schedule;
  tensor: number;
}

const isNumbers = (v: ArgValue): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isObject = (v: ArgValue): v is Initializer | Schedule => typeof v === 'object' && !Array.isArray(v);

/** How to recognise a value of each argument type. Adding an ArgType without one fails to compile. */
const accepts: { [T in ArgType['t']]: (v: ArgValue) => v is ArgValueOf[T] } = {
  int: (v): v is number => Number.isInteger(v),
  number: (v): v is number => typeof v === 'number',
  bool: (v): v is boolean => typeof v === 'boolean',
  string: (v): v is string => typeof v === 'string',
  choice: (v): v is string => typeof v === 'string',
  ints: isNumbers,
  shape: isNumbers,
  initializer: (v): v is Initializer => isObject(v) && 'args' in v,
  schedule: (v): v is Schedule => isObject(v) && !('args' in v),
  tensor: (v): v is number => Number.isInteger(v),
};

/** The argument `name` as its checker type `t`; a missing or mistyped one is a compiler bug (the checker bound it). */
export function arg<T extends ArgType['t']>(args: ResolvedArgs, name: string, t: T): ArgValueOf[T] {
  const v = args[name];
  if (v === undefined || !accepts[t](v)) throw new InternalError(`argument \`${name}\` should be a checked ${t}, but it is ${JSON.stringify(v)}`);
  return v;
}

/** The argument `name` as one of `options` (a choice argument such as `activation`). */
export function choice<O extends string>(args: ResolvedArgs, name: string, options: readonly O[]): O {
  const v = arg(args, name, 'choice');
  const found = options.find((o) => o === v);
  if (found === undefined) throw new InternalError(`argument \`${name}\` is \`${v}\`, which is none of ${options.join(', ')}`);
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
