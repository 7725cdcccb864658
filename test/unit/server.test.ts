import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { BotAdapter } from '../../src/bot/adapter';
import { registerInfoPages } from '../../src/bot/pages';
import { createLogger } from '../../src/log';
import { buildServer, type BotServer } from '../../src/server';
import { noMetrics, type Metrics } from '../../src/services/metrics';

interface LogLine {
  level: number;
  msg: string;
  status?: number;
  path?: string;
}

/** The server without a bot behind it: the health, metrics and page routes need none. */
function start(ready: boolean | Error = true) {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const unrouted: number[] = [];
  const metrics: Metrics = { ...noMetrics, unrouted: (status) => unrouted.push(status) };
  const bot: BotServer = buildServer({
    adapter: {} as BotAdapter,
    app: { run: async () => true },
    log: createLogger('info', destination),
    authentication: false,
    ready: async () => {
      if (ready instanceof Error) throw ready;
      return ready;
    },
    metrics,
    metricsPage: { authorized: () => true, render: async () => 'cspbot_up 1\n' },
  });
  registerInfoPages(bot.server, { DEFAULT_LOCALE: 'en' });
  return new Promise<{ port: number; lines: LogLine[]; unrouted: number[]; close: () => Promise<void> }>(
    (resolve) =>
      bot.server.listen(0, '127.0.0.1', () =>
        resolve({
          port: (bot.server.address() as AddressInfo).port,
          lines,
          unrouted,
          close: () => new Promise((done) => bot.server.close(() => done())),
        }),
      ),
  );
}

/** One request written by hand, and everything the server sent back until it closed the connection. */
function raw(
  port: number,
  method: string,
  path: string,
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', reject);
    socket.on('end', () => {
      const end = text.indexOf('\r\n\r\n');
      const head = text.slice(0, end);
      resolve({ status: Number(head.split(' ')[1]), head, body: text.slice(end + 4) });
    });
  });
}

describe('the HTTP server', () => {
  it.each([
    ['/healthz', true, 200],
    ['/readyz', true, 200],
    ['/readyz', false, 503],
    ['/metrics', true, 200],
    ['/privacy', true, 200],
  ])(
    'answers HEAD %s like GET (ready: %s), with the same status and no body',
    async (path, ready, status) => {
      const bot = await start(ready);
      try {
        const get = await raw(bot.port, 'GET', path);
        const head = await raw(bot.port, 'HEAD', path);
        expect(get.status).toBe(status);
        expect(get.body.length).toBeGreaterThan(0);
        expect(head.status).toBe(status);
        expect(head.body).toBe('');
      } finally {
        await bot.close();
      }
    },
  );

  it('counts requests for no route or a wrong method, and logs them below warn', async () => {
    const bot = await start();
    try {
      expect((await raw(bot.port, 'GET', '/wp-login.php')).status).toBe(404);
      expect((await raw(bot.port, 'GET', '/.env')).status).toBe(404);
      expect((await raw(bot.port, 'DELETE', '/healthz')).status).toBe(405);
      expect((await raw(bot.port, 'GET', '/api/messages')).status).toBe(405);
      expect(bot.unrouted).toEqual([404, 404, 405, 405]);
      // At the default level (info), nothing of them reaches the log.
      expect(bot.lines.filter((line) => line.level >= 30)).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('still logs other errors restify answers at warn', async () => {
    // A readiness check that throws instead of answering false: a real problem, not a scanner's miss.
    const bot = await start(new Error('the readiness check broke'));
    try {
      expect((await raw(bot.port, 'GET', '/readyz')).status).toBe(500);
      expect(bot.unrouted).toEqual([]);
      expect(bot.lines.filter((line) => line.level === 40).map((line) => line.status)).toEqual([500]);
    } finally {
      await bot.close();
    }
  });
});
