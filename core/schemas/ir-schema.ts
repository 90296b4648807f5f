// The JSON schema of the IR JSON (program.ir.json, mdlc compile --emit ir) as a TypeScript module, so the code that validates against it needs no JSON import; docs/schemas/ir.schema.json is written from it (UPDATE=1 npm test) and a test keeps them equal.
import type { Op } from '../ir.js';
import { initializerKinds } from '../initializer.js';

/** The argument schemas of the ops, by name (`arg-<name>` in the schema's definitions), in the order the schema checks them. */
const argSchemas = {
  param: {
    type: 'object',
    required: ['path', 'init'],
    additionalProperties: false,
    properties: { path: { type: 'string', minLength: 1 }, init: { '$ref': '#/definitions/initializer' } },
  },
  input: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: { type: 'string', minLength: 1 } },
  },
  state: {
    type: 'object',
    required: ['path', 'value'],
    additionalProperties: false,
    properties: { path: { type: 'string', minLength: 1 }, value: { '$ref': '#/definitions/real' } },
  },
  const: {
    type: 'object',
    required: ['value'],
    additionalProperties: false,
    properties: { value: { '$ref': '#/definitions/real' } },
  },
  iota: {
    type: 'object',
    required: ['axis'],
    additionalProperties: false,
    properties: { axis: { '$ref': '#/definitions/index' } },
  },
  random: {
    type: 'object',
    required: ['seed', 'stream'],
    additionalProperties: false,
    properties: { seed: { type: 'integer' }, stream: { '$ref': '#/definitions/index' } },
  },
  axes: {
    description: 'sum and reduce_max: the reduced axes, kept with size 1.',
    type: 'object',
    required: ['axes'],
    additionalProperties: false,
    properties: { axes: { type: 'array', items: { '$ref': '#/definitions/index' } } },
  },
  axis: {
    description: 'argmax and concat.',
    type: 'object',
    required: ['axis'],
    additionalProperties: false,
    properties: { axis: { '$ref': '#/definitions/index' } },
  },
  matmul: {
    type: 'object',
    required: ['transA', 'transB'],
    additionalProperties: false,
    properties: { transA: { type: 'boolean' }, transB: { type: 'boolean' } },
  },
  scatter_add: {
    type: 'object',
    required: ['rows'],
    additionalProperties: false,
    properties: { rows: { type: 'integer', minimum: 1 } },
  },
  transpose: {
    type: 'object',
    required: ['perm'],
    additionalProperties: false,
    properties: { perm: { type: 'array', items: { '$ref': '#/definitions/index' } } },
  },
  slice: {
    type: 'object',
    required: ['begin'],
    additionalProperties: false,
    properties: { begin: { type: 'array', items: { '$ref': '#/definitions/index' } } },
  },
  pad: {
    type: 'object',
    required: ['before', 'after'],
    additionalProperties: false,
    properties: {
      before: { type: 'array', items: { '$ref': '#/definitions/index' } },
      after: { type: 'array', items: { '$ref': '#/definitions/index' } },
    },
  },
  window: {
    description: 'im2col and col2im: window geometry of NHWC images.',
    type: 'object',
    required: ['kh', 'kw', 'sh', 'sw', 'padTop', 'padLeft', 'padValue'],
    additionalProperties: false,
    properties: {
      kh: { '$ref': '#/definitions/size' },
      kw: { '$ref': '#/definitions/size' },
      sh: { '$ref': '#/definitions/size' },
      sw: { '$ref': '#/definitions/size' },
      padTop: { '$ref': '#/definitions/index' },
      padLeft: { '$ref': '#/definitions/index' },
      padValue: { '$ref': '#/definitions/real' },
      dh: { '$ref': '#/definitions/size' },
      dw: { '$ref': '#/definitions/size' },
    },
  },
  none: {
    description: 'Ops without an argument: elementwise ops, where, detach, gather, reshape, broadcast.',
    type: 'object',
    additionalProperties: false,
  },
} as const;

/** Which argument schema each op's `arg` must match. Adding an Op without one fails to compile, and the node's `op` enum is its keys. */
const opArgs: Record<Op, keyof typeof argSchemas> = {
  param: 'param',
  input: 'input',
  state: 'state',
  const: 'const',
  iota: 'iota',
  random: 'random',
  neg: 'none',
  exp: 'none',
  log: 'none',
  sqrt: 'none',
  tanh: 'none',
  sigmoid: 'none',
  relu: 'none',
  abs: 'none',
  sign: 'none',
  floor: 'none',
  cos: 'none',
  erf: 'none',
  cast: 'none',
  add: 'none',
  sub: 'none',
  mul: 'none',
  div: 'none',
  max: 'none',
  min: 'none',
  lt: 'none',
  le: 'none',
  eq: 'none',
  where: 'none',
  detach: 'none',
  sum: 'axes',
  reduce_max: 'axes',
  argmax: 'axis',
  matmul: 'matmul',
  gather: 'none',
  scatter_add: 'scatter_add',
  reshape: 'none',
  transpose: 'transpose',
  broadcast: 'none',
  slice: 'slice',
  concat: 'axis',
  pad: 'pad',
  im2col: 'window',
  col2im: 'window',
};

/** Every op, in the order of `opArgs` (that of the IR's `Op` union). */
const ops = Object.keys(opArgs);

/** One condition per argument schema: a node whose op uses it must have such an `arg`. */
const argConditions = Object.keys(argSchemas).map((name) => {
  const users = Object.entries(opArgs)
    .filter(([, schema]) => schema === name)
    .map(([op]) => op);
  return { if: { required: ['op'], properties: { op: users.length === 1 ? { const: users[0] } : { enum: users } } }, then: { properties: { arg: { $ref: `#/definitions/arg-${name}` } } } };
});

/** The argument schemas as the schema's definitions. */
const argDefinitions = Object.fromEntries(Object.entries(argSchemas).map(([name, schema]) => [`arg-${name}`, schema]));

/** The JSON schema of the IR JSON (program.ir.json, mdlc compile --emit ir). */
export const irSchema = {
  '$schema': 'http://json-schema.org/draft-07/schema#',
  '$id': 'https://mdlc.dev/schemas/ir.schema.json',
  title: 'mdlc IR module',
  description: 'The tensor IR of one compiled .model spec, as written by `mdlc compile --emit ir` (compiler/ir/json.ts). Node ids are dense 0..n-1 per program and every operand is an earlier node; those and the per-op shape rules are checked by `mdlc ir-check`, not by this schema.',
  type: 'object',
  required: ['format', 'version', 'model', 'batch', 'seed', 'params', 'state', 'programs'],
  additionalProperties: false,
  properties: {
    format: { const: 'mdlc-ir' },
    version: { const: 1, description: 'The format version; a reader refuses versions it does not know.' },
    model: { type: 'string', minLength: 1 },
    batch: { '$ref': '#/definitions/size' },
    seed: { type: 'integer' },
    params: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'shape', 'init'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          shape: { '$ref': '#/definitions/shape' },
          init: { '$ref': '#/definitions/initializer' },
        },
      },
    },
    state: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'shape', 'value'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          shape: { '$ref': '#/definitions/shape' },
          value: { '$ref': '#/definitions/real' },
          role: { enum: ['variable'] },
        },
      },
    },
    programs: { type: 'array', items: { '$ref': '#/definitions/program' } },
  },
  definitions: {
    index: { type: 'integer', minimum: 0 },
    size: { type: 'integer', minimum: 1 },
    shape: { type: 'array', items: { '$ref': '#/definitions/size' } },
    real: {
      description: 'A number; JSON has no infinities, NaN or negative zero, so those are written as strings.',
      anyOf: [{ type: 'number' }, { enum: ['Infinity', '-Infinity', 'NaN', '-0'] }],
    },
    dtype: { enum: ['f32', 'i32'] },
    span: {
      description: 'Character offsets into the spec text, end exclusive; {0, 0} when a node has no source.',
      type: 'object',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: { start: { '$ref': '#/definitions/index' }, end: { '$ref': '#/definitions/index' } },
    },
    initializer: {
      type: 'object',
      required: ['kind', 'args'],
      additionalProperties: false,
      properties: {
        kind: { enum: initializerKinds },
        args: { type: 'object', additionalProperties: { '$ref': '#/definitions/real' } },
      },
    },
    binding: {
      type: 'object',
      required: ['name', 'node'],
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1 }, node: { '$ref': '#/definitions/index' } },
    },
    program: {
      type: 'object',
      required: ['name', 'nodes', 'outputs', 'updates'],
      additionalProperties: false,
      properties: {
        name: { enum: ['train_step', 'eval_step', 'predict'] },
        nodes: { type: 'array', items: { '$ref': '#/definitions/node' } },
        outputs: { type: 'array', items: { '$ref': '#/definitions/binding' } },
        updates: { type: 'array', items: { '$ref': '#/definitions/binding' } },
      },
    },
    node: {
      type: 'object',
      required: ['id', 'op', 'dtype', 'shape', 'src', 'arg', 'span', 'name'],
      additionalProperties: false,
      properties: {
        id: { '$ref': '#/definitions/index' },
        op: { enum: ops },
        dtype: { '$ref': '#/definitions/dtype' },
        shape: { type: 'array', items: { '$ref': '#/definitions/size' } },
        src: { type: 'array', items: { '$ref': '#/definitions/index' } },
        arg: { type: 'object' },
        span: { '$ref': '#/definitions/span' },
        name: { type: 'string' },
      },
      allOf: argConditions,
    },
    ...argDefinitions,
  },
};
