// The JSON schema of an artifact manifest (manifest.json) as a TypeScript module, so the code that validates against it needs no JSON import; docs/schemas/artifact.schema.json is written from it (UPDATE=1 npm test) and a test keeps them equal.

import { counterNames, metricCounters, reservedFeeds } from '../interface.js';
import { initializerKinds } from '../initializer.js';
import { intermediateKindNames } from '../artifact.js';

/** The JSON schema of an artifact manifest (manifest.json). */
export const artifactSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://mdlc.dev/schemas/artifact.schema.json',
  title: 'mdlc artifact manifest',
  description: 'manifest.json of a compiled artifact, as written by `mdlc compile <spec> -o <dir>` (node/write-artifact.ts; the type is Manifest in core/artifact.ts, the reserved names in core/interface.ts). Offsets and sizes count 4-byte elements. What a schema cannot check (every shader file present, tensors inside their arenas, unique names, the weights matching the params) is checked by loadArtifact (runtime/load.ts).',
  type: 'object',
  required: [
    'format',
    'version',
    'model',
    'specHash',
    'programHash',
    'specText',
    'batchSize',
    'seed',
    'tensors',
    'reserved',
    'metrics',
    'training',
    'elements',
    'params',
    'state',
    'programs',
  ],
  additionalProperties: false,
  properties: {
    format: { const: 'mdlc-artifact' },
    version: { const: 1, description: 'The format version; a reader refuses versions it does not know.' },
    model: { type: 'string', minLength: 1 },
    specHash: { $ref: '#/definitions/sha256', description: 'SHA-256 of the spec text.' },
    programHash: {
      $ref: '#/definitions/sha256',
      description: 'SHA-256 of the compiled programs and their WGSL; weights.safetensors records it to show which program it belongs to.',
    },
    specText: { type: 'string', description: "The spec's text, stored in checkpoints." },
    batchSize: {
      $ref: '#/definitions/size',
      description: "Rows per step: the batch size every program was compiled for (the spec's batch_size). Manifests written before it was added have \"batch\" instead and no description of the model; the runtime refuses them, saying to compile again.",
    },
    seed: { type: 'integer' },
    tensors: {
      description: "The spec's inputs and targets, per sample: what data must provide.",
      type: 'array',
      items: { $ref: '#/definitions/specTensor' },
    },
    reserved: {
      description: 'Program inputs the runtime fills itself, not from data (e.g. #weight: 1 for real rows, 0 for padding).',
      type: 'array',
      items: { $ref: '#/definitions/reservedFeed' },
    },
    metrics: {
      description: "Every metric the programs' counters support, in report order, with the counters it is computed from (state <train|eval>.metrics.<counter>).",
      type: 'array',
      items: { $ref: '#/definitions/metric' },
    },
    training: {
      description: "The spec's train settings that fit uses when its options do not say.",
      type: 'object',
      required: ['epochs', 'shuffle', 'validationSplit'],
      additionalProperties: false,
      properties: {
        epochs: { $ref: '#/definitions/size' },
        shuffle: { type: 'boolean' },
        validationSplit: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
      },
    },
    scores: {
      description: 'The class target of a classification loss, the output it compares with it, and how that output becomes probabilities (softmax of logits, sigmoid of one logit, or none).',
      type: 'object',
      required: ['target', 'output', 'activation'],
      additionalProperties: false,
      properties: { target: { type: 'string', minLength: 1 }, output: { type: 'string', minLength: 1 }, activation: { enum: ['softmax', 'sigmoid', 'none'] } },
    },
    elements: {
      description: 'Elements of the arenas shared by all programs.',
      type: 'object',
      required: ['params', 'state'],
      additionalProperties: false,
      properties: { params: { $ref: '#/definitions/index' }, state: { $ref: '#/definitions/index' } },
    },
    params: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'shape', 'offset', 'init'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          shape: { $ref: '#/definitions/shape' },
          offset: { $ref: '#/definitions/index' },
          init: { $ref: '#/definitions/initializer' },
        },
      },
    },
    state: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'shape', 'offset', 'value'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          shape: { $ref: '#/definitions/shape' },
          offset: { $ref: '#/definitions/index' },
          value: { type: 'number' },
          role: { enum: ['variable'] },
        },
      },
    },
    programs: { type: 'array', items: { $ref: '#/definitions/program' } },
    rowPredict: {
      description: 'The predict program compiled again for batch 1 (name predict_row), for a few rows without padding them to batchSize: the same parameters and state, its own data and work needs inside the same arenas. Absent when batchSize is 1, and in manifests written before it.',
      $ref: '#/definitions/program',
    },
    intermediates: {
      description: 'Intermediate tensors the predict program also returns (compiled with `expose`): the output, its kind, the layer and spec line it came from, its shape and the meaning of its axes.',
      type: 'array',
      items: {
        type: 'object',
        required: ['output', 'kind', 'layer', 'source', 'shape', 'axes'],
        additionalProperties: false,
        properties: {
          output: { type: 'string', minLength: 1 },
          kind: { enum: [...intermediateKindNames] },
          layer: { type: 'string', minLength: 1 },
          source: { type: 'string' },
          shape: { $ref: '#/definitions/shape' },
          axes: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
  definitions: {
    index: { type: 'integer', minimum: 0 },
    size: { type: 'integer', minimum: 1 },
    shape: { type: 'array', items: { $ref: '#/definitions/size' } },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    arena: { enum: ['params', 'state', 'data', 'work'] },
    initializer: {
      type: 'object',
      required: ['kind', 'args'],
      additionalProperties: false,
      properties: {
        kind: { enum: initializerKinds },
        args: { type: 'object', additionalProperties: { type: 'number' } },
      },
    },
    dtype: { enum: ['f32', 'i32'] },
    counter: { enum: counterNames },
    specTensor: {
      description: 'An input or target of the spec, with its per-sample shape (no batch axis); classes for a class target, vocab for ids that feed an Embedding.',
      type: 'object',
      required: ['name', 'dtype', 'shape', 'role'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        dtype: { $ref: '#/definitions/dtype' },
        shape: { $ref: '#/definitions/shape' },
        role: { enum: ['input', 'target'] },
        classes: { $ref: '#/definitions/size' },
        vocab: { $ref: '#/definitions/size' },
      },
    },
    reservedFeed: {
      type: 'object',
      required: ['name', 'dtype', 'shape', 'programs'],
      additionalProperties: false,
      properties: {
        name: { enum: Object.keys(reservedFeeds) },
        dtype: { $ref: '#/definitions/dtype' },
        shape: { $ref: '#/definitions/shape' },
        programs: { type: 'array', items: { enum: ['train_step', 'eval_step', 'predict'] } },
      },
    },
    metric: {
      type: 'object',
      required: ['name', 'counters'],
      additionalProperties: false,
      properties: {
        name: { enum: Object.keys(metricCounters) },
        counters: { type: 'array', items: { $ref: '#/definitions/counter' } },
      },
    },
    tensor: {
      description: 'A program input or output; a `constant` output is known at compile time and never stored.',
      type: 'object',
      required: ['name', 'dtype', 'shape', 'arena', 'offset'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        dtype: { enum: ['f32', 'i32'] },
        shape: { $ref: '#/definitions/shape' },
        arena: { $ref: '#/definitions/arena' },
        offset: { $ref: '#/definitions/index' },
        constant: { type: 'number' },
      },
    },
    kernel: {
      type: 'object',
      required: ['name', 'kind', 'shader', 'bindings', 'workgroups', 'source'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        kind: { enum: ['elementwise', 'reduce', 'matmul', 'scatter'] },
        shader: {
          description: 'The WGSL file in the artifact folder: a plain file name, never a path.',
          type: 'string',
          pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.wgsl$',
        },
        bindings: {
          type: 'array',
          items: {
            type: 'object',
            required: ['arena', 'binding', 'write'],
            additionalProperties: false,
            properties: {
              arena: { $ref: '#/definitions/arena' },
              binding: { $ref: '#/definitions/index' },
              write: { type: 'boolean' },
            },
          },
        },
        workgroups: { $ref: '#/definitions/size' },
        source: {
          description: 'Spec lines the kernel came from, e.g. `specs/mlp.model:12`.',
          type: 'array',
          items: { type: 'string' },
        },
        key: { description: "The kernel's shape, under which a device's fastest variant is remembered.", type: 'string', minLength: 1 },
        variants: {
          description: 'Forms of the kernel that compute the same values, the default first; the runtime may time them and run the fastest.',
          type: 'array',
          items: {
            type: 'object',
            required: ['label', 'shader', 'workgroups'],
            additionalProperties: false,
            properties: {
              label: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
              shader: { type: 'string', pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.wgsl$' },
              workgroups: { $ref: '#/definitions/size' },
              features: { description: 'Device features the shader needs; a device without one runs another form.', type: 'array', items: { type: 'string', minLength: 1 } },
              minSubgroupSize: { description: 'The narrowest subgroup the shader is correct on.', type: 'integer', minimum: 1 },
            },
          },
        },
      },
    },
    program: {
      type: 'object',
      required: ['name', 'inputs', 'outputs', 'elements', 'kernels'],
      additionalProperties: false,
      properties: {
        name: { enum: ['train_step', 'eval_step', 'predict', 'predict_row'] },
        inputs: { type: 'array', items: { $ref: '#/definitions/tensor' } },
        outputs: { type: 'array', items: { $ref: '#/definitions/tensor' } },
        elements: {
          description: 'Elements this program needs in the data and work arenas.',
          type: 'object',
          required: ['data', 'work'],
          additionalProperties: false,
          properties: { data: { $ref: '#/definitions/index' }, work: { $ref: '#/definitions/index' } },
        },
        kernels: {
          description: 'In dispatch order: one compute pass, one submit per step.',
          type: 'array',
          items: { $ref: '#/definitions/kernel' },
        },
      },
    },
  },
} as const;
