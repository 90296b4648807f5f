// Generation: host-side sampling against a float64 softmax oracle; names-gpt trained briefly on the first-names corpus
// generates the same characters on the WebGPU device and on the CPU executor, all from its vocabulary; the errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { loadCheckpoint, saveCheckpoint } from '../node/checkpoint-file.js';
import { take } from '../runtime/data/dataset.js';
import { argmax, drawUniform, sampleToken } from '../runtime/sample.js';
import { GenerationError, type Model, ModelOptionError } from '../runtime/model.js';
import { MissingPreprocessingError, RawInputError } from '../runtime/data/preprocessing.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { runCliAsync } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-generate-'));
const spec = 'specs/names-gpt.model';

test('sampling: temperature 0 and top-k 1 are the argmax; draws follow softmax(logits / T) over the top k', () => {
  const logits = Float32Array.from([0.5, 2, -1, 2, 1]);
  assert.is(argmax(logits), 1, 'the first of two equal maxima');
  for (let s = 0; s < 50; s++) {
    assert.is(sampleToken(logits, 5, { temperature: 0 }, drawUniform(9, s)), 1);
    assert.is(sampleToken(logits, 5, { temperature: 1.3, topK: 1 }, drawUniform(9, s)), 1);
  }
  // The oracle: softmax in float64 over the 3 largest logits (ids 1, 3, 4), temperature 0.7.
  const t = 0.7;
  const kept = [1, 3, 4];
  const e = kept.map((i) => Math.exp(logits[i] / t));
  const z = e.reduce((a, b) => a + b, 0);
  const counts = new Map<number, number>();
  const n = 20000;
  for (let s = 0; s < n; s++) {
    const id = sampleToken(logits, 5, { temperature: t, topK: 3 }, drawUniform(4, s));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  assert.equal([...counts.keys()].sort(), kept, 'only the top 3 are drawn');
  kept.forEach((id, j) => {
    const p = e[j] / z;
    const sd = Math.sqrt((p * (1 - p)) / n);
    assert.ok(Math.abs((counts.get(id) ?? 0) / n - p) < 5 * sd, `id ${id}: ${(counts.get(id) ?? 0) / n} vs ${p}`);
  });
  // Only the first n logits name a character: ids past it are never drawn.
  assert.ok(sampleToken(Float32Array.from([0, 0, 50]), 2, { temperature: 1 }, 0.99) < 2);
  assert.ok(drawUniform(0, 0) >= 0 && drawUniform(0, 0) < 1 && drawUniform(0, 0) !== drawUniform(0, 1));
});

let trainedPath: string | undefined;
let vocabulary: string[] = [];

test('names-gpt on first-names: training lowers the loss; GPU and CPU generate the same characters for a seed', async () => {
  const gpu = await getTestDevice();
  const backend = gpu ? 'webgpu' : 'cpu';
  const model = await compileModel(spec, { backend, device: gpu?.device });
  const data = loadDataFor(model, 'first-names');
  vocabulary = model.preprocessing!.inputs.chars.kind === 'characters' ? (model.preprocessing!.inputs.chars as { characters: string[] }).characters : [];
  assert.is(vocabulary.length, 54);
  assert.ok(vocabulary.includes('\n') && vocabulary.includes('a') && vocabulary.includes('Z'));
  // The target is the input shifted by one character, in every window.
  const c = data.train.columns;
  assert.equal(Array.from(c.next.data.subarray(0, 15)), Array.from(c.chars.data.subarray(1, 16)));
  const rows = take(data.train, Array.from({ length: 64 * 12 }, (_, i) => i));
  const held = take(data.validation!, Array.from({ length: 128 }, (_, i) => i));
  const before = (await model.evaluate(held)).loss;
  await model.fit(rows, { epochs: 2, readEvery: 12 });
  const after = (await model.evaluate(held)).loss;
  assert.ok(after < before * 0.8, `held-out loss ${before} -> ${after}`);
  trainedPath = join(tmp, 'names.safetensors');
  await model.save(trainedPath, { epoch: 2, seed: 1 });
  model.dispose();

  const options = { prompt: '\nMa', tokens: 40, temperature: 0.8, topK: 10, seed: 5 };
  const results: { ids: number[]; text: string }[] = [];
  for (const b of gpu ? (['webgpu', 'cpu'] as const) : (['cpu'] as const)) {
    const one = await compileModel(spec, { backend: b, device: b === 'webgpu' ? gpu?.device : undefined, batchSize: 1, purpose: 'inference' });
    await one.restore(trainedPath, { weightsOnly: true });
    assert.ok(one.preprocessing, 'the checkpoint carries the vocabulary');
    const streamed: string[] = [];
    const r = await one.generate({ ...options, onToken: (ch) => streamed.push(ch) });
    assert.is(r.text.length, 40);
    assert.is(streamed.join(''), r.text);
    assert.ok([...r.text].every((ch) => vocabulary.includes(ch)), r.text);
    results.push(r);
    // Temperature 0 and top-k 1 both take the most likely character: the same text.
    const greedy = await one.generate({ prompt: '\nMa', tokens: 12, temperature: 0 });
    const top1 = await one.generate({ prompt: '\nMa', tokens: 12, topK: 1, seed: 77 });
    assert.is(top1.text, greedy.text);
    one.dispose();
  }
  if (results.length === 2) assert.equal(results[1].ids, results[0].ids, `GPU ${JSON.stringify(results[0].text)} vs CPU ${JSON.stringify(results[1].text)}`);
});

test('generate refuses: another kind of model, a prompt outside the vocabulary (which and where), bad options, no vocabulary', async () => {
  const iris = await compileModel('specs/iris.model', { backend: 'cpu' });
  await iris.generate({ prompt: 'a' }).then(
    () => assert.unreachable(),
    (e: Error) => {
      assert.instance(e, GenerationError);
      assert.match(e.message, "iris is not a next-token model: its input 'measurements' is f32[batch, 4]");
    },
  );
  iris.dispose();
  const model: Model = await compileModel(spec, { backend: 'cpu', batchSize: 1, purpose: 'inference' });
  await model.generate({ prompt: 'Ma' }).then(
    () => assert.unreachable(),
    (e: Error) => {
      assert.instance(e, MissingPreprocessingError);
      assert.match(e.message, 'names_gpt does not know its characters');
    },
  );
  await model.restore(trainedPath!, { weightsOnly: true });
  await model.generate({ prompt: 'Zoë&Ann' }).then(
    () => assert.unreachable(),
    (e: Error) => {
      assert.instance(e, RawInputError);
      assert.match(e.message, "the prompt holds 2 characters outside names_gpt's vocabulary: 'ë' at 2, '&' at 3");
    },
  );
  for (const [options, message] of [
    [{ prompt: 'a', tokens: -1 }, "'tokens' must be a whole number from 0, got -1"],
    [{ prompt: 'a', temperature: Number.NaN }, "'temperature' must be a finite number from 0"],
    [{ prompt: 'a', topK: 0 }, "'topK' must be a whole number from 1, got 0"],
    [{ prompt: 'a', seed: 2 ** 32 }, "'seed' must be a whole number from 0 to 4294967295"],
    [{ prompt: '' }, 'the prompt is empty'],
    [{ prompt: 'a', top_k: 3 }, "'top_k' is not an option of generate"],
  ] as const)
    await model.generate(options as never).then(
      () => assert.unreachable(),
      (e: Error) => {
        assert.instance(e, ModelOptionError);
        assert.match(e.message, message);
      },
    );
  model.dispose();
});

test('mdlc generate: the same text with --cpu as on the default device; bad numbers exit 2; a bad checkpoint exits 1 naming the tensor', async () => {
  const args = ['generate', spec, '--checkpoint', trainedPath!, '--prompt', 'Ma', '--tokens', '24', '--temperature', '0.9', '--seed', '11'];
  const cpu = await runCliAsync([...args, '--cpu']);
  assert.is(cpu.code, 0, cpu.stderr);
  assert.ok(cpu.stdout.startsWith('Ma'), cpu.stdout);
  assert.is([...cpu.stdout.replace(/\n$/, '')].length, 26);
  const dflt = await runCliAsync(args);
  assert.is(dflt.code, 0, dflt.stderr);
  assert.is(dflt.stdout, cpu.stdout);
  for (const [flag, value, message] of [
    ['--tokens', '2.5', '--tokens must be a whole number from 0, got "2.5"'],
    ['--temperature', 'hot', '--temperature must be a number from 0'],
    ['--top-k', '0', '--top-k must be a whole number from 1, got "0"'],
    ['--seed', 'x', '--seed must be an integer from 0 to 4294967295'],
  ]) {
    const r = await runCliAsync([...args, '--cpu', flag, value]);
    assert.is(r.code, 2, `${flag} ${value}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  const ckpt = await loadCheckpoint(trainedPath!);
  delete ckpt.params['logits.kernel'];
  delete ckpt.shapes.params['logits.kernel'];
  const broken = join(tmp, 'broken.safetensors');
  await saveCheckpoint(broken, ckpt);
  const bad = await runCliAsync([...args, '--cpu', '--checkpoint', broken]);
  assert.is(bad.code, 1, bad.stderr);
  assert.match(bad.stderr, 'logits.kernel');
  const outside = await runCliAsync([...args, '--cpu', '--prompt', 'a!']);
  assert.is(outside.code, 1, outside.stderr);
  assert.match(outside.stderr, "'!' at 1");
});

test.after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await releaseTestDevice();
});

test.run();
