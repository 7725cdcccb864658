import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown>;
}

/**
 * Stands in for the Teams channel service during integration tests: records every call the bot makes
 * (replies, updates, new conversations) and answers like the real Bot Framework connector.
 */
export class RecordingConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: Server;
  private counter = 0;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readJson(req).then((body) => {
        const path = req.url ?? '';
        const match = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(path);
        const conversationId = decodeURIComponent(match?.[1] ?? '');
        const activityId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
        this.calls.push({ method: req.method ?? '', path, conversationId, activityId, body });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'POST' && path === '/v3/conversations') {
          const id = `${String((body.channelData as { channel?: { id?: string } })?.channel?.id ?? 'conv')};messageid=${++this.counter}`;
          res.end(JSON.stringify({ id, activityId: `a${this.counter}` }));
          return;
        }
        res.end(
          JSON.stringify({ id: activityId && req.method === 'PUT' ? activityId : `reply-${++this.counter}` }),
        );
      });
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }

  /** Activities the bot sent (POST) since `from`. */
  sent(from = 0): Record<string, unknown>[] {
    return this.calls
      .slice(from)
      .filter((c) => c.method === 'POST')
      .map((c) => c.body);
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()));
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      try {
        resolve(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      } catch {
        resolve({ raw });
      }
    });
  });
}
