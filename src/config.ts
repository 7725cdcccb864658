import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const objectId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
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
  MONGODB_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['en', 'pl']).default('en'),
  HOLIDAYS: z
    .string()
    .trim()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(isoDate, 'a comma-separated list of YYYY-MM-DD dates'))),
  /** Microsoft Entra object ids of the users who may run `faq report`. */
  BOT_ADMINS: z
    .string()
    .trim()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(objectId, 'a comma-separated list of Microsoft Entra object ids (GUIDs)')))
    .transform((ids): readonly string[] => Object.freeze([...new Set(ids.map((id) => id.toLowerCase()))])),
});

export type Config = Readonly<z.infer<typeof EnvSchema>>;

/** Thrown when the environment is invalid; the message names every bad variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the configuration once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.BOT_TYPE !== 'UserAssignedMSI' && config.BOT_ID && !config.BOT_PASSWORD) {
    throw new ConfigError(
      `Invalid configuration:\n  BOT_PASSWORD: required when BOT_ID is set and BOT_TYPE is ${config.BOT_TYPE}`,
    );
  }
  if (config.BOT_TYPE === 'SingleTenant' && config.BOT_ID && !config.BOT_TENANT_ID) {
    throw new ConfigError('Invalid configuration:\n  BOT_TENANT_ID: required when BOT_TYPE is SingleTenant');
  }
  return Object.freeze(config);
}
