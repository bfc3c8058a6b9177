/**
 * All configuration, read once at start from the environment. Nothing else reads process.env.
 * Every variable is documented in the README; invalid values stop the start with a message
 * naming the variable.
 */
import { z } from 'zod';

const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|memory:\/\/)/, 'must start with postgres:// or memory://')
    .optional()
    .describe('postgres://… for PostgreSQL, memory:// for a throw-away database; unset = PGlite'),
  ALLOT_DATA_DIR: z.string().min(1).default('./data').describe('PGlite data directory'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOT_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .describe('seed the demo workspace into an empty database'),
  ALLOT_SECURE_COOKIES: z
    .enum(['auto', 'true', 'false'])
    .default('auto')
    .describe('auto = Secure when the request arrived over HTTPS (X-Forwarded-Proto)'),
  ALLOT_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  ALLOT_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  ALLOT_DEMO_PASSWORD: z
    .string()
    .min(10)
    .optional()
    .describe('password of the first administrator (and demo users); random when unset'),
});

export type Config = {
  readonly database: { readonly url: string | undefined; readonly dataDir: string };
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly secureCookies: 'auto' | 'always' | 'never';
    readonly trustProxy: boolean;
    readonly sessionHours: number;
  };
  readonly logLevel: string;
  readonly seedDemo: boolean;
  readonly demoPassword: string | undefined;
};

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return Object.freeze({
    database: { url: c.DATABASE_URL, dataDir: c.ALLOT_DATA_DIR },
    http: {
      host: c.HOST,
      port: c.PORT,
      secureCookies: ({ auto: 'auto', true: 'always', false: 'never' } as const)[
        c.ALLOT_SECURE_COOKIES
      ],
      trustProxy: c.ALLOT_TRUST_PROXY === 'true',
      sessionHours: c.ALLOT_SESSION_HOURS,
    },
    logLevel: c.LOG_LEVEL,
    seedDemo: c.ALLOT_DEMO === 'true',
    demoPassword: c.ALLOT_DEMO_PASSWORD,
  });
}
