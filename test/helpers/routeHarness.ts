import { randomUUID } from 'node:crypto';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { createApp } from '../../src/bot/app';
import { loadConfig, type Config } from '../../src/config';
import { FaqEngine } from '../../src/domain/faq/engine';
import { createLogger } from '../../src/log';
import { FaqService } from '../../src/services/faqService';
import { TicketPublisher } from '../../src/services/ticketPublisher';
import { TicketService } from '../../src/services/ticketService';
import { WizardService } from '../../src/services/wizardService';
import type { ConversationKind, Sender, TurnResult } from './botHarness';
import {
  MemoryDraftStore,
  MemoryPartnerProfileStore,
  MemoryFaqFollowUpStore,
  MemoryFeedbackStore,
  MemoryTicketChannelStore,
  MemoryTicketStore,
  MemoryUnansweredStore,
  RecordingTicketNotifier,
} from './memoryStores';

/** The tenant every activity comes from unless a test says otherwise. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const ADA: Sender = {
  id: '29:ada',
  name: 'Ada Partner',
  aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a',
};
export const BOB: Sender = {
  id: '29:bob',
  name: 'Bob Colleague',
  aadObjectId: '0b0b0b0b-0000-4000-8000-00000000000b',
};

/** A Friday morning in Warsaw: inside business hours, so response targets are what they say. */
export const NOW = new Date('2026-11-20T09:00:00Z');

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const BOT = { id: '28:csp-bot', name: 'CSP Bot' };

export interface TurnOptions {
  kind?: ConversationKind;
  locale?: string;
  from?: Sender;
  tenantId?: string;
}

/**
 * The FAQ index is pure and read-only: built once per test file, on the first question, so a file
 * that asks none does not pay for it.
 */
let built: FaqEngine | undefined;
const engine = new Proxy({} as FaqEngine, {
  get(_target, key) {
    built ??= new FaqEngine();
    const value: unknown = Reflect.get(built, key, built);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(built) : value;
  },
});

/**
 * The real Teams app (createApp) over the real services, with every store in memory, driven turn by
 * turn through botbuilder's TestAdapter with activities shaped as Teams sends them. Nothing listens
 * and nothing needs a database; a store's `failing` flag plays a database that is down.
 */
export class RouteHarness {
  now = NOW;
  readonly config: Config;
  readonly drafts = new MemoryDraftStore();
  readonly profiles = new MemoryPartnerProfileStore();
  readonly tickets = new MemoryTicketStore(() => this.now);
  readonly channels = new MemoryTicketChannelStore();
  readonly feedback = new MemoryFeedbackStore();
  readonly unanswered = new MemoryUnansweredStore();
  readonly followUps = new MemoryFaqFollowUpStore();
  readonly notifier = new RecordingTicketNotifier();
  readonly publisher: TicketPublisher;
  /** Warnings and errors the bot logged, parsed. */
  readonly logs: Record<string, unknown>[] = [];
  private readonly adapter: TestAdapter;

  /** `env` as process.env would hold it (ALLOWED_TENANT_IDS, BOT_ADMINS, DEFAULT_LOCALE, ...). */
  constructor(env: Record<string, string> = {}) {
    this.config = loadConfig({ LOG_LEVEL: 'warn', ...env });
    const log = createLogger(this.config.LOG_LEVEL, {
      write: (line: string) => void this.logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    const clock = { now: () => this.now };
    const faq = new FaqService({
      engine,
      feedback: this.feedback,
      followUps: this.followUps,
      unanswered: this.unanswered,
      clock,
      admins: this.config.BOT_ADMINS,
      log,
    });
    const wizard = new WizardService(
      this.drafts,
      this.tickets,
      clock,
      this.config.HOLIDAYS,
      log,
      undefined,
      this.profiles,
    );
    this.publisher = new TicketPublisher(this.channels, this.tickets, this.notifier, clock, log);
    const app = createApp({
      config: this.config,
      log,
      // Only proactive sends use the app's adapter, and here they go to the recording notifier.
      adapter: createAdapter(this.config, log),
      faq,
      wizard,
      tickets: new TicketService(this.tickets, this.channels, clock, log),
      publisher: this.publisher,
      now: clock.now,
    });
    this.adapter = new TestAdapter(async (context) => {
      await app.run(context);
    });
  }

  /** Runs one activity as a turn: what the bot sent, and for an invoke its invoke response. */
  async post(activity: Partial<Activity>): Promise<TurnResult> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(activity);
    const replies = this.adapter.activeQueue.splice(0) as unknown as Record<string, unknown>[];
    const invoke = replies.find((a) => a.type === ActivityTypes.InvokeResponse);
    const response = invoke?.value as { status?: number; body?: unknown } | undefined;
    return {
      // An invoke nobody answered is what CloudAdapter reports as 501 Not Implemented.
      status: response?.status ?? (activity.type === ActivityTypes.Invoke ? 501 : 200),
      body: response?.body,
      sent: replies.filter((a) => a.type !== ActivityTypes.InvokeResponse),
    };
  }

  /** An activity as Teams sends it, from `options.from` (Ada) in `options.kind` (a personal chat). */
  activity(options: TurnOptions, extra: Partial<Activity>): Partial<Activity> {
    const kind = options.kind ?? 'personal';
    const tenantId = options.tenantId ?? TENANT;
    const from = options.from ?? ADA;
    const conversation =
      kind === 'personal'
        ? { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId, isGroup: false }
        : kind === 'groupChat'
          ? { id: '19:group-1@thread.v2', conversationType: 'groupChat', tenantId, isGroup: true }
          : {
              id: '19:general@thread.tacv2;messageid=1700000000000',
              conversationType: 'channel',
              tenantId,
              isGroup: true,
            };
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      timestamp: this.now,
      locale: options.locale ?? 'en-US',
      from: { ...from },
      recipient: { ...BOT },
      conversation: { ...conversation, name: '' },
      channelData:
        kind === 'channel'
          ? {
              tenant: { id: tenantId },
              team: { id: '19:team-1@thread.tacv2', name: 'Support' },
              channel: { id: '19:general@thread.tacv2', name: 'General' },
            }
          : { tenant: { id: tenantId } },
      ...extra,
    };
  }

  /** A typed message; outside a personal chat Teams only delivers it with the bot @mentioned. */
  message(text: string, options: TurnOptions & { mention?: boolean } = {}): Promise<TurnResult> {
    const mention = options.mention ?? (options.kind ?? 'personal') !== 'personal';
    const at = `<at>${BOT.name}</at>`;
    return this.post(
      this.activity(options, {
        type: ActivityTypes.Message,
        text: mention ? `${at} ${text}` : text,
        entities: mention ? [{ type: 'mention', text: at, mentioned: { ...BOT } }] : [],
      }),
    );
  }

  /** An Action.Execute: an `adaptiveCard/action` invoke with the verb and the card's data and inputs. */
  execute(
    verb: string,
    data: Record<string, unknown>,
    options: TurnOptions & { replyToId?: string } = {},
  ): Promise<TurnResult> {
    return this.post(
      this.activity(options, {
        type: ActivityTypes.Invoke,
        name: 'adaptiveCard/action',
        replyToId: options.replyToId ?? 'card-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
  }

  /** An Action.Submit: a message with the card's data as `value` and no text. */
  submit(value: Record<string, unknown>, options: TurnOptions = {}): Promise<TurnResult> {
    return this.post(this.activity(options, { type: ActivityTypes.Message, value }));
  }

  /** Everything every store holds and every card posted, as it is now: "nothing changed" is equal after. */
  snapshot(): unknown {
    return structuredClone({
      drafts: [...this.drafts.drafts.values()],
      tickets: [...this.tickets.tickets.values()],
      channels: [...this.channels.channels.values()],
      feedback: [...this.feedback.votes.values()],
      unanswered: this.unanswered.questions,
      followUps: [...this.followUps.items.entries()],
      posted: this.notifier.posted,
      updated: this.notifier.updated,
    });
  }

  /** Waits until every ticket card the bot is delivering has been posted or updated. */
  delivered(): Promise<void> {
    return this.publisher.idle();
  }
}
