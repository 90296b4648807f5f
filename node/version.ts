// package.json -> this mdlc's version, for `mdlc --version`, exported files' metadata and cache keys.
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The version in mdlc's package.json (read once). */
export function mdlcVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
