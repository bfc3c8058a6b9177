/**
 * `allot plan FILE` as a user runs it: `node bin/allot.mjs plan …` in a child process. The
 * command needs no database; the file holds the whole plan.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { envFor, runCli } from '../helpers/run-cli.ts';

const PLANS = fileURLToPath(new URL('../plans/', import.meta.url));
const EXAMPLE = join(PLANS, 'spec-example.plan.json');

const dir = mkdtempSync(join(tmpdir(), 'allot-plan-'));
// A plan never opens the database: point it somewhere that does not exist.
const env = envFor(join(dir, 'never-opened'));
const run = (args: string[]) => runCli(args, env, dir);

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Target = { unit: string; metric: string; value: number; text: string };

describe('allot plan', () => {
  it('computes the spec example and prints the worked result', async () => {
    const res = await run(['plan', EXAMPLE]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toEqual(
      JSON.parse(readFileSync(join(PLANS, 'spec-example.expected.json'), 'utf8')),
    );
    expect(out.format).toBe('allot.plan-result/1');
    const revenue = out.targets.filter((t: Target) => t.metric === 'revenue');
    expect(revenue.map((t: Target) => [t.unit, t.value])).toEqual([
      ['A', 543.13],
      ['B', 150.16],
      ['C', 306.71],
    ]);
    expect(revenue[0].text).toMatch(/^张伟 · 销售额目标 543\.13 CNY：按市场潜力占 50%/);
    expect(out.rollup[0]).toEqual({
      team: 'east',
      metric: 'revenue',
      value: 693.29,
      target: 600,
      overAssignment: 0.1555,
    });
  });

  it('explains in English with --locale en', async () => {
    const res = await run(['plan', EXAMPLE, '--locale', 'en']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.targets[0].text).toMatch(/^张伟 · 销售额 target 543\.13 CNY: 50% by potential/);
    expect(out.warnings[0].text).toContain('relative difficulty above 1.2');
  });

  it('writes the result to --out and prints nothing', async () => {
    const file = join(dir, 'result.json');
    const res = await run(['plan', EXAMPLE, '--out', file]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).targets).toHaveLength(6);
  });

  it('refuses an invalid plan with exit 2 and every problem at its JSON path', async () => {
    const file = write('bad.plan.json', {
      format: 'allot.plan/1',
      period: { start: '2026-01-01', end: '2026-12-31', split: 'quarter' },
      metrics: [{ id: 'revenue', kind: 'amount', target: -5, precision: 0.01 }],
      units: [{ id: 'A', ramp: 1.5, potential: 'high' }],
      adjustments: [{ unit: 'A', metric: 'revenue', value: 10 }],
      colour: 'blue',
    });
    const res = await run(['plan', file, '--json']);
    expect(res.code).toBe(2);
    const paths = JSON.parse(res.stdout).error.details.issues.map((i: { path: string }) => i.path);
    expect(paths.sort()).toEqual(
      [
        'colour',
        'metrics[0].target',
        'units[0].ramp',
        'units[0].potential',
        'adjustments[0].comment',
      ].sort(),
    );
  });

  it('refuses references that do not hold, seasonality of the wrong length included', async () => {
    const file = write('refs.plan.json', {
      format: 'allot.plan/1',
      period: { start: '2026-01-01', end: '2026-12-31', split: 'quarter' },
      seasonality: [1, 1, 1],
      metrics: [{ id: 'revenue', kind: 'amount', target: 100, precision: 1 }],
      units: [{ id: 'A', team: 'east' }],
      teams: [{ id: 'west' }],
      adjustments: [{ unit: 'Z', metric: 'revenue', value: 10, comment: '大单' }],
    });
    const res = await run(['plan', file]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('\n  seasonality: needs 4 weights, one per quarter; got 3');
    expect(res.stderr).toContain('\n  units[0].team: unknown team east');
    expect(res.stderr).toContain('\n  adjustments[0].unit: unknown unit Z');
  });

  it('refuses a driver whose inputs sum to 0, and an unknown locale', async () => {
    const file = write('zero.plan.json', {
      format: 'allot.plan/1',
      period: { start: '2026-01-01', end: '2026-03-31' },
      metrics: [{ id: 'revenue', kind: 'amount', target: 100, precision: 1 }],
      units: [{ id: 'A' }, { id: 'B' }],
      method: { drivers: [{ driver: 'history', weight: 1 }] },
    });
    const zero = await run(['plan', file]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain(
      '\n  method.drivers[0].driver: the history inputs of revenue sum to 0',
    );
    const locale = await run(['plan', file, '--locale', 'fr']);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('--locale: must be zh-CN or en');
  });

  it('says when the file is not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": ');
    const res = await run(['plan', file]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('is not JSON');
  });
});
