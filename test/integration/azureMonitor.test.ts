import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { freePort } from '../../src/storage/embeddedDatabase';
import { connectDatabase } from '../../src/storage/database';
import { RecordingConnector } from '../helpers/connector';
import { testDatabaseUri } from '../helpers/database';
import { postHelp, startBot, stopBot, waitFor } from '../helpers/botProcess';

/** Application Insights envelopes as the exporter sends them (the fields read here). */
interface Envelope {
  data?: { baseType?: string; baseData?: { name?: string; metrics?: { name: string; value: number }[] } };
}

/**
 * The bot started as in production with APPLICATIONINSIGHTS_CONNECTION_STRING pointing at a local
 * ingestion endpoint: what it sends there is what Application Insights would get.
 */
describe('Azure Monitor export, from the running bot to a local ingestion endpoint', () => {
  const received: Envelope[] = [];
  let server: Server;
  let endpoint = '';

  beforeAll(async () => {
    // The exporter speaks HTTPS only: a throw-away certificate for 127.0.0.1.
    const dir = mkdtempSync(join(tmpdir(), 'cspbot-ingestion-'));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1']
        .concat(['-addext', 'subjectAltName=IP:127.0.0.1'])
        .concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    rmSync(dir, { recursive: true, force: true });
    server = createServer(tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
        const parsed: unknown = JSON.parse(text);
        received.push(...((Array.isArray(parsed) ? parsed : [parsed]) as Envelope[]));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('sends the metrics and a request per turn, and flushes them when stopped', async () => {
    const port = await freePort();
    const name = `t_${randomBytes(6).toString('hex')}`;
    const connector = new RecordingConnector();
    await connector.start();
    const bot = startBot({
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: testDatabaseUri(),
      MONGODB_DB: name,
      METRICS_ENABLED: 'false',
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=${endpoint}`,
      // Trust the throw-away certificate; and no usage reports to Microsoft's own endpoints.
      NODE_TLS_REJECT_UNAUTHORIZED: '0',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
      APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true',
    });
    try {
      expect((await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000)).status).toBe(200);
      const reply = await postHelp(port, connector.url);
      expect(reply.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);

      const metrics = received
        .filter((e) => e.data?.baseType === 'MetricData')
        .flatMap((e) => e.data?.baseData?.metrics ?? []);
      expect(metrics.find((m) => m.name === 'cspbot.turns')?.value).toBe(1);
      expect(metrics.some((m) => m.name === 'cspbot.alerts.sent')).toBe(true);
      const requests = received.filter((e) => e.data?.baseType === 'RequestData');
      expect(requests.map((e) => e.data?.baseData?.name)).toEqual(['turn message']);
    } finally {
      await stopBot(bot);
      await connector.stop();
      const database = await connectDatabase(testDatabaseUri(), name);
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    }
  }, 90_000);
});
