#!/usr/bin/env node
// Runs before `npm start`: compiles only when dist/ is older than the sources (or missing), so a
// fresh clone builds on its first start, a changed source is rebuilt, and a deployed build (dist/
// without src/, as App Service and the container get it) starts as it is, without compiling.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Written after a successful build only, so a failed build is retried on the next start.
const stamp = join(root, 'dist', '.built');
const sources = ['src', 'adaptiveCards', 'tsconfig.json', 'tsconfig.build.json'].map((p) => join(root, p));

/** The newest modification time under `path`, directories included (a deleted file changes its folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stats.mtimeMs,
  );
}

if (!existsSync(join(root, 'src'))) {
  if (!existsSync(join(root, 'dist', 'src', 'index.js'))) {
    process.stderr.write('\n[start] neither src/ nor dist/src/index.js is here: nothing to start\n\n');
    process.exit(1);
  }
  process.exit(0);
}
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built >= Math.max(...sources.map(newest))) process.exit(0);

process.stderr.write(
  `[start] compiling (${built === 0 ? 'no build yet' : 'the sources changed since the last build'})\n`,
);
const result = spawnSync('npm', ['run', '--silent', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, `${new Date().toISOString()}\n`);
