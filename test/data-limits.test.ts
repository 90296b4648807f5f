// Bounded, confined data input, on real files made in a temp folder: pipes and devices refused without hanging, the byte
// limit and its raise, symbolic links confined to a text folder (loops, escapes), no file content echoed, compact CSV memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DataError, loadData, parseDataSize, readCsv, readCsvFile, readJsonLines, type SpecTensor } from '../node/data/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mdlc-data-limits-'));
const at = (name: string) => join(dir, name);

const spec: SpecTensor[] = [
  { name: 'x', dtype: 'f32', shape: [2], role: 'input' },
  { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 2 },
];
const rows = 'a,b,y\n1,2,0\n3,4,1\n5,6,0\n';

/** The DataError `f` throws (failing the test when it throws none, or another kind). */
function dataError(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    assert.instance(e, DataError, String(e));
    return e as DataError;
  }
  return assert.unreachable('accepted') as never;
}

/** Runs `f` and checks it fails with a DataError within `ms` milliseconds (it must fail fast, not wait on a pipe). */
function failsFast(f: () => unknown, ms: number): DataError {
  const t0 = performance.now();
  const e = dataError(f);
  assert.ok(performance.now() - t0 < ms, `took ${performance.now() - t0} ms`);
  return e;
}

test('a named pipe is refused at once, by path and in a config, without being opened', () => {
  execFileSync('mkfifo', [at('pipe.csv')]);
  execFileSync('mkfifo', [at('pipe.jsonl')]);
  assert.is(failsFast(() => loadData('pipe.csv', spec, dir), 2000).message, 'pipe.csv: is a named pipe (FIFO), not a regular file; data is read from regular files (or folders of them) only');
  assert.match(failsFast(() => loadData({ source: { jsonl: 'pipe.jsonl' } }, spec, dir), 2000).message, /^pipe\.jsonl: is a named pipe \(FIFO\)/);
  assert.match(failsFast(() => readCsvFile(at('pipe.csv'), 'pipe.csv'), 2000).message, /is a named pipe/);
  // A config that is a pipe does not hang either.
  execFileSync('mkfifo', [at('config.json')]);
  assert.match(failsFast(() => loadData('config.json', spec, dir), 2000).message, /^config\.json: is a named pipe/);
});

test('devices that never end (/dev/zero, /dev/urandom) are refused as character devices', () => {
  assert.is(failsFast(() => loadData({ source: { csv: '/dev/zero' } }, spec, dir), 2000).message, '/dev/zero: is a character device, not a regular file; data is read from regular files (or folders of them) only');
  assert.match(failsFast(() => loadData({ source: { npy: { x: '/dev/urandom' } } }, spec, dir), 2000).message, /^\/dev\/urandom: is a character device/);
});

test('the data size limit: 1 GiB by default, refused past it with the size and how to raise it, over all sources', () => {
  writeFileSync(at('rows.csv'), rows);
  writeFileSync(at('test.csv'), rows);
  assert.is(loadData('rows.csv', spec, dir).train.size, 3);
  assert.is(
    dataError(() => loadData('rows.csv', spec, dir, { maxDataSize: 20 })).message,
    'rows.csv: is 24 bytes, more than the data size limit of 20 bytes; raise it with --max-data-size (or the maxDataSize option of loadData and loadDataFor)',
  );
  assert.is(loadData('rows.csv', spec, dir, { maxDataSize: 24 }).train.size, 3);
  // Two sources of 24 bytes: the second goes past a 40-byte limit, a 48-byte one holds both.
  const split = { sources: { train: { csv: 'rows.csv' }, test: { csv: 'test.csv' } }, inputs: { x: { columns: ['a', 'b'] } } };
  assert.match(dataError(() => loadData(split, spec, dir, { maxDataSize: 40 })).message, /^test\.csv: brings the data read to 48 bytes, more than the data size limit of 40 bytes/);
  assert.is(loadData(split, spec, dir, { maxDataSize: 48 }).test?.size, 3);
  // Every kind of source counts: JSON lines, NumPy arrays, the files of a text folder.
  writeFileSync(at('rows.jsonl'), '{"x": [1, 2], "y": 0}\n{"x": [3, 4], "y": 1}\n');
  assert.match(dataError(() => loadData('rows.jsonl', spec, dir, { maxDataSize: 10 })).message, /^rows\.jsonl: is 44 bytes, more than/);
  mkdirSync(at('big/pos'), { recursive: true });
  writeFileSync(at('big/pos/a.txt'), 'x'.repeat(100));
  assert.match(dataError(() => loadData({ source: { folder: 'big' } }, [], dir, { maxDataSize: 99 })).message, /^big\/pos\/a\.txt: is 100 bytes, more than/);
});

test('sizes for --max-data-size: bytes, SI and binary units', () => {
  assert.is(parseDataSize('1000'), 1000);
  assert.is(parseDataSize('2GiB'), 2 * 2 ** 30);
  assert.is(parseDataSize('1.5 GB'), 1.5e9);
  assert.is(parseDataSize('500mb'), 5e8);
  assert.is(parseDataSize('64KiB'), 65536);
  for (const bad of ['', '0', '-1', '1x', 'GiB', '1 2'])
    assert.is(parseDataSize(bad), undefined, bad);
});

test('a text folder follows links only inside itself: a loop, a link out and a dangling link are DataErrors naming the link', () => {
  const texts = at('texts');
  mkdirSync(join(texts, 'pos'), { recursive: true });
  mkdirSync(join(texts, 'neg'), { recursive: true });
  writeFileSync(join(texts, 'pos/a.txt'), 'good');
  writeFileSync(join(texts, 'neg/b.txt'), 'bad');
  mkdirSync(at('elsewhere'));
  writeFileSync(at('elsewhere/c.txt'), 'outside');
  const words: SpecTensor[] = [
    { name: 'tokens', dtype: 'i32', shape: [4], role: 'input', vocab: 10 },
    { name: 'label', dtype: 'f32', shape: [1], role: 'target' },
  ];
  // A link inside the folder is followed.
  symlinkSync(join(texts, 'neg/b.txt'), join(texts, 'pos/b-too.txt'));
  assert.is(loadData('texts', words, dir).train.size, 3);
  symlinkSync('..', join(texts, 'pos/up'));
  assert.is(failsFast(() => loadData('texts', words, dir), 5000).message, 'texts/pos/up: is a symbolic link back to a folder that contains it (a loop)');
  rmSync(join(texts, 'pos/up'));
  symlinkSync('l2.txt', join(texts, 'neg/l1.txt'));
  symlinkSync('l1.txt', join(texts, 'neg/l2.txt'));
  assert.is(dataError(() => loadData('texts', words, dir)).message, 'texts/neg/l1.txt: is a symbolic link that leads back to itself (a loop)');
  rmSync(join(texts, 'neg/l1.txt'));
  rmSync(join(texts, 'neg/l2.txt'));
  symlinkSync(at('elsewhere'), join(texts, 'neg/out'));
  assert.match(dataError(() => loadData('texts', words, dir)).message, /^texts\/neg\/out: is a symbolic link to .*elsewhere, outside the data folder; links are followed only inside it$/);
  rmSync(join(texts, 'neg/out'));
  symlinkSync(at('elsewhere/c.txt'), join(texts, 'neg/c.txt'));
  assert.match(dataError(() => loadData('texts', words, dir)).message, /^texts\/neg\/c\.txt: is a symbolic link to .*c\.txt, outside the data folder/);
  rmSync(join(texts, 'neg/c.txt'));
  symlinkSync(at('nothing'), join(texts, 'neg/gone.txt'));
  assert.is(dataError(() => loadData('texts', words, dir)).message, 'texts/neg/gone.txt: is a symbolic link to nothing (its target does not exist)');
  rmSync(join(texts, 'neg/gone.txt'));
  execFileSync('mkfifo', [join(texts, 'neg/pipe.txt')]);
  assert.is(failsFast(() => loadData('texts', words, dir), 2000).message, 'texts/neg/pipe.txt: is a named pipe (FIFO), not a regular file; data is read from regular files (or folders of them) only');
  rmSync(join(texts, 'neg/pipe.txt'));
  assert.is(loadData('texts', words, dir).train.size, 3);
});

test('errors quote at most the offending cell, never the file', () => {
  const long = 'z'.repeat(500);
  const bad = dataError(() => readJsonLines(`{"x": 1}\n{"x": "${long}", oops}\n`, 'long.jsonl'));
  assert.match(bad.message, /^long\.jsonl:2: not valid JSON: /);
  assert.not.match(bad.message, /zzzzzzzzzz/);
  const quoteError = dataError(() => readCsv(`a,b\n1,x"${long}"\n`, 'q.csv'));
  assert.ok(quoteError.message.length < 200, quoteError.message);
  writeFileSync(at('notes.txt'), `secret ${long}\n`);
  const notes = dataError(() => loadData('notes.txt', spec, dir));
  assert.is(notes.message, 'notes.txt: is not a data config (a JSON object), and its extension does not say it is data: a data file is read by its extension (.csv, .tsv, .jsonl, .ndjson, .npy), or from a folder');
  // A long config value is shortened too.
  const config = dataError(() => loadData({ source: { csv: Array.from({ length: 200 }, () => 'column') } } as never, spec, dir));
  assert.ok(config.message.length < 200, config.message);
  // CSV by path is never read as JSON.
  writeFileSync(at('cells.csv'), `a,b,y\n1,${long},0\n`);
  const cell = dataError(() => loadData('cells.csv', spec, dir));
  assert.is(cell.message, `cells.csv:2:2: expected a number in column 'b', found '${'z'.repeat(37)}...'`);
});

test('CSV read in chunks parses as one piece would: records, lines and delimiters across chunk boundaries', () => {
  // Long enough for several 1 MiB chunks, with quoted newlines and CRLF line ends.
  const lines = ['a,b,note'];
  for (let i = 0; i < 40000; i++) lines.push(`${i},${i * 0.5},"line ${i}\r\nsecond ""part"" of ${'w'.repeat(i % 50)}"`);
  const text = lines.join('\r\n') + '\r\n';
  writeFileSync(at('chunks.csv'), text);
  const t = readCsvFile(at('chunks.csv'), 'chunks.csv');
  assert.is(t.size, 40000);
  const note = t.columns.get('note');
  const cells = note?.kind === 'cells' ? note.cells : [];
  assert.is(cells[39999], `line 39999\r\nsecond "part" of ${'w'.repeat(39999 % 50)}`);
  // Every record spans two lines.
  assert.equal([0, 1, 39999].map((r) => t.cell(r, 'b').where.row), [2, 4, 80000]);
  const whole = readCsv(text, 'chunks.csv');
  assert.equal([0, 20000, 39999].map((r) => whole.cell(r, 'a').where.row), [2, 40002, 80000]);
});

test('a CSV of short cells loads within a modest heap (text is stored compactly, not as a string per cell)', () => {
  // About 4 MB of one-digit cells: some 2 million cells, which as strings alone would take over 60 MB of heap.
  const out = ['a,b,c,d,e,f,g,h,y'];
  for (let i = 0; i < 230000; i++) out.push(`${i % 10},${(i * 3) % 10},${(i * 7) % 10},1,2,3,4,5,${i % 2}`);
  writeFileSync(at('short.csv'), out.join('\n') + '\n');
  const script = `const { loadData } = await import(${JSON.stringify(`${root}dist/node/data/index.js`)});
const d = loadData('short.csv', [{ name: 'x', dtype: 'f32', shape: [8], role: 'input' }, { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 2 }], ${JSON.stringify(dir)});
process.stdout.write(String(d.train.size));`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=48', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.is(r.status, 0, r.stderr.slice(-400));
  assert.is(r.stdout, '230000');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
