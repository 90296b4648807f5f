// Golden tests: each wrong spec in test/cases/ against its expected diagnostics, and each shipped spec's summary.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matchGolden, repoRoot, runCli } from './helpers/repo.js';

/** Extra CLI arguments written in a case's `// mdlc: ...` line. */
function optionsOf(text: string): string[] {
  const m = /^\/\/ mdlc: (.*)$/m.exec(text);
  return m ? m[1].trim().split(/\s+/) : [];
}

const cases = readdirSync(repoRoot + 'test/cases').filter((f) => f.endsWith('.model')).sort();

test('there are golden cases', () => {
  assert.ok(cases.length >= 10, `found ${cases.length}`);
});

for (const name of cases) {
  test(`diagnostics of test/cases/${name}`, () => {
    const rel = `test/cases/${name}`;
    const text = readFileSync(repoRoot + rel, 'utf8');
    const r = runCli(['check', ...optionsOf(text), rel]);
    const printed = [r.stdout, r.stderr].filter(Boolean).join('\n');
    matchGolden(rel.replace(/\.model$/, '.diag.txt'), `exit code: ${r.code}\n${printed}\n`);
    assert.ok(!/\n\s+at .*\(.*:\d+:\d+\)/.test(printed), 'no stack trace in the output');
  });
}

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();

for (const name of specs) {
  test(`summary of specs/${name}`, () => {
    const r = runCli(['check', `specs/${name}`]);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stderr, '');
    matchGolden(`test/golden/specs/${name.replace(/\.model$/, '.check.txt')}`, r.stdout + '\n');
  });
}

test.run();
