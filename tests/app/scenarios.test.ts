/**
 * The scenario suite: every `tests/scenarios/<name>.scenario.json` is replayed by the simulator
 * (the same use cases as the server, on a fresh database) and must contain what
 * `<name>.expected.json` says (results in order, matched field by field, and the final state).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/app/simulation/run-scenario.ts';
import { parseScenario } from '../../src/contracts/scenario.ts';
import { depsFor } from '../../src/main/build-deps.ts';
import { fixedClock } from '../helpers/fixed-clock.ts';
import { freshDatabase } from '../helpers/test-db.ts';

const DIR = new URL('../scenarios/', import.meta.url);
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.json'))
  .map((f) => f.replace('.scenario.json', ''))
  .sort();

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, unknown>;

describe('scenarios', () => {
  it.each(names)('%s', async (name) => {
    const parsed = parseScenario(read(`${name}.scenario.json`));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const expected = read(`${name}.expected.json`) as {
      locale?: 'zh-CN' | 'en';
      results?: unknown[];
      final?: unknown;
    };
    const database = await freshDatabase();
    try {
      const clock = fixedClock();
      const deps = depsFor(database, 24, clock);
      const result = await runScenario(
        { ...deps, clock: { now: clock.now, set: (at) => clock.set(at.toISOString()) } },
        parsed.scenario,
        expected.locale ?? 'zh-CN',
      );
      if (expected.results) {
        expect(result.results).toHaveLength(expected.results.length);
        expected.results.forEach((entry, i) => {
          expect(result.results[i]).toMatchObject(entry as object);
        });
      }
      if (expected.final) expect(result.final).toMatchObject(expected.final as object);
    } finally {
      await database.close();
    }
  });
});
