// Training reports: the metrics log's JSON lines, the SVG loss chart's structure, and the progress line's format and pacing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MetricsLog, MetricsLogError, readMetricsLog } from '../node/report/metrics-log.js';
import { formatBar, formatDuration, formatValue, Progress, type ProgressStream } from '../node/report/progress.js';
import { escapeXml, lossChart, niceTicks, type EpochRecord } from '../node/report/svg-chart.js';

const folder = mkdtempSync(join(tmpdir(), 'mdlc-report-'));

// --- metrics log ---

test('metrics log: creates the folder, one JSON object per line, NaN as null, reopening appends', () => {
  const path = join(folder, 'runs', 'a', 'metrics.jsonl');
  const log = new MetricsLog(path);
  log.write({ epoch: 1, loss: 0.5, valLoss: NaN });
  log.write({ epoch: 2, loss: 0.25, metrics: { accuracy: 0.9 } });
  log.flush();
  assert.is(readFileSync(path, 'utf8'), '{"epoch":1,"loss":0.5,"valLoss":null}\n{"epoch":2,"loss":0.25,"metrics":{"accuracy":0.9}}\n');
  log.close();
  assert.throws(() => log.write({ epoch: 3 }), /metrics log .* is closed/);
  const again = new MetricsLog(path);
  again.write({ epoch: 3, loss: 0.125 });
  again.close();
  assert.equal(readMetricsLog(path).map((r) => r.epoch), [1, 2, 3]);
});

test('metrics log: records JSON cannot hold are refused by name; a crash-cut last line is skipped, others are not', () => {
  const path = join(folder, 'bad.jsonl');
  const log = new MetricsLog(path);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.throws(() => log.write(cyclic), (e: unknown) => e instanceof MetricsLogError && /bad\.jsonl/.test((e as Error).message));
  log.close();
  writeFileSync(path, '{"epoch":1}\n{"epoch":2}\n{"epo');
  assert.equal(readMetricsLog(path), [{ epoch: 1 }, { epoch: 2 }]);
  writeFileSync(path, '{"epoch":1}\n[1,2]\n{"epoch":3}\n');
  assert.throws(() => readMetricsLog(path), /line 2 is not a JSON object/);
  assert.throws(() => new MetricsLog(join(path, 'inside-a-file.jsonl')), /cannot open metrics log/);
});

// --- chart ---

/** A tiny well-formedness check: every tag closes in order, attributes are quoted, and no raw & or < hides in text. */
function wellFormed(svg: string): void {
  const stack: string[] = [];
  const tags = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (const m of svg.matchAll(tags)) {
    const between = svg.slice(at, m.index);
    assert.not.match(between, /<|&(?!(amp|lt|gt|quot|apos);)/, `stray markup before ${m[0]}`);
    at = m.index! + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) assert.is(stack.pop(), name, `closing </${name}>`);
    else if (!selfClosing) stack.push(name);
  }
  assert.is(svg.slice(at).trim(), '');
  assert.equal(stack, []);
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
}

/** The points of each series' polylines, by series key. */
function seriesPoints(svg: string): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const g of svg.matchAll(/<g class="series" data-series="(\w+)">([\s\S]*?)<\/g>/g))
    out[g[1]] = [...g[2].matchAll(/<polyline[^>]* points="([^"]*)"/g)].map((p) => p[1].split(' '));
  return out;
}

const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

const history: EpochRecord[] = Array.from({ length: 10 }, (_, i) => ({
  epoch: i + 1,
  loss: 2 / (i + 1),
  valLoss: 2.2 / (i + 1),
  accuracy: 0.5 + i * 0.04,
  valAccuracy: 0.45 + i * 0.04,
}));

test('chart: loss and accuracy panels, one polyline point per epoch, ticks, axis labels, legend and title', () => {
  const svg = lossChart(history, { title: 'mlp <iris> & co' });
  wellFormed(svg);
  const points = seriesPoints(svg);
  assert.equal(Object.keys(points), ['loss', 'valLoss', 'accuracy', 'valAccuracy']);
  for (const key of Object.keys(points)) assert.equal(points[key].map((p) => p.length), [10], key);
  assert.is((svg.match(/<circle /g) ?? []).length, 40);
  assert.equal([...svg.matchAll(/data-panel="(\w+)"/g)].map((m) => m[1]), ['loss', 'accuracy']);
  assert.equal(texts(svg, 'legend'), ['training loss', 'validation loss', 'training accuracy', 'validation accuracy']);
  assert.equal(texts(svg, 'axis-label'), ['loss', 'epoch', 'accuracy']);
  assert.equal(texts(svg, 'title'), ['mlp &lt;iris&gt; &amp; co']);
  assert.equal(texts(svg, 'tick x').slice(0, 10), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  assert.equal(texts(svg, 'tick y').slice(0, 6), ['0.0', '0.5', '1.0', '1.5', '2.0', '2.5']);
  // Later epochs sit further right; lower losses sit lower on the page (larger y).
  const xy = points.loss[0].map((p) => p.split(',').map(Number));
  for (let i = 1; i < xy.length; i++) assert.ok(xy[i][0] > xy[i - 1][0] && xy[i][1] > xy[i - 1][1]);
});

test('chart: losses only gives one panel; NaN points leave a gap; one epoch and constant series still draw', () => {
  const lossOnly = lossChart([
    { epoch: 1, loss: 1, valLoss: 1.1 },
    { epoch: 2, loss: NaN, valLoss: 0.9 },
    { epoch: 3, loss: 0.5, valLoss: Infinity },
    { epoch: 4, loss: 0.4 },
  ]);
  wellFormed(lossOnly);
  assert.equal([...lossOnly.matchAll(/data-panel="(\w+)"/g)].map((m) => m[1]), ['loss']);
  assert.equal(Object.keys(seriesPoints(lossOnly)), ['loss', 'valLoss']);
  assert.equal(seriesPoints(lossOnly).loss.map((s) => s.length), [1, 2]);
  assert.equal(seriesPoints(lossOnly).valLoss.map((s) => s.length), [2]);
  assert.not.match(lossOnly, /NaN|Infinity/);

  const one = lossChart([{ epoch: 1, loss: 0.7, valLoss: 0.7 }]);
  wellFormed(one);
  assert.equal(seriesPoints(one).loss.map((s) => s.length), [1]);
  assert.equal(texts(one, 'tick x'), ['1']);
  assert.not.match(one, /NaN|Infinity/);

  const constant = lossChart([1, 2, 3].map((epoch) => ({ epoch, loss: 0 })));
  wellFormed(constant);
  assert.not.match(constant, /NaN|Infinity/);
  const ys = new Set(seriesPoints(constant).loss[0].map((p) => p.split(',')[1]));
  assert.is(ys.size, 1);
});

test('chart: an empty or all-NaN history says there is nothing to plot', () => {
  for (const h of [[], [{ epoch: 1, loss: NaN }]]) {
    const svg = lossChart(h);
    wellFormed(svg);
    assert.match(svg, /no finite values to plot/);
    assert.not.match(svg, /<polyline/);
  }
});

test('chart helpers: round ticks that cover the data, and XML escaping', () => {
  assert.equal(niceTicks(0.13, 0.92), { lo: 0, hi: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1 });
  const c = niceTicks(5, 5);
  assert.ok(c.lo < 5 && c.hi > 5);
  assert.is(escapeXml(`a<b & "c" 'd'>`), 'a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
});

// --- progress ---

/** A stream that records what was written, with a settable clock for the bar. */
function collector(isTTY: boolean, columns?: number): ProgressStream & { text: string } {
  return { text: '', isTTY, columns, write(s: string) { this.text += s; return true; } };
}

test('progress: the line reads epoch, bar, count, loss, speed and ETA', () => {
  let t = 0;
  const p = new Progress({ total: 469, epoch: 3, epochs: 10, stream: collector(false), width: 10, now: () => t });
  assert.is(p.line(120, { loss: 0.34123, stepsPerSecond: 12.3 }), 'epoch 3/10 [==>       ] 120/469 loss 0.3412 12.3 steps/s ETA 28s');
  // Without a measured speed it is taken from the clock; the last step has no ETA.
  t = 10_000;
  assert.is(p.line(469, { loss: 0.1 }), 'epoch 3/10 [==========] 469/469 loss 0.1000 46.9 steps/s');
  assert.is(p.line(0), 'epoch 3/10 [>         ] 0/469');
});

test('progress formatting helpers', () => {
  assert.equal([5, 59.4, 60, 125, 3599, 3600, 3725, -1, NaN].map(formatDuration), ['5s', '59s', '1m00s', '2m05s', '59m59s', '1h00m', '1h02m', '?', '?']);
  assert.equal([0.34123, 0, NaN, Infinity, -Infinity, 1e-6, 123456].map(formatValue), ['0.3412', '0.0000', 'nan', 'inf', '-inf', '1.000e-6', '1.235e+5']);
  assert.equal([0, 0.5, 0.99, 1, 2].map((f) => formatBar(f, 4)), ['[>   ]', '[==> ]', '[===>]', '[====]', '[====]']);
});

test('progress on a terminal: redrawn in place with \\r at most every 100 ms, and always at the last step', () => {
  let t = 0;
  const stream = collector(true);
  const p = new Progress({ total: 100, epoch: 1, epochs: 2, stream, now: () => t });
  for (let step = 1; step <= 100; step++) {
    t = step * 10; // 10 ms a step: a redraw every 10 steps
    p.update(step, { loss: 1 / step, stepsPerSecond: 100 });
  }
  const draws = stream.text.split('\r').slice(1);
  assert.is(draws.length, 11);
  assert.not.match(stream.text, /\n/);
  assert.match(draws[draws.length - 1], /^epoch 1\/2 \[=+\] 100\/100 loss 0\.0100 100\.0 steps\/s +$/, 'padded over the longer line before it');
  p.done({ loss: 0.01, val_loss: 0.02 });
  assert.match(stream.text, /\nepoch 1\/2 done in 1\.0s: loss 0\.0100 val_loss 0\.0200\n$/);
});

test('progress on a terminal: a line wider than the terminal is cut, a shorter one overwrites a longer one', () => {
  let t = 0;
  const stream = collector(true, 30);
  const p = new Progress({ total: 10, epoch: 1, epochs: 1, stream, now: () => t });
  p.update(1, { loss: 1 });
  assert.is(stream.text, '\r' + 'epoch 1/1 [==>                 ] 1/10 loss 1.0000'.slice(0, 29));
});

test('progress off a terminal: one plain line per 10% so CI logs stay small', () => {
  let t = 0;
  const stream = collector(false);
  const p = new Progress({ total: 469, epoch: 2, epochs: 5, stream, now: () => t });
  for (let step = 1; step <= 469; step++) {
    t += 20;
    p.update(step, { loss: 0.5 });
  }
  p.done({ loss: 0.5 });
  const lines = stream.text.trimEnd().split('\n');
  assert.is(lines.length, 11);
  assert.not.match(stream.text, /\r/);
  assert.match(lines[0], /^epoch 2\/5 \[==>\s+\] 47\/469 loss 0\.5000 50\.0 steps\/s ETA 8s$/);
  assert.match(lines[9], /469\/469/);
  assert.is(lines[10], 'epoch 2/5 done in 9.4s: loss 0.5000');
});

test.after(() => rmSync(folder, { recursive: true, force: true }));

test.run();
