import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo.ts';
import { CITIES } from './geography.ts';
import { DAY_MS } from './time.ts';

const NOW = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Shanghai
const demo = generateDemo({ seed: 20260301, now: NOW });

describe('generateDemo organisation a manager would recognise', () => {
  it('has about five reps hired in the last 90 days, and the rest hired earlier', () => {
    const today = Date.parse('2026-03-02T00:00:00Z');
    const recent = demo.reps.filter(
      (r) => today - Date.parse(`${r.hiredOn}T00:00:00Z`) <= 90 * DAY_MS,
    );
    expect(recent).toHaveLength(5);
    for (const r of recent) expect(r.level).toBe('junior');
    const oldest = Math.min(...demo.reps.map((r) => Date.parse(`${r.hiredOn}T00:00:00Z`)));
    expect(today - oldest).toBeGreaterThan(4 * 365 * DAY_MS);
  });

  it('mixes levels, caps, tags, weights and away windows around now', () => {
    const levels = new Set(demo.reps.map((r) => r.level));
    expect([...levels].sort()).toEqual(['junior', 'regular', 'senior']);
    expect(demo.reps.some((r) => r.capPerDay !== null)).toBe(true);
    expect(demo.reps.some((r) => r.maxOpen === null)).toBe(true);
    expect(demo.reps.some((r) => r.tags.includes('en'))).toBe(true);
    expect(new Set(demo.reps.map((r) => r.weight)).size).toBeGreaterThan(2);
    const away = demo.reps.flatMap((r) => r.away);
    expect(away.length).toBeGreaterThanOrEqual(2);
    const awayNow = demo.reps.filter((r) =>
      r.away.some((w) => Date.parse(w.from) <= NOW.getTime() && NOW.getTime() < Date.parse(w.to)),
    );
    expect(awayNow.length).toBeGreaterThanOrEqual(1);
    for (const r of demo.reps)
      expect(r.attrs).toMatchObject({ region: expect.any(String), industries: expect.any(Array) });
  });

  it('owns each account by a rep of its region, with mainland phone numbers and unique domains', () => {
    const teamById = new Map(demo.teams.map((t) => [t.id, t]));
    const regionOfCity = new Map(CITIES.map((c) => [c.name, `${c.region}大区`]));
    for (const a of demo.accounts) {
      const rep = demo.reps.find((r) => r.id === a.ownerRepId);
      const expected = regionOfCity.get(a.region ?? '');
      expect(expected).toBeDefined();
      if (rep)
        expect(teamById.get(teamById.get(rep.teamId ?? '')?.parentId ?? '')?.name).toBe(expected);
      for (const phone of a.phones)
        expect(phone).toMatch(/^(0\d{2,3}-[2-8]\d{6,7}|\+86 1\d{2}-\d{4}-\d{4})$/);
    }
    const domains = demo.accounts.map((a) => a.domain);
    expect(new Set(domains).size).toBe(domains.length);
    expect(new Set(demo.accounts.map((a) => a.name)).size).toBe(demo.accounts.length);
  });

  it('spreads leads over statuses and the past twelve months', () => {
    const statuses = new Set(demo.leads.map((l) => l.status));
    expect([...statuses].sort()).toEqual(['assigned', 'closed', 'held', 'new', 'working']);
    const ages = demo.leads.map((l) => NOW.getTime() - l.createdAt.getTime());
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeGreaterThan(300 * DAY_MS);
    expect(Math.max(...ages)).toBeLessThanOrEqual(365 * DAY_MS);
    for (const l of demo.leads) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(100);
      expect(l.custom).toHaveProperty('渠道');
    }
    expect(demo.leads.filter((l) => l.accountId !== null).length).toBeGreaterThan(100);
  });
});
