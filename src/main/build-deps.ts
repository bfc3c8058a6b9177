/** Composition: configuration → database → stores → the dependencies every use case receives. */
import type { AppDeps } from '../app/ports.ts';
import type { Config } from '../config.ts';
import { createArgon2Hasher } from '../infra/auth/argon2-hasher.ts';
import { createLoginThrottle } from '../infra/auth/memory-login-throttle.ts';
import { type Database, databaseTarget, openDatabase } from '../infra/db/open-database.ts';
import { createStores, createTransact } from '../infra/db/stores.ts';
import { planSpreadsheets } from '../infra/spreadsheet/plan-spreadsheets.ts';

export const systemClock = { now: () => new Date() };

export function depsFor(database: Database, sessionHours: number, clock = systemClock): AppDeps {
  return {
    stores: createStores(database.db),
    transact: createTransact(database.db),
    clock,
    hasher: createArgon2Hasher(),
    throttle: createLoginThrottle(),
    sessionHours,
    spreadsheets: planSpreadsheets,
  };
}

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredDatabase(
  config: Config,
  onConnectionLost?: (error: Error) => void,
): Promise<Database> {
  const database = await openDatabase(
    databaseTarget(config.database.url, config.database.dataDir),
    onConnectionLost,
  );
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
