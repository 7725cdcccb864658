import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { CommandStartedEvent } from 'mongodb';
import { composeBot, type ComposeDeps, type ComposedBot } from '../../src/compose';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/log';
import type { Clock } from '../../src/services/ports';
import { commandLabel } from '../../bench/databaseCommands';
import { freshDatabase, sameDatabase } from './database';
import { RecordingConnector } from './connector';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** Who sends an activity; defaults to the harness user (Ada Partner, aad-user-1). */
export interface Sender {
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface TurnResult {
  status: number;
  /** The invoke response body (card actions), if any. */
  body: unknown;
  /** Activities the bot sent to the conversation during this turn. */
  sent: Record<string, unknown>[];
}

export interface HarnessOptions {
  /** Fixes the bot's time (ticket dates, response targets, draft expiry). */
  clock?: Clock;
  /** Token validation settings (a TokenIssuer's authenticationConfig). */
  authenticationConfig?: ComposeDeps['authenticationConfig'];
  /** Another server than the tests' shared one (one a test may stop or freeze). */
  databaseUri?: string;
  /** Count every command the bot sends to the database in `commands`, named as the bench names them. */
  countCommands?: boolean;
}

/**
 * Talks to a running bot over HTTP the way Teams does: activities and card actions POSTed to
 * /api/messages, with a recording connector as the channel service it replies to.
 */
export class BotClient {
  /** Sent as the Authorization header of every request when set (authentication on). */
  authorization?: string;

  constructor(
    readonly connector: RecordingConnector,
    protected baseUrl = '',
  ) {}

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  async post(
    body: unknown,
    contentType = 'application/json',
    headers: Record<string, string> = {},
  ): Promise<TurnResult> {
    const from = this.connector.calls.length;
    const response = await fetch(this.url('/api/messages'), {
      method: 'POST',
      headers: {
        'content-type': contentType,
        ...(this.authorization && { authorization: this.authorization }),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    // Replies name the activity they answer, so concurrent turns don't see each other's replies.
    const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
    const sent =
      typeof id === 'string'
        ? this.connector.calls
            .slice(from)
            .filter((c) => c.method === 'POST' && c.activityId === id)
            .map((c) => c.body)
        : this.connector.sent(from);
    return { status: response.status, body: parsed, sent };
  }

  activity(kind: ConversationKind, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const conversation =
      kind === 'personal'
        ? { id: 'personal-1', conversationType: 'personal', tenantId: 'tenant-1' }
        : kind === 'groupChat'
          ? { id: 'group-1', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' }
          : {
              id: '19:general@thread.tacv2;messageid=100',
              conversationType: 'channel',
              isGroup: true,
              tenantId: 'tenant-1',
            };
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      from: { id: 'user-1', name: 'Ada Partner', aadObjectId: 'aad-user-1' },
      recipient: { id: 'bot-1', name: 'CSP Bot' },
      conversation,
      channelData:
        kind === 'channel'
          ? {
              tenant: { id: 'tenant-1' },
              team: { id: 'team-1', name: 'Support' },
              channel: { id: '19:general@thread.tacv2', name: 'General' },
            }
          : { tenant: { id: 'tenant-1' } },
      ...extra,
    };
  }

  message(
    text: string,
    options: { kind?: ConversationKind; locale?: string; mention?: boolean; from?: Sender } = {},
  ): Promise<TurnResult> {
    const kind = options.kind ?? 'personal';
    const mention = options.mention ?? kind !== 'personal';
    const fullText = mention ? `<at>CSP Bot</at> ${text}` : text;
    const entities = mention
      ? [{ type: 'mention', text: '<at>CSP Bot</at>', mentioned: { id: 'bot-1', name: 'CSP Bot' } }]
      : [];
    return this.post(
      this.activity(kind, {
        type: 'message',
        text: fullText,
        entities,
        locale: options.locale ?? 'en-US',
        ...(options.from && { from: options.from }),
      }),
    );
  }

  /** An Action.Execute from a card: `adaptiveCard/action` invoke with the verb and the card's data + inputs. */
  execute(
    verb: string,
    data: Record<string, unknown>,
    options: { kind?: ConversationKind; locale?: string; replyToId?: string; from?: Sender } = {},
  ): Promise<TurnResult> {
    return this.post(
      this.activity(options.kind ?? 'personal', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        locale: options.locale ?? 'en-US',
        replyToId: options.replyToId ?? 'card-1',
        ...(options.from && { from: options.from }),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
  }

  /** An Action.Submit from a card: a message with `value` and no text. */
  submit(
    value: Record<string, unknown>,
    options: { kind?: ConversationKind; locale?: string } = {},
  ): Promise<TurnResult> {
    return this.post(
      this.activity(options.kind ?? 'personal', {
        type: 'message',
        value,
        locale: options.locale ?? 'en-US',
      }),
    );
  }
}

/** Commands of the bot's timers: the publisher's sweep (every 10 s), the clean-ups of drafts and claims. */
const TIMED_COMMANDS = new Set([
  'tickets.find(delivery.pending,delivery.nextAttemptAt)',
  'drafts.delete(expiresAt)',
  'submissions.delete(at)',
]);

/** The whole bot (HTTP server, adapter, app, real database) on an ephemeral port, driven by real activities. */
export class BotHarness extends BotClient {
  db!: Awaited<ReturnType<typeof freshDatabase>>;
  config!: Config;
  bot!: ComposedBot;
  /** Every log line the bot wrote, parsed (with `LOG_LEVEL` set in `start(env)`; silent by default). */
  readonly logs: Record<string, unknown>[] = [];
  /**
   * With `countCommands`: the database commands sent so far, as "collection.command(filter fields)"
   * (`drafts.update(_id,rev,expiresAt)`), each with how many times.
   */
  readonly commands: Record<string, number> = {};
  private close?: () => Promise<void>;

  /**
   * With `sharing` (started first), another instance of the bot on its database: a database
   * connection, stores and server of its own, the same recording connector; the database and the
   * connector are `sharing`'s to stop.
   */
  constructor(private readonly sharing?: BotHarness) {
    super(sharing?.connector ?? new RecordingConnector());
  }

  async start(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<this> {
    if (!this.sharing) await this.connector.start();
    const monitor = { monitorCommands: options.countCommands ?? false };
    this.db = this.sharing
      ? await sameDatabase(this.sharing.db.name, options.databaseUri, monitor)
      : await freshDatabase(options.databaseUri, monitor);
    if (options.countCommands) {
      this.db.client.on('commandStarted', (event: CommandStartedEvent) => {
        const name = commandLabel(event.commandName, event.command);
        this.commands[name] = (this.commands[name] ?? 0) + 1;
      });
    }
    this.config = loadConfig({ LOG_LEVEL: 'silent', MONGODB_DB: this.db.name, ...env });
    this.bot = composeBot({
      config: this.config,
      log: this.logger(),
      db: this.db.db,
      ready: () => this.db.ping(),
      ...(options.clock && { clock: options.clock }),
      ...(options.authenticationConfig && { authenticationConfig: options.authenticationConfig }),
    });
    const { server } = this.bot;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.close = async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await this.bot.stop();
    };
    return this;
  }

  private logger(): Logger {
    return createLogger(this.config.LOG_LEVEL, {
      write: (line: string) => {
        try {
          this.logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          this.logs.push({ unparsed: line });
        }
      },
    });
  }

  /** Log lines at `level` (pino's number: 40 warn, 50 error) or above, written since `from`. */
  logsAtLeast(level: number, from = 0): Record<string, unknown>[] {
    return this.logs.slice(from).filter((line) => typeof line.level === 'number' && line.level >= level);
  }

  /** Waits until every ticket card the bot is delivering has been posted or updated. */
  delivered(): Promise<void> {
    return this.bot.publisher.idle();
  }

  /**
   * The commands counted since `before` (a copy of `commands`), without those of the work that runs
   * on timers whatever the turns (the publisher's sweep for undelivered cards, the clean-ups).
   */
  commandsSince(before: Record<string, number>): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.commands)
        .map(([name, n]) => [name, n - (before[name] ?? 0)] as const)
        .filter(([name, n]) => n > 0 && !TIMED_COMMANDS.has(name)),
    );
  }

  async stop(): Promise<void> {
    await this.close?.();
    if (!this.sharing) await this.connector.stop();
    await this.db.drop();
  }
}

export { cardOf, cardText } from './cardNodes';
