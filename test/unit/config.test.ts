import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      MONGODB_DB: 'cspbot',
      BOT_TYPE: 'MultiTenant',
      LOG_LEVEL: 'info',
      DEFAULT_LOCALE: 'en',
      HOLIDAYS: [],
    });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.BOT_ID).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      MONGODB_URI: 'mongodb+srv://u:p@cluster.example.net/',
      MONGODB_DB: 'prod_bot',
      BOT_ID: '00000000-0000-0000-0000-000000000001',
      BOT_PASSWORD: 'secret',
      BOT_TENANT_ID: 'tenant',
      BOT_TYPE: 'SingleTenant',
      LOG_LEVEL: 'debug',
      DEFAULT_LOCALE: 'pl',
      HOLIDAYS: '2026-12-25, 2026-12-26',
    });
    expect(config.PORT).toBe(8080);
    expect(config.BOT_TYPE).toBe('SingleTenant');
    expect(config.HOLIDAYS).toEqual(['2026-12-25', '2026-12-26']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URI: 'http://localhost' }, 'MONGODB_URI'],
    [{ BOT_TYPE: 'Tenant' }, 'BOT_TYPE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE'],
    [{ MONGODB_DB: 'has space' }, 'MONGODB_DB'],
    [{ HOLIDAYS: '25/12/2026' }, 'HOLIDAYS'],
    [{ BOT_ID: 'app-id' }, 'BOT_PASSWORD'],
    [{ BOT_ID: 'app-id', BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant' }, 'BOT_TENANT_ID'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('treats an empty MONGODB_URI as unset (embedded database)', () => {
    expect(loadConfig({ MONGODB_URI: '  ' }).MONGODB_URI).toBeUndefined();
  });

  it('does not need a password for a managed identity', () => {
    expect(loadConfig({ BOT_ID: 'app', BOT_TYPE: 'UserAssignedMSI' }).BOT_TYPE).toBe('UserAssignedMSI');
  });
});

describe('BOT_ADMINS', () => {
  const ADMIN = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  it('is empty by default', () => {
    expect(loadConfig({}).BOT_ADMINS).toEqual([]);
  });

  it('reads a comma-separated list of Entra object ids, lower-cased, each once', () => {
    const config = loadConfig({
      BOT_ADMINS: ` ${ADMIN.toUpperCase()}, ${ADMIN} ,00000000-0000-0000-0000-000000000002,`,
    });
    expect(config.BOT_ADMINS).toEqual([ADMIN, '00000000-0000-0000-0000-000000000002']);
    expect(Object.isFrozen(config.BOT_ADMINS)).toBe(true);
  });

  it.each(['ada@contoso.com', 'aad-user-1', `${ADMIN};${ADMIN}`])(
    'rejects %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ BOT_ADMINS: value })).toThrow(/\bBOT_ADMINS\b.*Entra object ids/);
    },
  );
});
