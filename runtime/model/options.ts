// The options objects of fit, evaluate and predict -> checked against one rule per option (type and range), unknown
// names refused with "did you mean"; a bad one is a ModelOptionError naming the call, the option and the value.
import { suggest } from '../data/errors.js';
import type { EarlyStopping, FitOptions } from './fit.js';

/** An option of `fit`, `evaluate` or `predict` that is unknown, of the wrong type, or out of range. */
export class ModelOptionError extends RangeError {
  constructor(
    readonly call: string,
    readonly option: string,
    message: string,
  ) {
    super(`${call}: ${message}`);
    this.name = 'ModelOptionError';
  }
}

/** Options of `evaluate` and `predict`. */
export interface RunOptions {
  /** Must equal the compiled batch size when given (compile again for another batch size). */
  batchSize?: number;
}

/** What a value must be, or undefined when it is fine; `hint` adds a "did you mean" after the value. */
type Rule = ((value: unknown) => string | undefined) & { hint?: (value: unknown) => string };

const whole =
  (min: number): Rule =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min ? undefined : `a whole number from ${min}`;
const boolean: Rule = (v) => (typeof v === 'boolean' ? undefined : 'true or false');
const callback: Rule = (v) => (typeof v === 'function' ? undefined : 'a function');
const seed: Rule = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? undefined : 'a whole number from 0 to 4294967295');
const fraction: Rule = (v) => (typeof v === 'number' && v >= 0 && v < 1 ? undefined : 'a fraction from 0 up to (not including) 1');
const nonNegative: Rule = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'a finite number from 0');
const object: Rule = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'a Dataset or feeds by name');
const abortSignal: Rule = (v) => (typeof v === 'object' && v !== null && typeof (v as AbortSignal).aborted === 'boolean' ? undefined : 'an AbortSignal');
const oneOf = (names: readonly string[]): Rule =>
  Object.assign((v: unknown) => (typeof v === 'string' && names.includes(v) ? undefined : names.map((n) => `'${n}'`).join(' or ')), {
    hint: (v: unknown) => (typeof v === 'string' ? suggest(v, [...names], 'known') : ''),
  });

/** The losses early stopping can watch. */
export const monitors = ['loss', 'val_loss'] as const satisfies readonly EarlyStopping['monitor'][];

/** One rule per `earlyStopping` field; a field without one fails to compile. */
const earlyRules: { [K in keyof EarlyStopping]-?: Rule } = {
  monitor: oneOf(monitors),
  patience: whole(0),
  minDelta: nonNegative,
  restoreBestWeights: boolean,
};
const earlyRequired: (keyof EarlyStopping)[] = ['monitor', 'patience'];

/** One rule per `fit` option; an option without one fails to compile. */
const fitRules: { [K in keyof FitOptions]-?: Rule } = {
  epochs: whole(0),
  initialEpoch: whole(0),
  initialStep: whole(0),
  shuffle: boolean,
  seed,
  validation: object,
  validationSplit: fraction,
  batchSize: whole(1),
  readEvery: whole(1),
  onEpochStart: callback,
  onStep: callback,
  onEpoch: callback,
  earlyStopping: (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : '{ monitor, patience, minDelta?, restoreBestWeights? }'),
  signal: abortSignal,
};

/** One rule per `evaluate` and `predict` option. */
const runRules: { [K in keyof RunOptions]-?: Rule } = {
  batchSize: whole(1),
};

/** A value as a message shows it: numbers and strings as written, anything else by its kind. */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'a function';
  return Array.isArray(v) ? 'an array' : `an ${typeof v}`;
}

/** Checks an options object against its rules: every name known, every given value (undefined counts as not given) fine. */
function checkAgainst(call: string, where: string, options: unknown, rules: Record<string, Rule>): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new ModelOptionError(call, where, `${where} must be an object, got ${shown(options)}`);
  const known = Object.keys(rules);
  for (const [name, value] of Object.entries(options)) {
    const label = where === 'options' ? name : `${where}.${name}`;
    const rule = rules[name];
    if (!rule) throw new ModelOptionError(call, label, `'${label}' is not an option of ${call}${suggest(name, known, 'its options are')}`);
    if (value === undefined) continue;
    const want = rule(value);
    if (want !== undefined) throw new ModelOptionError(call, label, `'${label}' must be ${want}, got ${shown(value)}${rule.hint?.(value) ?? ''}`);
  }
}

/** Checks `fit`'s options: names, types and ranges, and the fields early stopping needs. */
export function checkFitOptions(options: unknown): asserts options is FitOptions {
  checkAgainst('fit', 'options', options, fitRules);
  const early = (options as FitOptions | undefined)?.earlyStopping;
  if (early === undefined) return;
  checkAgainst('fit', 'earlyStopping', early, earlyRules);
  for (const name of earlyRequired)
    if (early[name] === undefined) throw new ModelOptionError('fit', `earlyStopping.${name}`, `earlyStopping needs '${name}' (${earlyRules[name](undefined)})`);
}

/** Checks the options of `evaluate` or `predict`. */
export function checkRunOptions(call: 'evaluate' | 'predict', options: unknown): asserts options is RunOptions {
  checkAgainst(call, 'options', options, runRules);
}

/** Checks one resolved setting (an option, or the default it fell back to) against its option's rule. */
export function checkSetting(call: string, name: keyof FitOptions, value: unknown, from: string): void {
  const want = fitRules[name](value);
  if (want !== undefined) throw new ModelOptionError(call, name, `'${name}' (${from}) must be ${want}, got ${shown(value)}`);
}
