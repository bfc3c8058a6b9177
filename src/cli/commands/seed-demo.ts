import { Command } from 'commander';
import { z } from 'zod';
import { newSecret } from '../../app/auth/secrets.ts';
import { AppError } from '../../app/errors.ts';
import type { Stores } from '../../app/ports.ts';
import { DEMO_SEED } from '../../app/setup/bootstrap-workspace.ts';
import { PASSWORD_MIN_LENGTH } from '../../contracts/access.ts';
import type { DemoData } from '../../domain/demo/demo-types.ts';
import { DEMO_ADMIN_EMAIL, DEMO_DEFAULTS } from '../../domain/demo/demo-types.ts';
import { generateDemo } from '../../domain/demo/generate-demo.ts';
import { type CliContext, invalidOptions, printJson, withDeps } from '../context.ts';

const whole = () => z.coerce.number({ error: 'must be a number' }).int('must be a whole number');
const size = (max: number) =>
  whole().min(0, 'must be 0 or more').max(max, `must be at most ${max}`).optional();

const SeedOptions = z.object({
  seed: whole().default(DEMO_SEED),
  reps: size(10_000),
  accounts: size(1_000_000),
  leads: size(1_000_000),
  opportunities: size(1_000_000),
  activities: size(5_000_000),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200).optional(),
});

const counts = (data: DemoData) => ({
  teams: data.teams.length,
  users: data.users.length,
  reps: data.reps.length,
  territories: data.territories.length,
  products: data.products.length,
  accounts: data.accounts.length,
  leads: data.leads.length,
  opportunities: data.opportunities.length,
  activities: data.activities.length,
});

/** `allot seed demo`: writes a generated demo workspace (ids follow from the seed). */
export function seedDemoCommand(ctx: CliContext): Command {
  const n = (what: string) =>
    `number of ${what} (default: ${DEMO_DEFAULTS[what as keyof typeof DEMO_DEFAULTS]})`;
  return new Command('demo')
    .description('generate and write a demo workspace: org, territories, accounts, leads, pipeline')
    .option(
      '--seed <n>',
      `random seed; the same seed gives the same data and ids (default: ${DEMO_SEED})`,
    )
    .option('--reps <n>', n('reps'))
    .option('--accounts <n>', n('accounts'))
    .option('--leads <n>', n('leads'))
    .option('--opportunities <n>', n('opportunities'))
    .option('--activities <n>', n('activities'))
    .option(
      '--password <password>',
      'password of every demo user (default: a random one, printed once)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: Record<string, string | true | undefined>) => {
      const parsed = SeedOptions.safeParse(options);
      if (!parsed.success) throw invalidOptions(parsed.error);
      const { seed, password: given, ...sizes } = parsed.data;
      const password = given ?? newSecret().slice(0, 16);

      const result = await withDeps(ctx, async ({ deps, demoWriter }) => {
        const data = generateDemo({ seed, now: deps.clock.now(), ...sizes });
        await refuseExisting(deps.stores, data, seed);
        await demoWriter.write(data, await deps.hasher.hash(password));
        return { workspaceId: data.workspace.id, seed, counts: counts(data) };
      });

      const admin = {
        email: DEMO_ADMIN_EMAIL,
        password: given === undefined ? password : undefined,
      };
      if (options.json) return printJson(ctx, { ...result, admin });
      ctx.out(`Demo workspace ${result.workspaceId} (seed ${seed}) written:`);
      for (const [what, count] of Object.entries(result.counts))
        ctx.out(`  ${what.padEnd(14)}${count}`);
      ctx.out(`Sign in with:\n  e-mail:   ${DEMO_ADMIN_EMAIL}`);
      ctx.out(
        given === undefined
          ? `  password: ${password}\n  (every demo user shares this password; it is shown only now)`
          : '  password: the one given with --password (shared by every demo user)',
      );
    });
}

/**
 * Refuses before writing anything: the demo's ids follow from the seed, and its users'
 * e-mails (admin@demo.allot.local first) are unique across the database.
 */
async function refuseExisting(stores: Stores, data: DemoData, seed: number): Promise<void> {
  const adminTaken = (await stores.users.findByEmail(DEMO_ADMIN_EMAIL)) !== null;
  if ((await stores.workspaces.get(data.workspace.id)) !== null) {
    const hint = adminTaken
      ? `every demo uses ${DEMO_ADMIN_EMAIL}, so seed another demo into a fresh database (ALLOT_DATA_DIR=<new dir>)`
      : `choose another seed, e.g. --seed ${seed + 1}`;
    throw new AppError(
      'workspace.exists',
      `a demo workspace from seed ${seed} (${data.workspace.id}) already exists: ${hint}`,
      { workspaceId: data.workspace.id, seed },
    );
  }
  for (const user of data.users) {
    if ((await stores.users.findByEmail(user.email)) !== null) {
      throw new AppError(
        'user.email_taken',
        `e-mail ${user.email} of the demo is already used: seed the demo into a fresh database (ALLOT_DATA_DIR=<new dir>)`,
        {
          issues: [{ path: 'email', message: `${user.email} already used` }],
        },
      );
    }
  }
}
