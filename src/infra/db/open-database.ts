/**
 * Chooses the engine from the configuration: PostgreSQL for postgres:// URLs, in-memory PGlite
 * for memory://, otherwise PGlite in a data directory guarded by a lock file. Migrations are the
 * same SQL files on every engine.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  readonly description: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'memory'; template?: Blob | File }
  | { kind: 'dir'; dataDir: string };

export function databaseTarget(url: string | undefined, dataDir: string): DatabaseTarget {
  if (url === undefined) return { kind: 'dir', dataDir };
  if (url.startsWith('memory://')) return { kind: 'memory' };
  return { kind: 'postgres', url };
}

/**
 * `onConnectionLost` hears of an idle PostgreSQL connection the server closed (a restart, a
 * dropped database): the pool has already discarded it and the next query opens a fresh one.
 */
export async function openDatabase(
  target: DatabaseTarget,
  onConnectionLost: (error: Error) => void = () => {},
): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    pool.on('error', onConnectionLost);
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      description: redact(target.url),
      migrate: async () => {
        await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      },
      close: () => pool.end(),
    };
  }
  const release = target.kind === 'dir' ? lockDataDir(target.dataDir) : () => {};
  try {
    const client =
      target.kind === 'dir'
        ? await PGlite.create(target.dataDir)
        : await PGlite.create(target.template ? { loadDataDir: target.template } : {});
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      description: target.kind === 'dir' ? target.dataDir : 'memory://',
      migrate: async () => {
        await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Dumps a migrated in-memory PGlite so tests can clone it in ~0.3 s instead of migrating. */
export async function dumpPgliteTemplate(): Promise<Blob | File> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
