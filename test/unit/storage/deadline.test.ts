import { DatabaseTimeoutError, withDeadline } from '../../../src/storage/deadline';

class Store {
  constructor(private readonly delayMs: number) {}
  async read(value: string): Promise<string> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    return value;
  }
  async fail(): Promise<never> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    throw new Error('late failure');
  }
  name(): string {
    return 'plain';
  }
}

describe('withDeadline', () => {
  it('passes through an answer in time, and leaves methods that return no promise alone', async () => {
    const store = withDeadline(new Store(5), 'things', 500);
    await expect(store.read('a')).resolves.toBe('a');
    expect(store.name()).toBe('plain');
  });

  it('gives up after the deadline with an error naming the store and the call', async () => {
    const store = withDeadline(new Store(300), 'things', 20);
    const error = await store.read('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect(error).toMatchObject({ store: 'things', operation: 'read', ms: 20 });
  });

  it('gives a call that waits on purpose its longer limit', async () => {
    const store = withDeadline(new Store(60), 'things', 20, { read: 1_000 });
    await expect(store.read('b')).resolves.toBe('b');
  });

  it('never leaves a late failure unhandled', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const store = withDeadline(new Store(50), 'things', 10);
      await expect(store.fail()).rejects.toBeInstanceOf(DatabaseTimeoutError);
      await new Promise((r) => setTimeout(r, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
