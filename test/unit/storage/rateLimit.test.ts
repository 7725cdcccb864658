import { RATE_LIMITED, rateLimited, retryRateLimited } from '../../../src/storage/rateLimit';

const rateLimitError = () => Object.assign(new Error('Request rate is large'), { code: RATE_LIMITED });

describe('retryRateLimited', () => {
  it('retries rate-limited attempts with growing, jittered delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryRateLimited(
      async () => {
        calls += 1;
        if (calls < 3) throw rateLimitError();
        return 'done';
      },
      { baseDelayMs: 100, sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(delays).toEqual([50, 100]);
  });

  it('gives up after the last attempt and rethrows', async () => {
    let calls = 0;
    const failing = retryRateLimited(
      async () => {
        calls += 1;
        throw rateLimitError();
      },
      { attempts: 3, sleep: async () => undefined },
    );
    await expect(failing).rejects.toMatchObject({ code: RATE_LIMITED });
    expect(calls).toBe(3);
  });

  it('never retries other errors', async () => {
    let calls = 0;
    const failing = retryRateLimited(async () => {
      calls += 1;
      throw Object.assign(new Error('duplicate'), { code: 11000 });
    });
    await expect(failing).rejects.toMatchObject({ code: 11000 });
    expect(calls).toBe(1);
  });
});

describe('rateLimited(collection)', () => {
  it('retries single-request operations and leaves the rest alone', async () => {
    let inserts = 0;
    const fake = {
      insertOne: async () => {
        inserts += 1;
        if (inserts === 1) throw rateLimitError();
        return { acknowledged: true };
      },
      find: () => 'cursor',
    };
    const wrapped = rateLimited(fake as never, { sleep: async () => undefined }) as unknown as typeof fake;
    await expect(wrapped.insertOne()).resolves.toEqual({ acknowledged: true });
    expect(inserts).toBe(2);
    expect(wrapped.find()).toBe('cursor');
  });
});
