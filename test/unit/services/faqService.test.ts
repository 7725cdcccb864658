import { FaqEngine } from '../../../src/domain/faq/engine';
import {
  AFTER_ANSWER_WAIT_MS,
  FaqService,
  FOLLOW_UP_LIFETIME_MS,
  FOLLOW_UP_REFRESH_MS,
  FOLLOW_UP_WAIT_MS,
} from '../../../src/services/faqService';
import type {
  FaqAsker,
  FaqFollowUpStore,
  Feedback,
  FeedbackStore,
  UnansweredStore,
} from '../../../src/services/ports';

const engine = new FaqEngine();
const ada: FaqAsker = { conversationId: 'group-1', userId: 'aad-ada' };
const bob: FaqAsker = { conversationId: 'group-1', userId: 'aad-bob' };

class MemoryFollowUps implements FaqFollowUpStore {
  readonly items = new Map<string, { entryId: string; expiresAt: Date }>();
  mode: 'ok' | 'failing' | 'hanging' = 'ok';
  reads = 0;
  writes = 0;

  private async check(): Promise<void> {
    if (this.mode === 'failing') throw new Error('database unavailable');
    if (this.mode === 'hanging') await new Promise(() => undefined);
  }

  async get(asker: FaqAsker, now: Date) {
    this.reads++;
    await this.check();
    const item = this.items.get(JSON.stringify(asker));
    return item && item.expiresAt > now ? { ...item } : null;
  }

  async set(asker: FaqAsker, entryId: string, expiresAt: Date) {
    this.writes++;
    await this.check();
    this.items.set(JSON.stringify(asker), { entryId, expiresAt });
  }

  async deleteExpired(now: Date) {
    let deleted = 0;
    for (const [key, item] of this.items) if (item.expiresAt <= now && this.items.delete(key)) deleted++;
    return deleted;
  }
}

const noFeedback: FeedbackStore = { record: async (_: Feedback) => undefined, votesByEntry: async () => [] };
const noUnanswered: UnansweredStore = {
  record: async () => undefined,
  top: async () => [],
  deleteBefore: async () => 0,
};

function setup() {
  let now = new Date('2025-03-07T10:00:00Z');
  const store = new MemoryFollowUps();
  const warnings: string[] = [];
  const log = { warn: (_: unknown, message: string) => warnings.push(message) } as never;
  const faq = new FaqService({
    engine,
    feedback: noFeedback,
    followUps: store,
    unanswered: noUnanswered,
    clock: { now: () => now },
    log,
  });
  return { faq, store, warnings, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('FaqService follow-up context', () => {
  it('reads each asker’s own last topic', async () => {
    const { faq } = setup();
    await faq.remember(ada, 'phone');
    await faq.remember(bob, 'entitlement.scope');
    expect((await faq.ask('a po polsku?', 'pl-PL', ada)).entryId).toBe('phone');
    expect((await faq.ask('a po polsku?', 'pl-PL', bob)).entryId).toBe('entitlement.scope');
  });

  it('forgets a topic after 15 minutes, and cleans it up', async () => {
    const { faq, store, advance } = setup();
    await faq.remember(ada, 'phone');
    advance(FOLLOW_UP_LIFETIME_MS - 1000);
    expect((await faq.ask('a po polsku?', 'pl-PL', ada)).entryId).toBe('phone');
    advance(2000);
    expect((await faq.ask('a po polsku?', 'pl-PL', ada)).entryId).not.toBe('phone');
    expect(await faq.cleanUp()).toEqual({ followUps: 1, unanswered: 0 });
    expect(store.items.size).toBe(0);
  });

  it('reads the last topic only for a follow-up, and writes a topic answered again only once a minute', async () => {
    const { faq, store, advance } = setup();
    const first = await faq.ask('Is phone support available?', 'en-US', ada);
    expect(first.lastTopic).toBeUndefined();
    expect(store.reads).toBe(0);
    await faq.remember(ada, 'phone', first.lastTopic);
    expect(store.writes).toBe(1);

    advance(30_000);
    const again = await faq.ask('a po polsku?', 'pl-PL', ada);
    expect(again.entryId).toBe('phone');
    expect(store.reads).toBe(1);
    await faq.remember(ada, 'phone', again.lastTopic);
    expect(store.writes).toBe(1);

    advance(FOLLOW_UP_REFRESH_MS);
    const later = await faq.ask('and in English?', 'en-US', ada);
    expect(later.entryId).toBe('phone');
    await faq.remember(ada, 'phone', later.lastTopic);
    expect(store.writes).toBe(2);
    expect(store.items.get(JSON.stringify(ada))?.expiresAt.getTime()).toBe(
      new Date('2025-03-07T10:00:00Z').getTime() + 30_000 + FOLLOW_UP_REFRESH_MS + FOLLOW_UP_LIFETIME_MS,
    );
  });

  it('ignores a stored id that is not a knowledge entry', async () => {
    const { faq, store } = setup();
    await store.set(ada, 'no.such.entry', new Date('2030-01-01T00:00:00Z'));
    const result = await faq.ask('Is phone support available?', 'en-US', ada);
    expect(result.entryId).toBe('phone');
  });

  it('answers without context when the store fails, and remembering never throws', async () => {
    const { faq, store, warnings } = setup();
    store.mode = 'failing';
    const result = await faq.ask('Is phone support available?', 'en-US', ada);
    expect(result.entryId).toBe('phone');
    expect((await faq.ask('a po polsku?', 'pl-PL', ada)).rejected).toBeUndefined();
    await expect(faq.remember(ada, 'phone')).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
  });

  it('does not hold an answer up for a store that does not answer', async () => {
    const { faq, store } = setup();
    store.mode = 'hanging';
    const asked = Date.now();
    const result = await faq.ask('Is phone support available?', 'en-US', ada);
    expect(result.entryId).toBe('phone');
    expect(Date.now() - asked).toBeLessThan(FOLLOW_UP_WAIT_MS + 400);
    // After the answer is sent, remembering gives up too, without an error.
    const remembered = Date.now();
    await expect(faq.remember(ada, 'phone')).resolves.toBeUndefined();
    expect(Date.now() - remembered).toBeLessThan(AFTER_ANSWER_WAIT_MS + 400);
  });
});

describe('FaqService report', () => {
  const admin = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  function withData(unansweredFails = false) {
    const kept: string[] = [];
    const seen: { since?: Date } = {};
    const unanswered: UnansweredStore = {
      record: async (q) => {
        if (unansweredFails) throw new Error('database unavailable');
        kept.push(q.question);
      },
      top: async (since) => {
        seen.since = since;
        return [{ question: 'how do i add a guest', count: 2 }];
      },
      deleteBefore: async () => 0,
    };
    const feedback: FeedbackStore = {
      record: async () => undefined,
      votesByEntry: async () => [
        { entryId: 'phone', helpful: 1, notHelpful: 2 },
        { entryId: 'no.longer.an.entry', helpful: 0, notHelpful: 9 },
      ],
    };
    const faq = new FaqService({
      engine,
      feedback,
      followUps: new MemoryFollowUps(),
      unanswered,
      clock: { now: () => new Date('2025-03-31T12:00:00Z') },
      admins: [admin],
      log: { warn: () => undefined } as never,
    });
    return { faq, kept, seen };
  }

  it('refuses a user who is not listed, and one without an Entra id, wherever they ask', async () => {
    const { faq } = withData();
    expect(await faq.report('00000000-0000-0000-0000-000000000000', true)).toEqual({ kind: 'refused' });
    expect(await faq.report(undefined, true)).toEqual({ kind: 'refused' });
    expect(await faq.report('00000000-0000-0000-0000-000000000000', false)).toEqual({ kind: 'refused' });
  });

  it('gives an admin the last 30 days in a personal chat only, without votes for entries that no longer exist', async () => {
    const { faq, seen } = withData();
    expect(await faq.report(admin, false)).toEqual({ kind: 'personal-chat-only' });
    const view = await faq.report(admin.toUpperCase(), true);
    expect(view).toEqual({
      kind: 'report',
      report: {
        since: new Date('2025-03-01T12:00:00Z'),
        until: new Date('2025-03-31T12:00:00Z'),
        unanswered: [{ question: 'how do i add a guest', count: 2 }],
        worst: [{ entryId: 'phone', helpful: 1, notHelpful: 2 }],
      },
    });
    expect(seen.since).toEqual(new Date('2025-03-01T12:00:00Z'));
  });

  it('keeps unanswered questions masked, skips empty ones, and never throws', async () => {
    const { faq, kept } = withData();
    await faq.recordUnanswered('Mail ada@contoso.com about it?', { lang: 'en', suggestions: [] });
    await faq.recordUnanswered('?!', { lang: 'en', suggestions: [] });
    expect(kept).toEqual(['mail [email] about it']);
    const failing = withData(true);
    await expect(
      failing.faq.recordUnanswered('anything', { lang: 'en', suggestions: [] }),
    ).resolves.toBeUndefined();
  });
});
