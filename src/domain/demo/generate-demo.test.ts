import { describe, expect, it } from 'vitest';
import { STAGE_PROBABILITY } from './catalog.ts';
import type { DemoData } from './demo-types.ts';
import { DEMO_ADMIN_EMAIL, DEMO_DEFAULTS } from './demo-types.ts';
import { generateDemo } from './generate-demo.ts';
import { DAY_MS } from './time.ts';

const NOW = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Shanghai
const demo = generateDemo({ seed: 20260301, now: NOW });
const small = { reps: 9, accounts: 25, leads: 120, opportunities: 30, activities: 200 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const near = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * tolerance);

describe('generateDemo determinism', () => {
  it('gives identical data, byte for byte, for the same seed and moment', () => {
    const again = generateDemo({ seed: 20260301, now: NOW });
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  });

  it('gives different data for a different seed', () => {
    const other = generateDemo({ seed: 20260302, now: NOW, ...small });
    const base = generateDemo({ seed: 20260301, now: NOW, ...small });
    expect(other.workspace.id).not.toBe(base.workspace.id);
    expect(other.reps.map((r) => r.name)).not.toEqual(base.reps.map((r) => r.name));
    expect(other.accounts.map((a) => a.name)).not.toEqual(base.accounts.map((a) => a.name));
  });

  it('keeps the organisation unchanged when only record counts change', () => {
    const more = generateDemo({ seed: 20260301, now: NOW, accounts: 400, leads: 50 });
    expect(more.teams).toEqual(demo.teams);
    expect(more.reps.map((r) => r.id)).toEqual(demo.reps.map((r) => r.id));
  });

  it('uses uuid-v4-shaped ids, unique across the workspace', () => {
    const tables: { id: string }[][] = [
      [demo.workspace],
      demo.teams,
      demo.users,
      demo.reps,
      demo.territories,
      demo.accounts,
      demo.leads,
      demo.opportunities,
      demo.activities,
      demo.ownerHistory,
    ];
    const ids = tables.flatMap((rows) => rows.map((r) => r.id));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generateDemo sizes', () => {
  it('builds the default organisation: 3 regions, 6 groups, 30 reps, 11 territories, 5 products', () => {
    const regions = demo.teams.filter((t) => t.parentId === null);
    expect(regions.map((t) => t.name)).toEqual(['华东大区', '华南大区', '华北大区']);
    expect(demo.teams.filter((t) => t.parentId !== null)).toHaveLength(6);
    expect(demo.reps).toHaveLength(DEMO_DEFAULTS.reps);
    expect(demo.territories).toHaveLength(11);
    expect(demo.products.length).toBeGreaterThanOrEqual(4);
    expect(demo.products.length).toBeLessThanOrEqual(6);
  });

  it('builds the default records', () => {
    expect(demo.accounts).toHaveLength(DEMO_DEFAULTS.accounts);
    expect(demo.leads).toHaveLength(DEMO_DEFAULTS.leads);
    expect(demo.opportunities).toHaveLength(DEMO_DEFAULTS.opportunities);
    expect(demo.activities).toHaveLength(DEMO_DEFAULTS.activities);
    near(demo.accounts.filter((a) => a.won).length, 60, 0.35);
    expect(demo.accounts.filter((a) => a.locked).length).toBeGreaterThan(0);
  });

  it('honours the size options, down to an empty workspace', () => {
    const sized = generateDemo({ seed: 1, now: NOW, ...small });
    expect(sized.reps).toHaveLength(9);
    expect(sized.accounts).toHaveLength(25);
    expect(sized.leads).toHaveLength(120);
    expect(sized.opportunities).toHaveLength(30);
    expect(sized.activities).toHaveLength(200);
    const empty = generateDemo({
      seed: 1,
      now: NOW,
      reps: 0,
      accounts: 0,
      leads: 0,
      opportunities: 0,
      activities: 0,
    });
    expect(empty.users.map((u) => u.role)).toEqual(['admin', ...Array(9).fill('manager')]);
    expect(empty.accounts).toEqual([]);
  });

  it('rejects sizes that are not non-negative integers', () => {
    expect(() => generateDemo({ seed: 1, now: NOW, reps: -1 })).toThrow(RangeError);
    expect(() => generateDemo({ seed: 1, now: NOW, leads: 2.5 })).toThrow(RangeError);
    expect(() => generateDemo({ seed: 1, now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('generateDemo invariants', () => {
  const cases: [string, DemoData][] = [
    ['default', demo],
    ['small', generateDemo({ seed: 5, now: NOW, ...small })],
    ['few activities', generateDemo({ seed: 6, now: NOW, reps: 12, leads: 400, activities: 50 })],
  ];

  it.each(cases)('%s: every owner, mentor, team and product reference exists', (_, d) => {
    const repIds = new Set(d.reps.map((r) => r.id));
    const teamIds = new Set(d.teams.map((t) => t.id));
    const owned = [...d.accounts, ...d.leads, ...d.opportunities].map((x) => x.ownerRepId);
    for (const owner of owned) if (owner !== null) expect(repIds.has(owner)).toBe(true);
    for (const a of d.activities) expect(repIds.has(a.repId ?? '')).toBe(true);
    for (const r of d.reps) expect(teamIds.has(r.teamId ?? '')).toBe(true);
    const accountIds = new Set(d.accounts.map((a) => a.id));
    for (const o of d.opportunities) expect(accountIds.has(o.accountId)).toBe(true);
  });

  it.each(cases)('%s: lead status agrees with owner and follow-ups', (_, d) => {
    const followedUp = new Set(d.activities.map((a) => a.leadId).filter((id) => id !== null));
    for (const lead of d.leads) {
      const needsOwner =
        lead.status === 'assigned' || lead.status === 'working' || lead.status === 'closed';
      expect(lead.ownerRepId !== null, `${lead.status} lead owner`).toBe(needsOwner);
      expect(lead.ownedSince !== null).toBe(needsOwner);
      expect(lead.closeResult !== null).toBe(lead.status === 'closed');
      expect(followedUp.has(lead.id)).toBe(lead.status === 'working');
    }
  });

  it.each(cases)('%s: an account’s last follow-up is its latest activity', (_, d) => {
    const latest = new Map<string, number>();
    for (const a of d.activities) {
      if (a.accountId)
        latest.set(a.accountId, Math.max(latest.get(a.accountId) ?? 0, a.at.getTime()));
    }
    for (const account of d.accounts) {
      expect(account.lastFollowUpAt?.getTime() ?? null).toBe(latest.get(account.id) ?? null);
    }
  });

  it.each(cases)(
    '%s: follow-ups are by the owner, after ownership began, within the past year',
    (_, d) => {
      const owners = new Map([...d.accounts, ...d.leads].map((x) => [x.id, x] as const));
      for (const a of d.activities) {
        const subject = owners.get(a.accountId ?? a.leadId ?? '');
        expect(subject?.ownerRepId).toBe(a.repId);
        expect(a.at.getTime()).toBeGreaterThanOrEqual(subject?.ownedSince?.getTime() ?? Infinity);
        expect(a.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(a.at.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 366 * DAY_MS);
        expect(a.summary.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(cases)('%s: juniors have a senior mentor in their own group', (_, d) => {
    const byId = new Map(d.reps.map((r) => [r.id, r]));
    for (const rep of d.reps) {
      const mentor = rep.mentorId === null ? undefined : byId.get(rep.mentorId);
      if (rep.level === 'junior') {
        expect(mentor?.level).toBe('senior');
        expect(mentor?.teamId).toBe(rep.teamId);
      } else expect(rep.mentorId).toBeNull();
    }
  });

  it.each(cases)('%s: opportunity probability follows the stage; amounts are whole 分', (_, d) => {
    for (const o of d.opportunities) {
      expect(o.probability).toBe(STAGE_PROBABILITY[o.stage]);
      expect(Number.isSafeInteger(o.amount)).toBe(true);
      expect(o.amount).toBeGreaterThan(0);
      expect(o.wonAt !== null).toBe(o.stage === 'won');
      expect(o.lostAt !== null).toBe(o.stage === 'lost');
      if (o.stage === 'won') expect(d.accounts.find((a) => a.id === o.accountId)?.won).toBe(true);
    }
    for (const p of d.products) expect(Number.isSafeInteger(p.unitPrice)).toBe(true);
  });

  it.each(cases)(
    '%s: every rep has a user; e-mails are unique; managers run their teams',
    (_, d) => {
      const userOfRep = new Map(d.users.filter((u) => u.repId).map((u) => [u.repId, u]));
      for (const rep of d.reps) {
        const user = userOfRep.get(rep.id);
        expect(user).toMatchObject({
          role: 'rep',
          dataScope: 'self',
          teamId: rep.teamId,
          email: rep.email,
        });
      }
      const emails = d.users.map((u) => u.email.toLowerCase());
      expect(new Set(emails).size).toBe(emails.length);
      expect(d.users.filter((u) => u.role === 'admin')).toMatchObject([
        { email: DEMO_ADMIN_EMAIL, name: '管理员', dataScope: 'all' },
      ]);
      const usersById = new Map(d.users.map((u) => [u.id, u]));
      for (const team of d.teams) {
        const manager = usersById.get(team.managerUserId ?? '');
        expect(manager).toMatchObject({
          role: 'manager',
          dataScope: 'team_and_subteams',
          teamId: team.id,
        });
      }
    },
  );

  it.each(cases)('%s: every current owner has its initial owner-history entry', (_, d) => {
    const history = new Map(d.ownerHistory.map((h) => [h.entityId, h]));
    for (const x of [...d.accounts, ...d.leads]) {
      if (x.ownerRepId === null) continue;
      expect(history.get(x.id)).toMatchObject({
        fromRepId: null,
        toRepId: x.ownerRepId,
        at: x.ownedSince,
        reason: '初始分配',
      });
    }
    expect(d.ownerHistory).toHaveLength(
      [...d.accounts, ...d.leads].filter((x) => x.ownerRepId).length,
    );
  });

  it.each(cases)('%s: ownership begins after the owner was hired and before now', (_, d) => {
    const start = new Map(d.reps.map((r) => [r.id, r.createdAt.getTime()]));
    for (const x of [...d.accounts, ...d.leads]) {
      if (x.ownedSince === null) continue;
      expect(x.ownedSince.getTime()).toBeGreaterThanOrEqual(
        start.get(x.ownerRepId ?? '') ?? Infinity,
      );
      expect(x.ownedSince.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(x.updatedAt.getTime()).toBeGreaterThanOrEqual(x.createdAt.getTime());
    }
  });
});
