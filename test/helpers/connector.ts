import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The error bodies the Bot Framework connector answers with. */
const REFUSALS: Record<number, { code: string; message: string }> = {
  403: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' },
  404: { code: 'ConversationNotFound', message: 'Conversation not found.' },
};

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
  /**
   * Conversations (by base id, without `;messageid=`) whose calls are refused with this HTTP status,
   * as Teams refuses them: 403 once the bot was removed, 404 once the channel or chat is deleted,
   * 5xx while the service has trouble. Refused calls are recorded too.
   */
  readonly refuse = new Map<string, number>();
  /** How long each call waits before it is answered (a slow channel service). */
  delayMs = 0;
  private server?: Server;
  private counter = 0;
  url = '';

  /** Listens on `port` (0: any free one); start again on the same port after stop() to come back. */
  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      void readJson(req).then(async (body) => {
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        const path = req.url ?? '';
        const match = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(path);
        const conversationId = decodeURIComponent(match?.[1] ?? '');
        const activityId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
        this.calls.push({ method: req.method ?? '', path, conversationId, activityId, body });
        res.setHeader('content-type', 'application/json');
        const target =
          path === '/v3/conversations'
            ? String((body.channelData as { channel?: { id?: string } })?.channel?.id ?? '')
            : conversationId;
        const refused = this.refuse.get(target.split(';messageid=')[0] ?? '');
        if (refused !== undefined) {
          res.statusCode = refused;
          res.end(
            JSON.stringify({ error: REFUSALS[refused] ?? { code: 'ServiceError', message: 'Try again.' } }),
          );
          return;
        }
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
    await new Promise<void>((done) => this.server?.listen(port, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }

  /** Activities the bot sent (POST) since `from`. */
  sent(from = 0): Record<string, unknown>[] {
    return this.calls
      .slice(from)
      .filter((c) => c.method === 'POST')
      .map((c) => c.body);
  }

  /** The port it listens on. */
  get port(): number {
    return Number(new URL(this.url).port);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  /** Waits until a recorded call matches, or throws after `timeoutMs`. */
  async waitFor(match: (call: ConnectorCall) => boolean, timeoutMs = 20_000): Promise<ConnectorCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('The bot made no such call to the connector in time');
      await new Promise((r) => setTimeout(r, 50));
    }
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
