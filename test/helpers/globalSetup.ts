import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/storage/embeddedDatabase';

declare global {
  var __EMBEDDED_DB__: EmbeddedDatabase | undefined;
}

/**
 * Integration and end-to-end tests run against a real MongoDB-wire server: MONGODB_URI when set,
 * otherwise the embedded database, started here exactly as `npm start` starts it, on a fresh data dir.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  if (globalThis.__EMBEDDED_DB__) return;
  const embedded = await startEmbeddedDatabase({
    projectRoot: resolve(__dirname, '..', '..'),
    dataDir: join(mkdtempSync(join(tmpdir(), 'cspbot-test-')), 'db'),
  });
  globalThis.__EMBEDDED_DB__ = embedded;
  process.env.TEST_MONGODB_URI = embedded.uri;
}
