import { MongoClient } from 'mongodb';
import { ETagConflictError, MongoBotStorage } from '../../src/storage/botStateStore';
import { freshDatabase, testDatabaseUri } from '../helpers/database';

describe('MongoBotStorage (real database)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let storage: MongoBotStorage;

  beforeAll(async () => {
    db = await freshDatabase();
    storage = new MongoBotStorage(db.db);
  });
  afterAll(() => db.drop());

  it('round-trips state whose keys contain dots and dollars, and nested arrays', async () => {
    const value = { 'a.b': 1, $weird: { nested: [[1, 2], [3]] }, text: 'zgłoszenie' };
    await storage.write({ 'msteams/bot/conversations/c1': value });
    const items = await storage.read(['msteams/bot/conversations/c1', 'missing']);
    expect(Object.keys(items)).toEqual(['msteams/bot/conversations/c1']);
    const { eTag, ...stored } = items['msteams/bot/conversations/c1'];
    expect(stored).toEqual(value);
    expect(typeof eTag).toBe('string');
  });

  it('is readable through a second, independent client', async () => {
    await storage.write({ 'second-client': { count: 7 } });
    const other = new MongoClient(testDatabaseUri());
    try {
      const doc = await other
        .db(db.name)
        .collection('botState')
        .findOne({ _id: 'second-client' as never });
      expect(doc).not.toBeNull();
      expect(JSON.parse(String(doc?.state))).toEqual({ count: 7 });
    } finally {
      await other.close();
    }
  });

  it('rejects a write with a stale eTag and keeps the newer value', async () => {
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k;
    const second = (await storage.read(['k'])).k;
    await storage.write({ k: { ...first, v: 2 } });
    await expect(storage.write({ k: { ...second, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    const { eTag: _eTag, ...now } = (await storage.read(['k'])).k;
    expect(now).toEqual({ v: 2 });
  });

  it('accepts a write with the current eTag, or with "*"', async () => {
    await storage.write({ w: { v: 1 } });
    const current = (await storage.read(['w'])).w;
    await storage.write({ w: { ...current, v: 2 } });
    await storage.write({ w: { v: 3, eTag: '*' } });
    expect((await storage.read(['w'])).w.v).toBe(3);
  });

  it('deletes', async () => {
    await storage.write({ gone: { v: 1 } });
    await storage.delete(['gone']);
    expect(await storage.read(['gone'])).toEqual({});
  });
});
