import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../tests/scenarios/spec-example.scenario.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

describe('parseScenario', () => {
  it('accepts the example of the spec', () => {
    const parsed = parseScenario(example);
    expect(parsed.ok).toBe(true);
  });

  it('keeps extra lead fields for conditions', () => {
    const withExtra = {
      ...example,
      events: [
        {
          at: '2026-03-02T09:05:00+08:00',
          type: 'lead',
          lead: { id: 'L1', 渠道: '展会', custom: { budget: 5 } },
        },
      ],
    };
    const parsed = parseScenario(withExtra);
    expect(parsed.ok && parsed.scenario.events[0]).toMatchObject({
      lead: { id: 'L1', 渠道: '展会', custom: { budget: 5 } },
    });
  });

  it('reports every problem with its JSON path', () => {
    const broken = {
      ...example,
      reps: [{ id: 'A', weight: 0, colour: 'red' }],
      routing: { rules: [{ id: 'R1', method: 'random', overflow: 'elsewhere' }], fallback: 'next' },
      events: [
        { at: '2026-03-02T09:05:00+08:00', type: 'lead', lead: {} },
        { at: 'yesterday', type: 'tick' },
        { at: '2026-03-02T09:05:00+08:00', type: 'teleport' },
      ],
    };
    const parsed = parseScenario(broken);
    if (parsed.ok) throw new Error('expected problems');
    const paths = parsed.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'reps[0].weight',
        'reps[0].colour',
        'routing.rules[0].method',
        'routing.rules[0].overflow',
        'routing.fallback',
        'events[0].lead.id',
        'events[1].at',
        'events[2].type',
      ]),
    );
    expect(parsed.problems.find((p) => p.path === 'events[0].lead.id')?.message).toBe('required');
    expect(parsed.problems.find((p) => p.path === 'reps[0].colour')?.message).toBe('unknown field');
  });
});
