/**
 * How the bot is started in production, read from one place: `npm start` in package.json. The
 * Dockerfile's CMD and the App Service start command (infra/azure.bicep) must give node the same
 * V8 heap flags (`npm run infra:check` holds them to it), and the benchmarks start their bot
 * process with the same node flags, so that what they measure is what runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = 'dist/src/index.js';

/** The node flags of `npm start` (`node <flags> dist/src/index.js`). */
export function startNodeFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== ENTRY)
    throw new Error(`npm start is not "node <flags> ${ENTRY}": ${pkg.scripts?.start ?? '(none)'}`);
  return words.slice(1, -1);
}

/** Those that size the V8 heap (`--max-old-space-size=…`, `--max-semi-space-size=…`). */
export function heapFlags(flags: readonly string[]): string[] {
  return flags.filter((flag) => /^--max-(old|semi)-space-size=\d+$/.test(flag));
}
