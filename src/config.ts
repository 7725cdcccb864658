import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A tenant is named by its id or by one of its domains (contoso.onmicrosoft.com). */
const tenant = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

/** True for a YYYY-MM-DD string that names a day of the calendar (no 2025-13-45, no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.enum(['true', 'false']).optional())
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** A whole number from `min` to `max`; empty or unset is `fallback`. */
const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, `a whole number from ${min} to ${max}`)
        .transform(Number)
        .pipe(
          z
            .number()
            .min(min, `a whole number from ${min} to ${max}`)
            .max(max, `a whole number from ${min} to ${max}`),
        ),
    );

/** The non-empty items of a comma-separated list, each trimmed. */
const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** One of `values`, whatever its case and the spaces around it; empty or unset is `fallback`. */
const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx): T[number] => {
      if (v === undefined || v === '') return fallback;
      const found = values.find((value) => value.toLowerCase() === v.toLowerCase());
      if (found !== undefined) return found;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `one of ${values.join(', ')}` });
      return z.NEVER;
    });

const httpsUrl = optionalString.pipe(
  z
    .string()
    .url()
    .regex(/^https:\/\//, 'must be an https:// URL')
    .optional(),
);

/** Which env/.env.<name> pair `npm start` reads; a file name part, so nothing that can climb out of env/. */
const EnvNameSchema = optionalString
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, _ or -, at most 32 characters')
      .optional(),
  )
  .transform((v) => v ?? 'local');

const EnvObject = z.object({
  PORT: integer(0, 65535, 3978),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  MONGODB_URI: optionalString.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  MONGODB_DB: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,38}$/, 'letters, digits, _ or -, at most 38 characters')
    .default('cspbot'),
  MONGODB_TIMEOUT_MS: integer(100, 120_000, 10_000),
  /** Longest wait for one database call once running; then the user is told, and may retry. */
  MONGODB_OPERATION_TIMEOUT_MS: integer(100, 60_000, 2_000),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  ENV_NAME: EnvNameSchema,
  BOT_ID: optionalString.pipe(
    z
      .string()
      .regex(guid, 'must be the app (client) id, a GUID like 00000000-0000-0000-0000-000000000000')
      .optional(),
  ),
  BOT_PASSWORD: optionalString,
  /** What the Agents Toolkit writes to env/.env.<name>.user; used when BOT_PASSWORD is not set at all. */
  SECRET_BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString.pipe(
    z.string().regex(tenant, 'must be a tenant id (GUID) or domain (contoso.onmicrosoft.com)').optional(),
  ),
  BOT_TYPE: choice(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'MultiTenant'),
  LOG_LEVEL: choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  DEFAULT_LOCALE: choice(['en', 'pl'], 'en'),
  HOLIDAYS: z
    .string()
    .trim()
    .default('')
    .transform(commaList)
    .pipe(
      z.array(
        z
          .string()
          .refine(isCalendarDate, (d) => ({ message: `${d} is not a date (comma-separated YYYY-MM-DD)` })),
      ),
    ),
  METRICS_ENABLED: flag.optional(),
  METRICS_TOKEN: optionalString.pipe(
    z
      .string()
      .min(32, 'at least 32 characters (e.g. openssl rand -hex 32)')
      .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces')
      .optional(),
  ),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString.pipe(
    z
      .string()
      .regex(
        /(^|;)\s*InstrumentationKey=[^;]+/i,
        'must contain InstrumentationKey=… (copy it from Application Insights)',
      )
      .optional(),
  ),
  PRIVACY_URL: httpsUrl,
  TERMS_URL: httpsUrl,
  /** Tenants whose users may use the bot: `*`, or tenant ids; the default is worked out below. */
  ALLOWED_TENANT_IDS: optionalString.pipe(
    z
      .string()
      .transform((v) => commaList(v).map((id) => id.toLowerCase()))
      .superRefine((ids, ctx) => {
        const bad = ids.filter((id) => id !== '*' && !guid.test(id));
        if (bad.length > 0 || (ids.includes('*') && ids.length > 1) || ids.length === 0) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `tenant ids (GUIDs) separated by commas, or * alone for any tenant${
              bad.length > 0 ? `; not a tenant id: ${bad.join(', ')}` : ''
            }`,
          });
        }
      })
      .transform((ids): '*' | readonly string[] => (ids[0] === '*' ? '*' : Object.freeze([...new Set(ids)])))
      .optional(),
  ),
  /** Microsoft Entra object ids of the users who may run `faq report` and move the ticket channel. */
  BOT_ADMINS: z
    .string()
    .trim()
    .default('')
    .transform(commaList)
    .pipe(z.array(z.string().regex(guid, 'a comma-separated list of Microsoft Entra object ids (GUIDs)')))
    .transform((ids): readonly string[] => Object.freeze([...new Set(ids.map((id) => id.toLowerCase()))])),
});

const EnvSchema = EnvObject.superRefine((env, ctx) => {
  const problem = (variable: string, message: string) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message });
  const type = `BOT_TYPE=${env.BOT_TYPE}`;
  const password = env.BOT_PASSWORD ?? env.SECRET_BOT_PASSWORD;
  if (!env.BOT_ID) {
    if (env.BOT_TYPE !== 'MultiTenant') {
      const needs = ['BOT_ID', ...(env.BOT_TYPE === 'SingleTenant' && !password ? ['BOT_PASSWORD'] : [])];
      if (!env.BOT_TENANT_ID) needs.push('BOT_TENANT_ID');
      problem(
        'BOT_ID',
        `${type} needs ${needs.join(', ')}; leave BOT_TYPE unset (MultiTenant) to run with authentication off`,
      );
    } else if (password) {
      problem('BOT_ID', 'BOT_PASSWORD (or SECRET_BOT_PASSWORD) is set without BOT_ID: set both, or neither');
    } else if (env.BOT_TENANT_ID) {
      problem('BOT_ID', 'BOT_TENANT_ID is set without BOT_ID: set both, or neither');
    }
  } else if (env.BOT_TYPE === 'UserAssignedMSI') {
    if (!env.BOT_TENANT_ID)
      problem('BOT_TENANT_ID', `${type} needs BOT_TENANT_ID (the managed identity's tenant)`);
    if (password)
      problem('BOT_PASSWORD', `${type} has no password: unset BOT_PASSWORD and SECRET_BOT_PASSWORD`);
  } else {
    if (!password)
      problem('BOT_PASSWORD', `${type} with BOT_ID set needs BOT_PASSWORD (or SECRET_BOT_PASSWORD)`);
    if (env.BOT_TYPE === 'SingleTenant' && !env.BOT_TENANT_ID)
      problem('BOT_TENANT_ID', `${type} needs BOT_TENANT_ID`);
  }
  if (env.METRICS_ENABLED === true && env.BOT_ID && !env.METRICS_TOKEN) {
    problem(
      'METRICS_ENABLED',
      'with authentication on (BOT_ID set), GET /metrics needs METRICS_TOKEN; or set METRICS_ENABLED=false',
    );
  }
  if (env.METRICS_ENABLED === false && env.METRICS_TOKEN) {
    problem('METRICS_TOKEN', 'is set but METRICS_ENABLED=false: remove one of them');
  }
  if (env.BOT_ID && !env.ALLOWED_TENANT_IDS && !guid.test(env.BOT_TENANT_ID ?? '')) {
    problem(
      'ALLOWED_TENANT_IDS',
      'with authentication on (BOT_ID set), name the tenants whose users may use the bot ' +
        '(comma-separated tenant ids, or * for any tenant), or set BOT_TENANT_ID to a tenant id',
    );
  }
}).transform(({ SECRET_BOT_PASSWORD, METRICS_ENABLED, ALLOWED_TENANT_IDS, ...env }) => ({
  ...env,
  // Any tenant with authentication off (local); with it on, the bot's own tenant unless listed.
  ALLOWED_TENANT_IDS:
    ALLOWED_TENANT_IDS ??
    (env.BOT_ID && env.BOT_TENANT_ID ? Object.freeze([env.BOT_TENANT_ID.toLowerCase()]) : ('*' as const)),
  BOT_PASSWORD: env.BOT_TYPE === 'UserAssignedMSI' ? undefined : (env.BOT_PASSWORD ?? SECRET_BOT_PASSWORD),
  // GET /metrics: on where nothing else is (authentication off, or a token guards it), else off.
  METRICS_ENABLED: METRICS_ENABLED ?? (!env.BOT_ID || env.METRICS_TOKEN !== undefined),
}));

export type Config = Readonly<z.infer<typeof EnvSchema>>;

/** Thrown when the environment is invalid; the message names every bad variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Never printed back, even in an error. */
const SECRETS = new Set([
  'BOT_PASSWORD',
  'SECRET_BOT_PASSWORD',
  'METRICS_TOKEN',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
]);

function fail(issues: z.ZodIssue[], env: NodeJS.ProcessEnv): never {
  const lines = issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const value = env[name] ?? '';
    const shown = SECRETS.has(name) && value !== '' ? '(set, not shown)' : JSON.stringify(value);
    return `  ${name}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/**
 * BOT_PASSWORD wins when it is set at all, even empty (the Playground sets it empty to turn
 * authentication off); only when it is absent does the Toolkit's SECRET_BOT_PASSWORD stand in.
 */
function withToolkitNames(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.BOT_PASSWORD === undefined ? env : { ...env, SECRET_BOT_PASSWORD: undefined };
}

/** The env/.env.<name> pair to read before the configuration is loaded (ENV_NAME, default local). */
export function envName(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = EnvNameSchema.safeParse(env.ENV_NAME);
  if (!parsed.success)
    fail(
      parsed.error.issues.map((i) => ({ ...i, path: ['ENV_NAME'] })),
      env,
    );
  return parsed.data;
}

/**
 * Variables written with their quotes (`PORT="3978"` in a Docker env file or a systemd unit, which
 * keep them), refused before anything reads them: the quotes would become part of a path or a host.
 */
function quoted(env: NodeJS.ProcessEnv): z.ZodIssue[] {
  return Object.keys(EnvObject.shape).flatMap((name): z.ZodIssue[] =>
    /^\s*(["'`]).*\1\s*$/s.test(env[name] ?? '')
      ? [{ code: z.ZodIssueCode.custom, path: [name], message: 'written with its quotes; remove them' }]
      : [],
  );
}

/** Reads and validates the configuration once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const quotes = quoted(env);
  if (quotes.length > 0) fail(quotes, env);
  const parsed = EnvSchema.safeParse(withToolkitNames(env));
  if (!parsed.success) fail(parsed.error.issues, env);
  return Object.freeze(parsed.data);
}
