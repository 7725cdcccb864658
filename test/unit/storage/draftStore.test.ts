import type { Db } from 'mongodb';
import { newDraft, type Draft } from '../../../src/domain/wizard/model';
import { DRAFT_LIFETIME_MS, MongoDraftStore } from '../../../src/storage/draftStore';

interface Doc {
  _id: string;
  rev: number;
  data: string;
  expiresAt: Date;
  [field: string]: unknown;
}
type Filter = { _id: string; rev?: number; expiresAt?: { $gt: Date } };

/** A copy as the driver would give (not structuredClone: its Dates would be another realm's under jest). */
const copy = (doc: Doc): Doc => ({ ...doc });

/**
 * The drafts collection for the filters the store uses (id, rev, expiry), in memory, counting the
 * commands it is sent; the real database is in test/integration.
 */
class FakeDrafts {
  readonly docs = new Map<string, Doc>();
  commands = 0;
  /** The next findOne answers this instead (a read the database answered before a later write). */
  overtaken?: Doc;

  private matches(doc: Doc | undefined, filter: Filter): doc is Doc {
    return (
      doc !== undefined &&
      (filter.rev === undefined || doc.rev === filter.rev) &&
      (filter.expiresAt === undefined || doc.expiresAt.getTime() > filter.expiresAt.$gt.getTime())
    );
  }
  async insertOne(doc: Doc) {
    this.commands++;
    this.docs.set(doc._id, copy(doc));
    return { acknowledged: true };
  }
  async findOne(filter: Filter) {
    this.commands++;
    const overtaken = this.overtaken;
    this.overtaken = undefined;
    if (overtaken) return copy(overtaken);
    const doc = this.docs.get(filter._id);
    return this.matches(doc, filter) ? copy(doc) : null;
  }
  async updateOne(filter: Filter, update: { $set: Partial<Doc> }) {
    this.commands++;
    const doc = this.docs.get(filter._id);
    if (!this.matches(doc, filter)) return { matchedCount: 0 };
    Object.assign(doc, update.$set);
    return { matchedCount: 1 };
  }
  async deleteOne(filter: Filter) {
    this.commands++;
    this.docs.delete(filter._id);
    return { deletedCount: 1 };
  }
  async deleteMany(filter: { expiresAt: { $lte: Date } }) {
    this.commands++;
    let deletedCount = 0;
    for (const [id, doc] of this.docs) {
      if (doc.expiresAt.getTime() <= filter.expiresAt.$lte.getTime()) {
        this.docs.delete(id);
        deletedCount++;
      }
    }
    return { deletedCount };
  }
}

const OWNER = { userId: 'aad-user-1', conversationId: 'personal-1' };
const START = new Date('2026-04-01T09:00:00Z').getTime();

function setup(limits?: { entries: number; chars: number }) {
  const collection = new FakeDrafts();
  const clock = { now: START };
  const db = { collection: () => collection } as unknown as Db;
  const store = new MongoDraftStore(db, () => new Date(clock.now), limits);
  return { collection, clock, store };
}

const moved = (draft: Draft, rev: number): Draft => ({
  ...draft,
  answers: { role: 'direct-bill' },
  step: 'service',
  rev,
});

describe('MongoDraftStore: the drafts it last read or wrote', () => {
  it('gives the draft as created, read or written, without a database command', async () => {
    const { collection, store } = setup();
    const created = await store.create(OWNER, newDraft(), { lang: 'pl' });
    const commands = collection.commands;
    expect(store.cached(created.id)).toEqual(created);

    expect(await store.replace(created.id, 0, moved(created.draft, 1))).toBe(true);
    expect(store.cached(created.id)).toEqual({ ...created, draft: moved(created.draft, 1) });
    expect(store.cached(created.id)).toEqual(await store.get(created.id));
    expect(collection.commands).toBe(commands + 2);
    expect(store.cached('not-known')).toBeUndefined();
  });

  it('writes only over the rev it was given and before the draft expires', async () => {
    const { collection, clock, store } = setup();
    const created = await store.create(OWNER, newDraft(), { lang: 'en' });
    const update = jest.spyOn(collection, 'updateOne');
    await store.replace(created.id, 0, moved(created.draft, 1));
    expect(update.mock.calls[0]?.[0]).toEqual({
      _id: created.id,
      rev: 0,
      expiresAt: { $gt: new Date(clock.now) },
    });
  });

  it('forgets its copy when a write matches nothing or fails, and when the draft is found gone', async () => {
    const { collection, store } = setup();
    const created = await store.create(OWNER, newDraft(), { lang: 'en' });
    // Another instance moved it on.
    (collection.docs.get(created.id) as Doc).rev = 5;
    expect(await store.replace(created.id, 0, moved(created.draft, 1))).toBe(false);
    expect(store.cached(created.id)).toBeUndefined();

    await store.get(created.id);
    expect(store.cached(created.id)?.draft.rev).toBe(0);
    jest.spyOn(collection, 'updateOne').mockRejectedValueOnce(new Error('timed out'));
    await expect(store.replace(created.id, 5, moved(created.draft, 6))).rejects.toThrow('timed out');
    expect(store.cached(created.id)).toBeUndefined();

    await store.get(created.id);
    collection.docs.delete(created.id);
    expect(await store.get(created.id)).toBeNull();
    expect(store.cached(created.id)).toBeUndefined();
  });

  it('forgets a draft it deletes or marks submitted', async () => {
    const { store } = setup();
    const cancelled = await store.create(OWNER, newDraft(), { lang: 'en' });
    await store.delete(cancelled.id);
    expect(store.cached(cancelled.id)).toBeUndefined();
    const submitted = await store.create(OWNER, newDraft(), { lang: 'en' });
    await store.markSubmitted(submitted.id, 'CSP-000001');
    expect(store.cached(submitted.id)).toBeUndefined();
    expect((await store.get(submitted.id))?.ticketId).toBe('CSP-000001');
    expect(store.cached(submitted.id)?.ticketId).toBe('CSP-000001');
  });

  it('keeps the later copy when a read answers with a rev it has already written over', async () => {
    const { collection, store } = setup();
    const created = await store.create(OWNER, newDraft(), { lang: 'en' });
    const before = copy(collection.docs.get(created.id) as Doc);
    await store.replace(created.id, 0, moved(created.draft, 1));
    collection.overtaken = before;
    expect((await store.get(created.id))?.draft.rev).toBe(0);
    expect(store.cached(created.id)?.draft.rev).toBe(1);
  });

  it('never gives a copy from the moment its draft expires, and clean-up forgets expired copies', async () => {
    const { clock, store } = setup();
    const first = await store.create(OWNER, newDraft(), { lang: 'en' });
    clock.now += DRAFT_LIFETIME_MS / 2;
    const second = await store.create(OWNER, newDraft(), { lang: 'en' });
    clock.now = START + DRAFT_LIFETIME_MS - 1;
    expect(store.cached(first.id)).toBeDefined();
    clock.now += 1;
    expect(store.cached(first.id)).toBeUndefined();
    expect(store.cached(second.id)).toBeDefined();
    // A write extends the expiry, of the copy too.
    expect(await store.replace(second.id, 0, moved(second.draft, 1))).toBe(true);
    clock.now += DRAFT_LIFETIME_MS - 1;
    expect(store.cached(second.id)?.draft.rev).toBe(1);
    clock.now += 1;
    expect(await store.deleteExpired()).toBe(2);
    expect(store.cached(second.id)).toBeUndefined();
  });

  it('keeps as many copies and characters as its limits allow, the least recently stored out first', async () => {
    const { store } = setup({ entries: 2, chars: 10_000 });
    const [one, two, three] = [
      await store.create(OWNER, newDraft(), { lang: 'en' }),
      await store.create(OWNER, newDraft(), { lang: 'en' }),
      await store.create(OWNER, newDraft(), { lang: 'en' }),
    ];
    expect([one, two, three].map((d) => store.cached(d.id) !== undefined)).toEqual([false, true, true]);
    // A long description is stored but not kept in memory.
    const long: Draft = {
      ...newDraft(),
      pending: { description: 'x'.repeat(8000), title: 'y'.repeat(3000) },
    };
    const heavy = await store.create(OWNER, long, { lang: 'en' });
    expect(store.cached(heavy.id)).toBeUndefined();
    expect((await store.get(heavy.id))?.draft.pending?.description).toHaveLength(8000);
  });
});

describe('MongoDraftStore: drafts written by earlier versions', () => {
  it('reads a draft from before titles were marked automatic or typed, and keeps the marks of new ones', async () => {
    const { collection, store } = setup();
    const created = await store.create(OWNER, newDraft(), { lang: 'en' });
    const details = {
      customer: { name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
      title: 'Exchange mail flow stopped',
      description: 'Exchange mail flow stopped',
      contact: { name: 'Ann Partner', email: 'ann@fabrikam.com', language: 'en' },
    };
    // As stored before: no mark on the title, and a sentence's title kept as if typed.
    const old = {
      answers: { role: 'direct-bill', service: 'office365', problemType: 'billing', details },
      step: 'details',
      rev: 4,
      pending: { title: 'Mail down', description: 'Mail down for contoso.com' },
    };
    Object.assign(collection.docs.get(created.id) as Doc, { data: JSON.stringify(old), rev: 4 });
    const fresh = new MongoDraftStore(
      { collection: () => collection } as unknown as Db,
      () => new Date(START),
    );
    expect((await fresh.get(created.id))?.draft).toEqual(old);

    const marked: Draft = {
      ...(old as Draft),
      answers: {
        ...(old as Draft).answers,
        details: { ...(old as Draft).answers.details!, titleAutomatic: true },
      },
      sentenceTitle: { title: 'Mail down', description: 'Mail down for contoso.com' },
    };
    expect(await fresh.replace(created.id, 4, { ...marked, rev: 5 })).toBe(true);
    const again = new MongoDraftStore(
      { collection: () => collection } as unknown as Db,
      () => new Date(START),
    );
    expect((await again.get(created.id))?.draft).toEqual({ ...marked, rev: 5 });
  });
});
