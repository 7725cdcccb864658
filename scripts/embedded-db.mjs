#!/usr/bin/env node
// Builds the embedded database (mongo-java-server on an H2 MVStore file, behind the launcher in
// scripts/embedded-db/) once, with Maven, into .tools/embedded-db/lib. The build is cached per user and
// keyed by a hash of the launcher's sources, so a fresh clone on the same machine copies it instead of
// building again, and a changed launcher is rebuilt.
//
//   node scripts/embedded-db.mjs ensure   build (or copy from the cache) if missing or stale
//   node scripts/embedded-db.mjs path     print where the class path folder is expected
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'scripts', 'embedded-db');
export const toolDir = join(root, '.tools', 'embedded-db');
export const libDir = join(toolDir, 'lib');
const stampFile = join(toolDir, 'stamp');
const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'csp-escalation-bot');

function log(message) {
  process.stderr.write(`[embedded-db] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[embedded-db] ${message}\n\n`);
  process.exit(1);
}

/** A hash of everything that goes into the build. */
function sourceHash() {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...readdirSync(join(sources, 'src')).map((f) => join('src', f))].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(sources, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function javaCommand() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function build(target) {
  if (!has(javaCommand(), ['-version'])) {
    fail(
      'The embedded database needs Java 17 or newer, and no java was found.\n' +
        "  Install a JDK (e.g. 'apt-get install openjdk-17-jdk-headless' on Debian) and Maven, or set\n" +
        '  MONGODB_URI to a MongoDB server you already have.',
    );
  }
  if (!has('mvn', ['-v'])) {
    fail(
      'The embedded database is built with Maven the first time, and mvn was not found.\n' +
        "  Install Maven (e.g. 'apt-get install maven' on Debian), or set MONGODB_URI to a MongoDB server.",
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'embedded-db-build-'));
  try {
    const lib = join(work, 'lib');
    log('building mongo-java-server and its launcher (the first time downloads about 10 MB)');
    const built = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        '-Dstyle.color=never',
        '-f',
        join(sources, 'pom.xml'),
        `-DbuildDir=${join(work, 'target')}`,
        'package',
        'dependency:copy-dependencies',
        `-DoutputDirectory=${lib}`,
        '-DincludeScope=runtime',
      ],
      { encoding: 'utf8' },
    );
    if (built.status !== 0) {
      process.stderr.write(`${built.stdout ?? ''}${built.stderr ?? ''}`);
      fail(
        'Building the embedded database failed (Maven output above). Or set MONGODB_URI to a MongoDB server.',
      );
    }
    cpSync(join(work, 'target', 'embedded-db-1.jar'), join(lib, 'embedded-db.jar'));
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(lib, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function ensure() {
  const hash = sourceHash();
  if (existsSync(libDir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash) {
    return libDir;
  }
  const cached = join(cacheRoot, `embedded-db-${hash}`);
  if (!existsSync(join(cached, 'embedded-db.jar'))) build(cached);
  rmSync(toolDir, { recursive: true, force: true });
  mkdirSync(toolDir, { recursive: true });
  cpSync(cached, libDir, { recursive: true });
  writeFileSync(stampFile, `${hash}\n`);
  log(`ready: ${libDir}`);
  return libDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'ensure';
  if (command === 'ensure') {
    if (process.env.MONGODB_URI) log('MONGODB_URI is set: the embedded database is not needed');
    else ensure();
  } else if (command === 'path') {
    process.stdout.write(`${libDir}\n`);
  } else {
    fail(`unknown command '${command}': use 'ensure' or 'path'`);
  }
}
