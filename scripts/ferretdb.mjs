#!/usr/bin/env node
// Builds FerretDB (the embedded MongoDB-compatible database used locally and in tests) once, from the
// Go module proxy, into .tools/ferretdb/<version>/ferretdb. The build is cached per user, so a fresh
// clone on the same machine copies the binary instead of compiling again.
//
//   node scripts/ferretdb.mjs ensure   build (or copy from the cache) if missing, print the path
//   node scripts/ferretdb.mjs path     print where the binary is expected
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const binaryPath = join(root, '.tools', 'ferretdb', FERRETDB_VERSION, 'ferretdb');
const cacheDir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'csp-escalation-bot');
const cachedBinary = join(cacheDir, `ferretdb-${FERRETDB_VERSION}`);

function log(message) {
  process.stderr.write(`[ferretdb] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[ferretdb] ${message}\n\n`);
  process.exit(1);
}

function hasGo() {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

function build() {
  if (!hasGo()) {
    fail(
      `FerretDB ${FERRETDB_VERSION} is not built yet and Go is not installed, so it cannot be built.\n` +
        `  Either install Go 1.24 or newer (https://go.dev/doc/install, or 'apt-get install golang' on Debian 13)\n` +
        `  and run 'npm run ferretdb:build', or set MONGODB_URI to a MongoDB server you already have.`,
    );
  }
  const env = { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
  log(`downloading ${MODULE}@${FERRETDB_VERSION}`);
  const info = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], {
      env,
      cwd: tmpdir(),
      encoding: 'utf8',
    }),
  );
  if (!info.Dir) fail(`'go mod download' did not return a source directory: ${JSON.stringify(info)}`);

  // The module cache is read-only and lacks build/version/version.txt, which FerretDB's release build
  // generates from git; without it the binary panics at start. Build from a writable copy that has it.
  const work = mkdtempSync(join(tmpdir(), 'ferretdb-src-'));
  try {
    const src = join(work, 'src');
    cpSync(info.Dir, src, { recursive: true });
    execFileSync('chmod', ['-R', 'u+w', src]);
    writeFileSync(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    writeFileSync(join(src, 'build', 'version', 'package.txt'), 'csp-escalation-bot\n');
    mkdirSync(cacheDir, { recursive: true });
    log(`compiling (takes a few minutes the first time)`);
    execFileSync('go', ['build', '-trimpath', '-o', cachedBinary, './cmd/ferretdb'], {
      cwd: src,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function works(path) {
  return existsSync(path) && spawnSync(path, ['--version'], { stdio: 'ignore' }).status === 0;
}

export function ensure() {
  if (works(binaryPath)) return binaryPath;
  if (!works(cachedBinary)) build();
  mkdirSync(dirname(binaryPath), { recursive: true });
  copyFileSync(cachedBinary, binaryPath);
  chmodSync(binaryPath, 0o755);
  log(`ready: ${binaryPath}`);
  return binaryPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'ensure';
  if (command === 'ensure') {
    if (process.env.MONGODB_URI) {
      log('MONGODB_URI is set: the embedded database is not needed');
    } else {
      ensure();
    }
  } else if (command === 'path') {
    process.stdout.write(`${binaryPath}\n`);
  } else {
    fail(`unknown command '${command}': use 'ensure' or 'path'`);
  }
}
