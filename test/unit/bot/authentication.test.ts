import { authenticateWith, bearerHeader, classifyAuthFailure } from '../../../src/bot/authentication';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln';

describe('bearerHeader', () => {
  it('accepts a bearer token shaped like a JWT', () => {
    expect(bearerHeader(`Bearer ${jwt}`)).toBe(`Bearer ${jwt}`);
  });

  it.each([
    undefined,
    '',
    'Bearer',
    `bearer ${jwt}`,
    `Basic ${jwt}`,
    'Bearer a.b',
    `Bearer ${jwt} x`,
    ['Bearer', jwt],
  ])('refuses %j', (value) => {
    expect(bearerHeader(value)).toBeUndefined();
  });

  it('refuses an oversized header without reading it', () => {
    expect(bearerHeader(`Bearer ${'a'.repeat(9000)}.b.c`)).toBeUndefined();
  });
});

describe('classifyAuthFailure', () => {
  const withStatus = (message: string, statusCode: number) =>
    Object.assign(new Error(message), { statusCode });
  it.each([
    [withStatus('Unauthorized. No valid identity.', 401), 401],
    [Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' }), 401],
    [Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' }), 401],
    [withStatus('Failed to load openID config: 500', 500), 503],
    [
      Object.assign(new Error('request to https://login.botframework.com failed'), {
        name: 'FetchError',
        code: 'ENOTFOUND',
      }),
      503,
    ],
    [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 503],
    [new TypeError('Cannot read properties of undefined'), 401],
    ['a thrown string', 401],
    [undefined, 401],
  ])('sorts %p as %i', (error, status) => {
    expect(classifyAuthFailure(error).status).toBe(status);
  });
});

describe('authenticateWith', () => {
  // Watched from before the first check, as the console is in production before the adapter starts.
  let printed: jest.SpyInstance;
  beforeAll(() => {
    printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => printed.mockRestore());
  beforeEach(() => printed.mockClear());

  it('gives the result of a check that passes', async () => {
    expect(await authenticateWith(async () => 'identity')).toEqual({ ok: true, result: 'identity' });
  });

  it('answers 503 when the check does not finish in time', async () => {
    const never = () => new Promise<never>(() => undefined);
    expect(await authenticateWith(never, 20)).toMatchObject({ ok: false, status: 503 });
  });

  it('never throws, even for a check that throws synchronously', async () => {
    const outcome = await authenticateWith(() => {
      throw Object.assign(new Error('bad'), { statusCode: 401 });
    });
    expect(outcome).toMatchObject({ ok: false, status: 401 });
  });

  it('drops what the check prints, and only that', async () => {
    await authenticateWith(async () => {
      await Promise.resolve();
      console.error('Error finding key for token. Available keys: ...');
      throw Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' });
    });
    expect(printed).not.toHaveBeenCalled();
    console.error('printed outside a check');
    expect(printed).toHaveBeenCalledWith('printed outside a check');
  });
});
