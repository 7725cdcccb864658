import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ServerDescriptionChangedEvent } from 'mongodb';
import { newDraft } from '../../src/domain/wizard/model';
import { DatabaseBreaker } from '../../src/storage/breaker';
import { connectDatabase, type Database } from '../../src/storage/database';
import { DatabaseTimeoutError, withDeadline } from '../../src/storage/deadline';
import { MongoDraftStore } from '../../src/storage/draftStore';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/storage/embeddedDatabase';
import { ensureIndexes } from '../../src/storage/indexes';
import { MongoPartnerProfileStore } from '../../src/storage/partnerProfileStore';
import { MongoTicketStore } from '../../src/storage/ticketStore';
import { stopped } from '../helpers/database';

const TIMEOUT_MS = 1_000;

const owner = { userId: 'u-1', conversationId: 'c-1' };

/**
 * The stores as the bot wires them (each call bounded by the operation timeout, one breaker for the
 * connection), on an embedded server of their own that is stopped or frozen: a whole sequence of
 * calls costs about one timeout, and calls succeed again, on their own, once the server is back.
 */
describe('database calls while the server does not answer (real database)', () => {
  const projectRoot = resolve(__dirname, '..', '..');
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cspbot-breaker-')), 'db');
  let embedded: EmbeddedDatabase;
  let database: Database;
  let breaker: DatabaseBreaker;
  let serverUnknown: Promise<void>;

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ projectRoot, dataDir });
    // The driver checks the server every 10 s by default; twice a second here, so that it notices
    // within the test that the server is gone and then waits for one (the state a turn meets).
    const uri = new URL(embedded.uri);
    uri.searchParams.set('heartbeatFrequencyMS', '500');
    database = await connectDatabase(uri.toString(), 'breaker');
    await ensureIndexes(database.db);
  });
  afterAll(async () => {
    breaker?.stop();
    await database.close();
    await embedded.stop();
  });
  beforeEach(() => {
    breaker = new DatabaseBreaker({ probe: () => database.db.command({ ping: 1 }), timeoutMs: TIMEOUT_MS });
    serverUnknown = new Promise((done) => {
      const listener = (event: ServerDescriptionChangedEvent) => {
        if (event.newDescription.type !== 'Unknown') return;
        database.client.off('serverDescriptionChanged', listener);
        done();
      };
      database.client.on('serverDescriptionChanged', listener);
    });
  });
  afterEach(() => breaker.stop());

  const stores = () => {
    const bounded = <T extends object>(store: T, name: string, longer = {}) =>
      withDeadline(store, name, TIMEOUT_MS, longer, breaker);
    return {
      drafts: bounded(new MongoDraftStore(database.db), 'drafts'),
      tickets: bounded(new MongoTicketStore(database.db), 'tickets', { create: 8_000 }),
      profiles: bounded(new MongoPartnerProfileStore(database.db), 'partnerProfiles'),
    };
  };

  const outages: [string, { cut(): Promise<void>; back(): Promise<void> }][] = [
    [
      'stopped (connections refused)',
      {
        cut: async () => {
          await embedded.stop();
          await serverUnknown;
        },
        back: async () => {
          const port = Number(new URL(embedded.uri).port);
          embedded = await startEmbeddedDatabase({ projectRoot, dataDir, port });
        },
      },
    ],
    [
      'frozen (SIGSTOP: connections hang)',
      {
        cut: async () => {
          process.kill(embedded.pid, 'SIGSTOP');
          await stopped(embedded.pid);
        },
        back: async () => void process.kill(embedded.pid, 'SIGCONT'),
      },
    ],
  ];

  it.each(outages)(
    '%s: ten calls cost one timeout, and they work again once it is back',
    async (_, outage) => {
      const { drafts, tickets, profiles } = stores();
      const kept = await drafts.create(owner, newDraft(), { lang: 'en' });

      await outage.cut();
      const calls: (() => Promise<unknown>)[] = [
        () => profiles.get({ tenantId: 't-1', userId: 'u-1' }),
        () => drafts.get(kept.id),
        () => drafts.create(owner, newDraft(), { lang: 'en' }),
        () => drafts.replace(kept.id, 0, { ...newDraft(), rev: 1 }),
        () => tickets.get('t-1', 'CSP-000001'),
        () => tickets.listByRequester('t-1', 'u-1', 10),
        () => tickets.dueForDelivery(10),
        () => profiles.get({ tenantId: 't-1', userId: 'u-2' }),
        () => drafts.delete(kept.id),
        () => drafts.markSubmitted(kept.id, 'CSP-000001'),
      ];
      const started = Date.now();
      const errors: unknown[] = [];
      for (const call of calls)
        errors.push(
          await call().then(
            () => undefined,
            (error: unknown) => error,
          ),
        );
      const spent = Date.now() - started;

      expect(errors.every((error) => error instanceof Error)).toBe(true);
      // The first one waited; every later one failed at once, the same way a timeout does.
      expect(errors.slice(1)).toEqual(errors.slice(1).map(() => expect.any(DatabaseTimeoutError)));
      expect(errors.slice(1).every((error) => (error as DatabaseTimeoutError).atOnce)).toBe(true);
      expect(spent).toBeLessThan(TIMEOUT_MS + 500);
      expect(breaker.answering).toBe(false);

      await outage.back();
      const deadline = Date.now() + 15_000;
      while (!breaker.answering && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(breaker.answering).toBe(true);
      // Nothing was written while it was away (the draft is still there, on rev 0), and calls work again.
      expect((await drafts.get(kept.id))?.draft.rev).toBe(0);
      expect(await drafts.replace(kept.id, 0, { ...newDraft(), rev: 1 })).toBe(true);
    },
    40_000,
  );
});
