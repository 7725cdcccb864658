import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabaseError, startEmbeddedDatabase } from '../../../src/storage/embeddedDatabase';

/** A project root whose embedded database is "built", and a java that prints `lines` and exits 1. */
function failingJava(lines: string[]): { projectRoot: string; java: string } {
  const projectRoot = mkdtempSync(join(tmpdir(), 'cspbot-embedded-'));
  mkdirSync(join(projectRoot, '.tools', 'embedded-db', 'lib'), { recursive: true });
  writeFileSync(join(projectRoot, '.tools', 'embedded-db', 'lib', 'embedded-db.jar'), '');
  const java = join(projectRoot, 'java');
  writeFileSync(java, `#!/bin/sh\n${lines.map((l) => `echo '${l}' >&2`).join('\n')}\nexit 1\n`);
  chmodSync(java, 0o755);
  return { projectRoot, java };
}

async function startError(lines: string[], dataDir: string): Promise<EmbeddedDatabaseError> {
  const { projectRoot, java } = failingJava(lines);
  const error = await startEmbeddedDatabase({ projectRoot, java, dataDir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmbeddedDatabaseError);
  return error as EmbeddedDatabaseError;
}

describe('the embedded database that does not start', () => {
  it('says a read-only DATA_DIR is one, and does not ask to move a data file away', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cspbot-data-'));
    const error = await startError(
      [
        'Exception in thread "main" ',
        `org.h2.mvstore.MVStoreException: Could not open file ${dataDir}/embedded.mv [2.3.232/1]`,
        `Caused by: java.nio.file.FileSystemException: ${dataDir}/embedded.mv: Read-only file system`,
      ],
      dataDir,
    );
    expect(error.message).toContain(`DATA_DIR (${dataDir})`);
    expect(error.message).toMatch(/cannot be written/);
    expect(error.message).not.toMatch(/Move it away/);
  });

  it('says a DATA_DIR the bot may not write is one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cspbot-data-'));
    const error = await startError(
      [`Caused by: java.nio.file.AccessDeniedException: ${dataDir}/embedded.mv`],
      dataDir,
    );
    expect(error.message).toContain(`DATA_DIR (${dataDir})`);
    expect(error.message).toMatch(/cannot be written/);
  });

  it('says a full disk is one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cspbot-data-'));
    const error = await startError(['Caused by: java.io.IOException: No space left on device'], dataDir);
    expect(error.message).toContain(`DATA_DIR (${dataDir})`);
    expect(error.message).toMatch(/no space left/i);
  });

  it('names DATA_DIR when it cannot be made', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cspbot-data-')), 'file');
    writeFileSync(file, 'x');
    const { projectRoot, java } = failingJava([]);
    const error = await startEmbeddedDatabase({ projectRoot, java, dataDir: join(file, 'data') }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedDatabaseError);
    expect((error as Error).message).toContain(`DATA_DIR (${join(file, 'data')})`);
  });
});
