import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/infra/db/data-dir-lock.ts';
import { openDatabase } from '../../src/infra/db/open-database.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'allot-lock-'));

describe('the PGlite data directory lock', () => {
  it('refuses a second holder while the first lives, naming the directory and the process', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'allot.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(new DataDirInUseError(dir, process.pid));
    expect(() => lockDataDir(dir)).toThrow(`database ${dir} is in use by process ${process.pid}`);
    release();
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'allot.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'allot.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('keeps the data across close and reopen, and holds the lock while open', async () => {
    const dir = tempDir();
    const first = await openDatabase({ kind: 'dir', dataDir: dir });
    await first.migrate();
    await expect(openDatabase({ kind: 'dir', dataDir: dir })).rejects.toThrow(
      /is in use by process/,
    );
    await first.db.execute("insert into workspaces (name) values ('持久化')");
    await first.close();
    const second = await openDatabase({ kind: 'dir', dataDir: dir });
    const result = (await second.db.execute('select name from workspaces')) as unknown as {
      rows: { name: string }[];
    };
    expect(result.rows.map((r) => r.name)).toEqual(['持久化']);
    await second.close();
  });
});
