import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/storage/embeddedDatabase';
import { randomBytes } from 'node:crypto';
import { connectDatabase } from '../../src/storage/database';
import { waitFor } from '../helpers/botProcess';
import { testDatabaseUri } from '../helpers/database';
import { startNodeFlags } from '../../scripts/startCommand';

const root = resolve(__dirname, '..', '..');

describe('the compiled bot with production dependencies only', () => {
  const work = mkdtempSync(join(tmpdir(), 'cspbot-production-'));
  const app = join(work, 'app');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is staged from a fresh build: dist/ and `npm ci --omit=dev`, nothing else', () => {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', join(work, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const staged = spawnSync(process.execPath, ['scripts/stage.mjs', app, '--from', join(work, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(staged.stderr).toContain('compiled bot with production dependencies');
    expect(staged.status).toBe(0);
    expect(existsSync(join(app, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'botbuilder'))).toBe(true);
    for (const dev of ['typescript', 'jest', 'tsx', '@microsoft/m365agentsplayground']) {
      expect([dev, existsSync(join(app, 'node_modules', dev))]).toEqual([dev, false]);
    }
  }, 300_000);

  it('`npm start` does not compile there', () => {
    const prestart = spawnSync(process.execPath, ['scripts/prestart.mjs'], { cwd: app, encoding: 'utf8' });
    expect(prestart.status).toBe(0);
    expect(prestart.stderr).not.toContain('compiling');
  });

  it('starts as `npm start` does (`node <its flags> dist/src/index.js`) on the database, answers /healthz and /readyz, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    // A database nobody has opened yet: the bot creates its collections and indexes itself.
    const name = `t_${randomBytes(6).toString('hex')}`;
    let output = '';
    const bot = spawn(process.execPath, [...startNodeFlags(root), 'dist/src/index.js'], {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGODB_URI: testDatabaseUri(),
        MONGODB_DB: name,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stdout.on('data', (d: Buffer) => (output += d.toString()));
    bot.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exit = new Promise<number | null>((done) => bot.once('exit', (code) => done(code)));
    try {
      // A bot that exits instead of listening fails the test with what it printed.
      const health = await Promise.race([
        waitFor(`http://127.0.0.1:${port}/healthz`, 60_000),
        exit.then((code) =>
          Promise.reject(new Error(`the bot exited (${code}) before listening:\n${output}`)),
        ),
      ]);
      expect(health.status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
      expect(output).toContain('"msg":"bot listening"');
      expect(output).not.toContain('embedded database started');
      bot.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(output).toContain('"msg":"stopped"');
    } finally {
      bot.kill('SIGKILL');
      const database = await connectDatabase(testDatabaseUri(), name);
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    }
  }, 120_000);
});
