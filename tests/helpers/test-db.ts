/**
 * Databases for tests: a fresh in-memory PGlite cloned from one migrated template (~0.3 s),
 * or, when TEST_DATABASE_URL is set, a fresh PostgreSQL database per call.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  type Database,
  dumpPgliteTemplate,
  openDatabase,
} from '../../src/infra/db/open-database.ts';

let template: Promise<Blob | File> | undefined;

export type Engine = 'pglite' | 'postgres';

/** The engines the database tiers run on: PGlite always, PostgreSQL when configured. */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export async function freshDatabase(
  engine: Engine = 'pglite',
  onConnectionLost?: (error: Error) => void,
): Promise<Database> {
  if (engine === 'pglite') {
    template ??= dumpPgliteTemplate();
    return openDatabase({ kind: 'memory', template: await template });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `allot_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase(
    { kind: 'postgres', url: target.toString() },
    onConnectionLost,
  );
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
