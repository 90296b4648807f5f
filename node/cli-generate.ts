// `mdlc generate`: a next-token spec + its checkpoint (weights and character vocabulary) + a prompt -> sampled text on
// stdout, through the library (compileModel for batch size 1, restore, model.generate).
import { parseArgs } from 'node:util';
import { CheckpointError } from '../runtime/checkpoint.js';
import type { BackendChoice } from '../runtime/model.js';
import { compileModel } from './api.js';
import { parseSets, readText, seedOption, UsageError } from './cli-options.js';
import { withHint } from './exit-codes.js';
import { installNodeHost } from './host.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';

installNodeHost(); // Models made here get Dawn and checkpoint files

/** Output streams, as the rest of the CLI has them. */
export interface GenerateIo {
  out(s: string): void;
  err(s: string): void;
  isTty: boolean;
}

/** A whole number option from `min`, or a UsageError naming the option. */
function whole(v: string | undefined, what: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min || !Number.isSafeInteger(Number(v))) throw new UsageError(`${what} must be a whole number from ${min}, got "${v}"`);
  return Number(v);
}

/** `--temperature`: a finite number from 0. */
function temperatureOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x < 0) throw new UsageError(`--temperature must be a number from 0 (0 takes the most likely character), got "${v}"`);
  return x;
}

/** `mdlc generate spec.model --checkpoint c --prompt "..."`: prints the prompt and the generated text after it. */
export async function runGenerate(args: string[], io: GenerateIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      checkpoint: { type: 'string' },
      prompt: { type: 'string' },
      tokens: { type: 'string' },
      temperature: { type: 'string' },
      'top-k': { type: 'string' },
      seed: { type: 'string' },
      cpu: { type: 'boolean', default: false },
      backend: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      'allow-other-spec': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('generate needs one spec file: mdlc generate spec.model --checkpoint run/checkpoint.safetensors --prompt "..."');
  if (!values.checkpoint) throw new UsageError('--checkpoint is required: the checkpoint.safetensors that mdlc train wrote');
  if (values.prompt === undefined) throw new UsageError('--prompt is required: the text to continue');
  const backend = values.cpu ? 'cpu' : ((values.backend as string | undefined) ?? 'auto');
  if (!['auto', 'webgpu', 'cpu'].includes(backend)) throw new UsageError(`--backend must be auto, webgpu or cpu, got "${backend}"`);
  if (values.cpu && values.backend !== undefined && values.backend !== 'cpu') throw new UsageError(`--cpu and --backend ${values.backend} disagree; give one`);
  const tokens = whole(values.tokens, '--tokens', 0) ?? 100;
  const temperature = temperatureOption(values.temperature) ?? 1;
  const topK = whole(values['top-k'], '--top-k', 1);
  const seed = seedOption(values.seed, '--seed') ?? 0;
  const specPath = positionals[0];
  const source = readText(specPath, io);
  if (source === undefined) return 2;
  // One window per step: the forward program compiled for batch size 1, once.
  const model = await compileModel(specPath, {
    source,
    purpose: 'inference',
    batchSize: 1,
    backend: backend as BackendChoice,
    set: parseSets(values.set as string[]),
    warn: (m) => io.err(`mdlc: warning: ${m}`),
    onWarnings: (file, warnings) => io.err(renderDiagnostics(file, warnings, { color: io.isTty })),
  });
  try {
    try {
      await model.restore(values.checkpoint, { weightsOnly: true, allowOtherSpec: values['allow-other-spec'] as boolean });
    } catch (e) {
      if (e instanceof CheckpointError) throw withHint(e, '--checkpoint takes a checkpoint.safetensors that mdlc train wrote for this spec');
      throw e;
    }
    const started = performance.now();
    const r = await model.generate({ prompt: values.prompt, tokens, temperature, topK, seed });
    const seconds = (performance.now() - started) / 1000;
    if (values.json) io.out(JSON.stringify({ prompt: r.prompt, text: r.text, ids: r.ids, tokens, temperature, topK: topK ?? null, seed, backend: model.engine.kind, seconds }));
    else io.out(r.prompt + r.text);
    io.err(`mdlc: generated ${tokens} characters on ${model.engine.kind} in ${seconds.toFixed(1)} s (temperature ${temperature}${topK ? `, top-k ${topK}` : ''}, seed ${seed})`);
    return 0;
  } finally {
    model.dispose();
  }
}
