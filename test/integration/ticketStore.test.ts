import { MongoClient } from 'mongodb';
import { addMicrosoftRequestNumber, newTicketFromDraft, type Ticket } from '../../src/domain/ticket';
import { newDraft } from '../../src/domain/wizard/model';
import { VersionConflictError } from '../../src/services/ports';
import { MongoDraftStore } from '../../src/storage/draftStore';
import { MongoFeedbackStore } from '../../src/storage/feedbackStore';
import { MongoTicketStore } from '../../src/storage/ticketStore';
import { freshDatabase, testDatabaseUri } from '../helpers/database';
import { AZURE_ANSWERS } from '../helpers/answers';

const ann = { id: '29:ann', name: 'Ann Partner' };
const answers = AZURE_ANSWERS;

function builder(key: string, requester = ann, now = new Date('2026-11-20T10:00:00Z'), announce?: boolean) {
  return (seq: number): Ticket =>
    newTicketFromDraft(
      { answers },
      {
        seq,
        requester,
        conversation: { id: 'personal-1', type: 'personal', serviceUrl: 'https://smba.example.net/' },
        tenantId: 'tenant-1',
        now,
        idempotencyKey: key,
        ...(announce !== undefined && { announce }),
      },
    );
}

describe('ticket, draft and feedback stores (real database)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let tickets: MongoTicketStore;

  beforeAll(async () => {
    db = await freshDatabase();
    tickets = new MongoTicketStore(db.db);
  });
  afterAll(() => db.drop());

  it('numbers tickets from an atomic counter and reads them back through a second client', async () => {
    const first = await tickets.create('k-1', builder('k-1'));
    const second = await tickets.create('k-2', builder('k-2'));
    expect(first.created).toBe(true);
    expect(first.ticket._id).toMatch(/^CSP-\d{6}$/);
    expect(Number(second.ticket._id.slice(4))).toBe(Number(first.ticket._id.slice(4)) + 1);

    const other = new MongoClient(testDatabaseUri());
    try {
      const raw = await other
        .db(db.name)
        .collection('tickets')
        .findOne({ _id: first.ticket._id as never });
      expect(raw?.customer).toEqual({ name: 'Contoso', domain: 'contoso.onmicrosoft.com' });
      expect(raw?.status).toBe('ready-to-file');
      expect(raw?.createdAt).toBeInstanceOf(Date);
    } finally {
      await other.close();
    }
  });

  it('creates one ticket for the same submission delivered twice, even at the same time', async () => {
    const again = await tickets.create('k-1', builder('k-1'));
    expect(again.created).toBe(false);
    const racing = await Promise.all([1, 2, 3].map(() => tickets.create('k-race', builder('k-race'))));
    expect(new Set(racing.map((r) => r.ticket._id)).size).toBe(1);
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(await db.db.collection('tickets').countDocuments({ idempotencyKey: 'k-race' })).toBe(1);
  });

  it('makes a new ticket due for delivery only when it leaves something to deliver', async () => {
    const later = new Date(Date.now() + 60_000);
    const store = new MongoTicketStore(db.db, () => later);
    const announced = await store.create('k-due-1', builder('k-due-1'));
    const quiet = await store.create('k-due-2', builder('k-due-2', ann, undefined, false));
    const due = (await store.dueForDelivery(500)).map((d) => d.ticketId);
    expect(due).toContain(announced.ticket._id);
    expect(due).not.toContain(quiet.ticket._id);
  });

  it('updates only from the current version', async () => {
    const { ticket } = await tickets.create('k-3', builder('k-3'));
    const filed = addMicrosoftRequestNumber(
      ticket,
      '2511260040001234',
      ann,
      new Date('2026-11-20T11:00:00Z'),
    );
    if (!filed.ok) throw new Error('expected a filed ticket');
    const stored = await tickets.update(filed.ticket);
    expect(stored.version).toBe(ticket.version + 1);
    await expect(tickets.update(filed.ticket)).rejects.toBeInstanceOf(VersionConflictError);
    const read = await tickets.get('tenant-1', ticket._id);
    expect(read?.status).toBe('filed-with-microsoft');
    // Another tenant cannot read it, even knowing its id.
    expect(await tickets.get('tenant-2', ticket._id)).toBeNull();
    expect(read?.history.map((h) => h.action)).toEqual(filed.ticket.history.map((h) => h.action));
  });

  it('refuses to store a document that breaks the schema', async () => {
    await expect(
      tickets.create('k-bad', (seq) => ({ ...builder('k-bad')(seq), status: 'lost' as never })),
    ).rejects.toThrow();
    expect(await db.db.collection('tickets').countDocuments({ idempotencyKey: 'k-bad' })).toBe(0);
  });

  it('lists a requester’s tickets, most recently changed first', async () => {
    const bo = { id: '29:bo', name: 'Bo' };
    await tickets.create('b-1', builder('b-1', bo, new Date('2026-11-01T10:00:00Z')));
    await tickets.create('b-2', builder('b-2', bo, new Date('2026-11-03T10:00:00Z')));
    await tickets.create('b-3', builder('b-3', bo, new Date('2026-11-02T10:00:00Z')));
    const list = await tickets.listByRequester('tenant-1', '29:bo', 10);
    expect(list.map((t) => t.idempotencyKey)).toEqual(['b-2', 'b-3', 'b-1']);
    expect(await tickets.listByRequester('tenant-2', '29:bo', 10)).toEqual([]);
    // A query operator in place of an id finds nothing.
    expect(await tickets.listByRequester('tenant-1', { $ne: null } as never, 10)).toEqual([]);
  });

  it('keeps drafts with a conditional update on rev', async () => {
    const drafts = new MongoDraftStore(db.db);
    const created = await drafts.create({ userId: 'u', conversationId: 'c' }, newDraft(), { lang: 'pl' });
    const moved = {
      ...created.draft,
      answers: { role: 'direct-bill' as const },
      step: 'service' as const,
      rev: 1,
    };
    expect(await drafts.replace(created.id, 0, moved)).toBe(true);
    expect(await drafts.replace(created.id, 0, { ...moved, rev: 1 })).toBe(false);
    expect((await drafts.get(created.id))?.draft).toEqual(moved);
    expect(await drafts.get('not-a-uuid')).toBeNull();
  });

  it('opens a draft stored on a step since merged into another on that step, with every answer', async () => {
    const drafts = new MongoDraftStore(db.db);
    const answers = {
      role: 'direct-bill',
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
    } as const;
    for (const [old, now] of [
      ['problem', 'service'],
      ['access', 'criteria'],
      ['severity', 'criteria'],
    ] as const) {
      const created = await drafts.create({ userId: 'u', conversationId: 'c' }, newDraft(), { lang: 'en' });
      // As an earlier version wrote it.
      await db.db
        .collection('drafts')
        .updateOne(
          { _id: created.id as never },
          { $set: { data: JSON.stringify({ answers, step: old, rev: 3, prefilled: ['severity'] }), rev: 3 } },
        );
      expect((await drafts.get(created.id))?.draft).toEqual({ answers, step: now, rev: 3 });
    }
  });

  it('forgets expired drafts', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const drafts = new MongoDraftStore(db.db, () => now);
    const created = await drafts.create({ userId: 'u', conversationId: 'c' }, newDraft(), { lang: 'pl' });
    now = new Date('2026-02-01T00:00:00Z');
    expect(await drafts.get(created.id)).toBeNull();
    expect(await drafts.deleteExpired()).toBeGreaterThanOrEqual(1);
  });

  it('records one feedback vote per user per answer, the last one counting', async () => {
    const feedback = new MongoFeedbackStore(db.db);
    const vote = { key: 'act-1:u1', entryId: 'phone', locale: 'en-US', question: 'phone?', userId: 'u1' };
    await feedback.record({ ...vote, helpful: true, at: new Date() });
    await feedback.record({ ...vote, helpful: false, at: new Date() });
    const stored = await db.db.collection('feedback').find({ entryId: 'phone' }).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ helpful: false, userId: 'u1', question: 'phone?' });
  });
});
