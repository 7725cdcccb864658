import { FaqEngine } from '../../../src/domain/faq/engine';
import { FaqService, FOLLOW_UP_LIFETIME_MS, FOLLOW_UP_WAIT_MS } from '../../../src/services/faqService';
import type { FaqAsker, FaqFollowUpStore, Feedback, FeedbackStore } from '../../../src/services/ports';

const engine = new FaqEngine();
const ada: FaqAsker = { conversationId: 'group-1', userId: 'aad-ada' };
const bob: FaqAsker = { conversationId: 'group-1', userId: 'aad-bob' };

class MemoryFollowUps implements FaqFollowUpStore {
  readonly items = new Map<string, { entryId: string; expiresAt: Date }>();
  mode: 'ok' | 'failing' | 'hanging' = 'ok';

  private async check(): Promise<void> {
    if (this.mode === 'failing') throw new Error('database unavailable');
    if (this.mode === 'hanging') await new Promise(() => undefined);
  }

  async get(asker: FaqAsker, now: Date) {
    await this.check();
    const item = this.items.get(JSON.stringify(asker));
    return item && item.expiresAt > now ? item.entryId : null;
  }

  async set(asker: FaqAsker, entryId: string, expiresAt: Date) {
    await this.check();
    this.items.set(JSON.stringify(asker), { entryId, expiresAt });
  }

  async deleteExpired(now: Date) {
    let deleted = 0;
    for (const [key, item] of this.items) if (item.expiresAt <= now && this.items.delete(key)) deleted++;
    return deleted;
  }
}

const noFeedback: FeedbackStore = { record: async (_: Feedback) => undefined };

function setup() {
  let now = new Date('2025-03-07T10:00:00Z');
  const store = new MemoryFollowUps();
  const warnings: string[] = [];
  const log = { warn: (_: unknown, message: string) => warnings.push(message) } as never;
  const faq = new FaqService(engine, noFeedback, store, { now: () => now }, log);
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
    expect(await faq.deleteExpiredFollowUps()).toBe(1);
    expect(store.items.size).toBe(0);
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
    await expect(faq.remember(ada, 'phone')).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
  });

  it('does not hold an answer up for a store that does not answer', async () => {
    const { faq, store } = setup();
    store.mode = 'hanging';
    const started = Date.now();
    const result = await faq.ask('Is phone support available?', 'en-US', ada);
    await faq.remember(ada, 'phone');
    expect(result.entryId).toBe('phone');
    expect(Date.now() - started).toBeLessThan(2 * FOLLOW_UP_WAIT_MS + 500);
  });
});
