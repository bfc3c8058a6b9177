/**
 * What every command receives from the composition root (src/main/cli.ts) and the helpers they
 * share. Commands never open a database or read the environment themselves: they ask `ctx`.
 */
import type { ZodError } from 'zod';
import { AppError, type Issue, validationError } from '../app/errors.ts';
import type { AppDeps, Stores } from '../app/ports.ts';
import type { DemoWriter } from '../app/setup/bootstrap-workspace.ts';
import type { VirtualClock } from '../app/simulation/run-scenario.ts';
import type { UserRecord, WorkspaceRecord } from '../domain/records/types.ts';

/** An open, migrated database with the dependencies of the use cases. */
export type OpenDeps = {
  readonly deps: AppDeps;
  readonly database: { readonly engine: string; readonly description: string };
  readonly demoWriter: DemoWriter;
  close(): Promise<void>;
};

export type CliContext = {
  /** Opens the configured database (DATABASE_URL / ALLOT_DATA_DIR) and applies migrations. */
  openDeps(): Promise<OpenDeps>;
  /** Starts the server and resolves once it has stopped on SIGINT or SIGTERM. */
  serve(overrides: { host?: string | undefined; port?: number | undefined }): Promise<void>;
  /** A throw-away in-memory workspace database on a virtual clock, for `simulate`. */
  openSimulation(): Promise<{ deps: AppDeps; clock: VirtualClock; close(): Promise<void> }>;
  /** Writes one line (or several) to standard output. */
  out(text: string): void;
};

/** Opens the database, runs `work`, and closes it again whatever happens. */
export async function withDeps<T>(
  ctx: CliContext,
  work: (open: OpenDeps) => Promise<T>,
): Promise<T> {
  const open = await ctx.openDeps();
  try {
    return await work(open);
  } finally {
    await open.close();
  }
}

/**
 * Turns zod issues into `validation.failed`, each issue named by the command-line option that
 * carried the field (`dataScope` → `scope`).
 */
export function invalidOptions(error: ZodError, optionOf: Record<string, string> = {}): AppError {
  const issues: Issue[] = error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return { path: optionOf[path] ?? path, message: i.message };
  });
  return validationError(issues);
}

/** Problems of an input file, each at its JSON path (`events[0].type`), naming the file. */
export function invalidFile(file: string, issues: readonly Issue[]): AppError {
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new AppError('validation.failed', `invalid input in ${file}: ${summary}`, {
    file,
    issues,
  });
}

/** `--workspace <id>` when given (must exist), else the first workspace, or null in an empty database. */
export async function selectWorkspace(
  stores: Stores,
  id: string | undefined,
): Promise<WorkspaceRecord | null> {
  if (id === undefined) return stores.workspaces.first();
  const workspace = await stores.workspaces.get(id);
  if (workspace === null) throw new AppError('workspace.not_found', `no workspace with id ${id}`);
  return workspace;
}

/** A user as the API shows it: no password hash, no workspace id. */
export function userView(user: UserRecord) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    dataScope: user.dataScope,
    teamId: user.teamId,
    repId: user.repId,
    active: user.active,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}
