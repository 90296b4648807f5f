// Test helpers: the repository root, in-process CLI runs, and golden-file comparison (regenerated with UPDATE=1).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as assert from 'uvu/assert';
import { main } from '../../node/cli.js';

/** The repository root (tests run compiled from dist/test). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the CLI in-process from the repository root; returns its exit code and what it printed. */
export function runCli(args: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(repoRoot);
  try {
    const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false });
    if (typeof code !== 'number') throw new Error('runCli runs the synchronous commands; use runCliAsync for train, eval and predict');
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.chdir(cwd);
  }
}

/** Runs an asynchronous CLI command (train, eval, predict) in-process from the repository root. */
export async function runCliAsync(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(repoRoot);
  try {
    const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.chdir(cwd);
  }
}

/** Compares text with a golden file (path relative to the repository root); UPDATE=1 rewrites the file instead. */
export function matchGolden(relPath: string, actual: string): void {
  const path = repoRoot + relPath;
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    if (process.env.CI === 'true' && !existsSync(path)) assert.unreachable(`golden file ${relPath} is missing; run the tests with UPDATE=1 and review it`);
    writeFileSync(path, actual);
    return;
  }
  assert.fixture(actual, readFileSync(path, 'utf8'), `output differs from ${relPath} (UPDATE=1 regenerates it)`);
}
