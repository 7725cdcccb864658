import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, envName, isCalendarDate, loadConfig } from '../../src/config';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const TENANT = '11111111-2222-3333-4444-555555555555';
const TOKEN = 'a'.repeat(32);

/** The message loadConfig throws for `env`, or '' when it accepts it. */
function rejection(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

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
      ENV_NAME: 'local',
      METRICS_ENABLED: true,
    });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.BOT_ID).toBeUndefined();
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      MONGODB_URI: 'mongodb+srv://u:p@cluster.example.net/',
      MONGODB_DB: 'prod_bot',
      ENV_NAME: 'dev',
      BOT_ID: APP_ID,
      BOT_PASSWORD: 'secret',
      BOT_TENANT_ID: 'contoso.onmicrosoft.com',
      BOT_TYPE: 'SingleTenant',
      LOG_LEVEL: 'debug',
      DEFAULT_LOCALE: 'pl',
      HOLIDAYS: '2026-12-25, 2026-12-26',
      METRICS_ENABLED: 'TRUE',
      METRICS_TOKEN: TOKEN,
      APPLICATIONINSIGHTS_CONNECTION_STRING:
        'InstrumentationKey=abc;IngestionEndpoint=https://in.example.com/',
      PRIVACY_URL: 'https://contoso.example.com/privacy',
      TERMS_URL: 'https://contoso.example.com/terms',
      ALLOWED_TENANT_IDS: `${TENANT.toUpperCase()}, 11111111-2222-4333-8444-555555555555`,
      BOT_ADMINS: '6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D',
    });
    expect(config.ALLOWED_TENANT_IDS).toEqual([TENANT.toLowerCase(), '11111111-2222-4333-8444-555555555555']);
    expect(config.BOT_ADMINS).toEqual(['6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d']);
    expect(config.PORT).toBe(8080);
    expect(config.BOT_TYPE).toBe('SingleTenant');
    expect(config.BOT_TENANT_ID).toBe('contoso.onmicrosoft.com');
    expect(config.HOLIDAYS).toEqual(['2026-12-25', '2026-12-26']);
    expect(config.ENV_NAME).toBe('dev');
    expect(config.METRICS_ENABLED).toBe(true);
    expect(config.METRICS_TOKEN).toBe(TOKEN);
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).toMatch(/^InstrumentationKey=abc/);
    expect(config.PRIVACY_URL).toBe('https://contoso.example.com/privacy');
    expect(config.TERMS_URL).toBe('https://contoso.example.com/terms');
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
    [{ ENV_NAME: '../secrets' }, 'ENV_NAME'],
    [{ BOT_ID: 'app-id', BOT_PASSWORD: 'x' }, 'BOT_ID'],
    [
      { BOT_ID: APP_ID, BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant', BOT_TENANT_ID: 'not a tenant' },
      'BOT_TENANT_ID',
    ],
    [{ METRICS_ENABLED: 'yes' }, 'METRICS_ENABLED'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [
      { APPLICATIONINSIGHTS_CONNECTION_STRING: 'https://in.example.com/' },
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
    ],
    [{ PRIVACY_URL: 'http://contoso.example.com/privacy' }, 'PRIVACY_URL'],
    [{ TERMS_URL: 'not a url' }, 'TERMS_URL'],
  ])('rejects the value of %j naming %s', (env, name) => {
    expect(rejection(env)).toMatch(new RegExp(`^  ${name}=`, 'm'));
  });

  describe('holidays', () => {
    it.each(['2025-13-45', '2025-02-30', '2025-04-31', '2025-00-10', '2025-01-00', '2025-1-5'])(
      'rejects %s, naming it',
      (date) => {
        const message = rejection({ HOLIDAYS: `2025-12-25,${date}` });
        expect(message).toMatch(/^ {2}HOLIDAYS=/m);
        expect(message).toContain(`${date} is not a date`);
      },
    );

    it('accepts 29 February in a leap year only', () => {
      expect(loadConfig({ HOLIDAYS: '2028-02-29' }).HOLIDAYS).toEqual(['2028-02-29']);
      expect(rejection({ HOLIDAYS: '2027-02-29' })).toContain('2027-02-29 is not a date');
    });

    it('knows calendar dates', () => {
      expect(isCalendarDate('2026-12-31')).toBe(true);
      expect(isCalendarDate('2026-12-32')).toBe(false);
      expect(isCalendarDate('2026-12-3')).toBe(false);
    });
  });

  describe('bot authentication', () => {
    it('is off with no BOT_ID and MultiTenant', () => {
      const config = loadConfig({ BOT_ID: '', BOT_PASSWORD: '' });
      expect(config.BOT_ID).toBeUndefined();
      expect(config.BOT_PASSWORD).toBeUndefined();
    });

    it.each([
      [
        { BOT_TYPE: 'SingleTenant' },
        'BOT_ID',
        'BOT_TYPE=SingleTenant needs BOT_ID, BOT_PASSWORD, BOT_TENANT_ID;',
      ],
      [{ BOT_TYPE: 'SingleTenant', BOT_TENANT_ID: TENANT, BOT_PASSWORD: 'x' }, 'BOT_ID', 'needs BOT_ID;'],
      [{ BOT_TYPE: 'UserAssignedMSI' }, 'BOT_ID', 'BOT_TYPE=UserAssignedMSI needs BOT_ID, BOT_TENANT_ID;'],
      [{ BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT }, 'BOT_ID', 'needs BOT_ID;'],
      [{ BOT_TYPE: 'UserAssignedMSI', BOT_ID: APP_ID }, 'BOT_TENANT_ID', 'needs BOT_TENANT_ID'],
      [
        { BOT_TYPE: 'UserAssignedMSI', BOT_ID: APP_ID, BOT_TENANT_ID: TENANT, BOT_PASSWORD: 'x' },
        'BOT_PASSWORD',
        'has no password',
      ],
      [{ BOT_PASSWORD: 'x' }, 'BOT_ID', 'BOT_PASSWORD (or SECRET_BOT_PASSWORD) is set without BOT_ID'],
      [{ SECRET_BOT_PASSWORD: 'x' }, 'BOT_ID', 'is set without BOT_ID'],
      [{ BOT_TENANT_ID: TENANT }, 'BOT_ID', 'BOT_TENANT_ID is set without BOT_ID'],
      [{ BOT_ID: APP_ID }, 'BOT_PASSWORD', 'BOT_TYPE=MultiTenant with BOT_ID set needs BOT_PASSWORD'],
      [
        { BOT_ID: APP_ID, BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant' },
        'BOT_TENANT_ID',
        'needs BOT_TENANT_ID',
      ],
    ])('rejects %j naming %s', (env, name, reason) => {
      const message = rejection(env);
      expect(message).toMatch(new RegExp(`^  ${name}=`, 'm'));
      expect(message).toContain(reason);
    });

    it('accepts each complete combination', () => {
      expect(loadConfig({ ALLOWED_TENANT_IDS: '*', BOT_ID: APP_ID, BOT_PASSWORD: 'x' }).BOT_TYPE).toBe(
        'MultiTenant',
      );
      expect(
        loadConfig({
          ALLOWED_TENANT_IDS: '*',
          BOT_ID: APP_ID,
          BOT_PASSWORD: 'x',
          BOT_TYPE: 'SingleTenant',
          BOT_TENANT_ID: TENANT,
        }).BOT_TENANT_ID,
      ).toBe(TENANT);
      const msi = loadConfig({
        ALLOWED_TENANT_IDS: '*',
        BOT_ID: APP_ID,
        BOT_TYPE: 'UserAssignedMSI',
        BOT_TENANT_ID: TENANT,
      });
      expect(msi.BOT_TYPE).toBe('UserAssignedMSI');
      expect(msi.BOT_PASSWORD).toBeUndefined();
    });

    it("reads the Agents Toolkit's SECRET_BOT_PASSWORD when BOT_PASSWORD is not set", () => {
      expect(
        loadConfig({ ALLOWED_TENANT_IDS: '*', BOT_ID: APP_ID, SECRET_BOT_PASSWORD: 'from-toolkit' })
          .BOT_PASSWORD,
      ).toBe('from-toolkit');
      expect(
        loadConfig({
          ALLOWED_TENANT_IDS: '*',
          BOT_ID: APP_ID,
          SECRET_BOT_PASSWORD: 'from-toolkit',
          BOT_PASSWORD: 'own',
        }).BOT_PASSWORD,
      ).toBe('own');
    });

    it('lets an empty BOT_PASSWORD turn a left-over SECRET_BOT_PASSWORD off (the Playground)', () => {
      const config = loadConfig({ BOT_ID: '', BOT_PASSWORD: '', SECRET_BOT_PASSWORD: 'left-over' });
      expect(config.BOT_ID).toBeUndefined();
      expect(config.BOT_PASSWORD).toBeUndefined();
    });

    it('never prints a password back', () => {
      const message = rejection({ BOT_PASSWORD: 'hunter2-secret', SECRET_BOT_PASSWORD: 'other-secret' });
      expect(message).toContain('BOT_ID');
      expect(message).not.toContain('hunter2-secret');
      const msi = rejection({
        BOT_TYPE: 'UserAssignedMSI',
        BOT_ID: APP_ID,
        BOT_TENANT_ID: TENANT,
        BOT_PASSWORD: 'hunter2-secret',
      });
      expect(msi).toContain('BOT_PASSWORD=(set, not shown)');
      expect(msi).not.toContain('hunter2-secret');
    });
  });

  describe('tenants', () => {
    it('lets any tenant in with authentication off (local), unless a list is given', () => {
      expect(loadConfig({}).ALLOWED_TENANT_IDS).toBe('*');
      expect(loadConfig({ ALLOWED_TENANT_IDS: TENANT }).ALLOWED_TENANT_IDS).toEqual([TENANT.toLowerCase()]);
    });

    it("with authentication on, defaults to the bot's own tenant", () => {
      const config = loadConfig({
        BOT_ID: APP_ID,
        BOT_PASSWORD: 'x',
        BOT_TYPE: 'SingleTenant',
        BOT_TENANT_ID: TENANT,
      });
      expect(config.ALLOWED_TENANT_IDS).toEqual([TENANT.toLowerCase()]);
      expect(
        loadConfig({ BOT_ID: APP_ID, BOT_PASSWORD: 'x', ALLOWED_TENANT_IDS: '*' }).ALLOWED_TENANT_IDS,
      ).toBe('*');
    });

    it('refuses to start with authentication on and no tenant to allow', () => {
      expect(rejection({ BOT_ID: APP_ID, BOT_PASSWORD: 'x' })).toMatch(
        /^ {2}ALLOWED_TENANT_IDS=.*name the tenants/m,
      );
      expect(
        rejection({
          BOT_ID: APP_ID,
          BOT_PASSWORD: 'x',
          BOT_TYPE: 'SingleTenant',
          BOT_TENANT_ID: 'contoso.onmicrosoft.com',
        }),
      ).toMatch(/^ {2}ALLOWED_TENANT_IDS=/m);
    });

    it.each(['contoso', '*,' + '11111111-2222-4333-8444-555555555555', ' , '])(
      'rejects %j, naming it',
      (value) => {
        expect(rejection({ ALLOWED_TENANT_IDS: value })).toMatch(/^ {2}ALLOWED_TENANT_IDS=/m);
      },
    );
  });

  describe('metrics', () => {
    it('are on without authentication and off with it, unless a token guards them', () => {
      expect(loadConfig({}).METRICS_ENABLED).toBe(true);
      expect(loadConfig({ ALLOWED_TENANT_IDS: '*', BOT_ID: APP_ID, BOT_PASSWORD: 'x' }).METRICS_ENABLED).toBe(
        false,
      );
      expect(
        loadConfig({ ALLOWED_TENANT_IDS: '*', BOT_ID: APP_ID, BOT_PASSWORD: 'x', METRICS_TOKEN: TOKEN })
          .METRICS_ENABLED,
      ).toBe(true);
      expect(loadConfig({ METRICS_ENABLED: 'false' }).METRICS_ENABLED).toBe(false);
    });

    it('refuses to serve them openly with authentication on', () => {
      const message = rejection({ BOT_ID: APP_ID, BOT_PASSWORD: 'x', METRICS_ENABLED: 'true' });
      expect(message).toMatch(/^ {2}METRICS_ENABLED=/m);
      expect(message).toContain('needs METRICS_TOKEN');
    });

    it('refuses a token for metrics that are off', () => {
      expect(rejection({ METRICS_ENABLED: 'false', METRICS_TOKEN: TOKEN })).toMatch(/^ {2}METRICS_TOKEN=/m);
    });
  });

  it('treats an empty number as unset (its default), not as 0', () => {
    const config = loadConfig({ PORT: '', MONGODB_TIMEOUT_MS: ' ', MONGODB_OPERATION_TIMEOUT_MS: '' });
    expect(config.PORT).toBe(3978);
    expect(config.MONGODB_TIMEOUT_MS).toBe(10_000);
    expect(config.MONGODB_OPERATION_TIMEOUT_MS).toBe(2_000);
    expect(loadConfig({ PORT: ' 4000 ' }).PORT).toBe(4000);
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(rejection({ PORT: 'eighty' })).toMatch(/PORT="eighty": a whole number from 0 to 65535/);
    expect(rejection({ PORT: '4000.5' })).toMatch(/PORT="4000.5": a whole number from 0 to 65535/);
    expect(rejection({ MONGODB_TIMEOUT_MS: '50' })).toMatch(
      /MONGODB_TIMEOUT_MS="50": a whole number from 100/,
    );
  });

  it('reads a choice with spaces around it, in any case', () => {
    expect(loadConfig({ LOG_LEVEL: ' INFO ', DEFAULT_LOCALE: 'PL', BOT_TYPE: ' multitenant' })).toMatchObject(
      { LOG_LEVEL: 'info', DEFAULT_LOCALE: 'pl', BOT_TYPE: 'MultiTenant' },
    );
    expect(loadConfig({ LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
    expect(rejection({ LOG_LEVEL: 'verbose' })).toMatch(
      /LOG_LEVEL="verbose": one of fatal, error, warn, info, debug, trace, silent/,
    );
  });

  it('refuses a value written with its quotes, saying to remove them', () => {
    for (const [name, value] of [
      ['PORT', '"4000"'],
      ['HOST', '"0.0.0.0"'],
      ['DATA_DIR', "'/var/lib/bot'"],
      ['MONGODB_URI', '"mongodb://db:27017/"'],
      ['DEFAULT_LOCALE', '"pl"'],
    ] as const) {
      expect(rejection({ [name]: value })).toContain(
        `${name}=${JSON.stringify(value)}: written with its quotes; remove them`,
      );
    }
    // A secret is not printed back, quoted or not.
    const message = rejection({ BOT_ID: APP_ID, BOT_PASSWORD: '"s3cret"', ALLOWED_TENANT_IDS: '*' });
    expect(message).toContain('BOT_PASSWORD=(set, not shown): written with its quotes; remove them');
    expect(message).not.toContain('s3cret');
    // Quotes inside a value are the value's own.
    expect(loadConfig({ DATA_DIR: "/var/lib/bot's data" }).DATA_DIR).toBe("/var/lib/bot's data");
  });

  it('treats an empty MONGODB_URI as unset (embedded database)', () => {
    expect(loadConfig({ MONGODB_URI: '  ' }).MONGODB_URI).toBeUndefined();
  });
});

describe('the committed env files', () => {
  const file = (name: string) => dotenv.parse(readFileSync(join(__dirname, '..', '..', 'env', name), 'utf8'));

  it('run locally and in the Playground with authentication off', () => {
    expect(loadConfig(file('.env.local')).BOT_ID).toBeUndefined();
    const playground = loadConfig({ ...file('.env.playground'), SECRET_BOT_PASSWORD: 'left over' });
    expect([playground.BOT_ID, playground.BOT_PASSWORD]).toEqual([undefined, undefined]);
  });

  it('stop dev at start-up, naming what provisioning fills, until it has', () => {
    const message = rejection(file('.env.dev'));
    expect(message).toMatch(/^ {2}BOT_ID="": BOT_TYPE=UserAssignedMSI needs BOT_ID, BOT_TENANT_ID;/m);
    const provisioned = { ...file('.env.dev'), BOT_ID: APP_ID, BOT_TENANT_ID: TENANT };
    expect(loadConfig(provisioned).BOT_TYPE).toBe('UserAssignedMSI');
  });
});

describe('envName', () => {
  it('defaults to local and reads ENV_NAME through the same rule', () => {
    expect(envName({})).toBe('local');
    expect(envName({ ENV_NAME: '' })).toBe('local');
    expect(envName({ ENV_NAME: 'playground' })).toBe('playground');
    expect(() => envName({ ENV_NAME: '../../etc/passwd' })).toThrow(/ENV_NAME="\.\.\/\.\.\/etc\/passwd"/);
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
