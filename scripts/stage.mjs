#!/usr/bin/env node
// Lays out what runs in production in one folder: the compiled bot, the package files and the
// production dependencies only. The Agents Toolkit deploys this folder to App Service; the tests
// start the bot from such a folder to prove it needs nothing else.
//
//   node scripts/stage.mjs [folder] [--from <dist folder>]   (defaults: .deploy, dist; build first)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Everything `node dist/src/index.js` and `npm start` read at run time. */
const RUNTIME_FILES = [
  'package.json',
  'package-lock.json',
  'scripts/prestart.mjs',
  'scripts/embedded-db.mjs',
];

function stage(target, dist) {
  if (!existsSync(join(dist, 'src', 'index.js')))
    throw new Error(`no ${dist}/src/index.js: run \`npm run build\` first`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // The compiled bot and its card templates; no src/, so `npm start` there starts without compiling.
  for (const path of ['src', 'adaptiveCards'])
    cpSync(join(dist, path), join(target, 'dist', path), { recursive: true });
  for (const path of RUNTIME_FILES) cpSync(join(root, path), join(target, path), { recursive: true });
  // Install scripts stay off: no production dependency needs one to work.
  const install = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: target,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) throw new Error(`npm ci --omit=dev failed in ${target}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const from = args.indexOf('--from');
  const dist = resolve(from >= 0 ? (args.splice(from, 2)[1] ?? '') : join(root, 'dist'));
  const target = resolve(args[0] ?? join(root, '.deploy'));
  try {
    stage(target, dist);
    process.stderr.write(`[stage] ${target}: compiled bot with production dependencies\n`);
  } catch (error) {
    process.stderr.write(`\n[stage] ${error.message}\n\n`);
    process.exit(1);
  }
}
