/**
 * The organisation of the demo workspace: regions and sales groups (teams), the admin and
 * managers (users), reps with levels, tenure, caps, tags and mentors, territories with their
 * potential, and the product catalogue.
 */
import type { DataScope, RepLevel, Role } from '../shared/vocabulary.ts';
import { PRODUCTS } from './catalog.ts';
import type {
  DemoProduct,
  DemoRep,
  DemoTeam,
  DemoTerritory,
  DemoTerritoryRep,
  DemoUser,
  DemoWorkspace,
} from './demo-types.ts';
import { DEMO_ADMIN_EMAIL } from './demo-types.ts';
import { buildTerritories } from './generate-territories.ts';
import { CITIES, COVERED_REGIONS, mobileNumber, SUB_TEAMS } from './geography.ts';
import { personName, plainHandle } from './names.ts';
import type { Prng } from './prng.ts';
import { weightedPicker } from './prng.ts';
import {
  addAwayWindows,
  assignMentors,
  emailRegistry,
  repCaps,
  repTags,
  splitByShares,
  twoIndustries,
} from './rep-profile.ts';
import { beijingAt, beijingDate, DAY_MS } from './time.ts';

export type Org = {
  workspace: DemoWorkspace;
  teams: DemoTeam[];
  users: DemoUser[];
  reps: DemoRep[];
  territories: DemoTerritory[];
  territoryReps: DemoTerritoryRep[];
  products: DemoProduct[];
  /** Epoch ms from which each rep (by index) can own records: hire day 09:00 or workspace start. */
  repStartMs: number[];
  /** Rep indices covering each city (accounts and leads of the city go to them). */
  coverersByCity: Map<string, number[]>;
  /** Rep indices per sales region (华东 …), the fallback when no one covers a city. */
  repsByRegion: Map<string, number[]>;
  /** Every rep index, the last resort when a region has no reps. */
  allReps: number[];
};

const YEAR_MS = 365 * DAY_MS;
const pickLevel = weightedPicker<RepLevel>([
  ['senior', 22],
  ['regular', 46],
  ['junior', 32],
]);

/** Builds the organisation for `repCount` reps as of `nowMs`. */
export function generateOrg(rng: Prng, nowMs: number, repCount: number): Org {
  const setupMs = beijingAt(beijingDate(nowMs - 3 * YEAR_MS - 30 * DAY_MS), 10);
  const setupAt = () => new Date(setupMs);
  const workspace: DemoWorkspace = {
    id: rng.uuid(),
    name: '华信智能（演示）',
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    currency: 'CNY',
    createdAt: setupAt(),
    updatedAt: setupAt(),
  };
  const workspaceId = workspace.id;
  const nextEmail = emailRegistry();
  const users: DemoUser[] = [];
  const addUser = (
    name: string,
    email: string,
    role: Role,
    dataScope: DataScope,
    teamId: string | null,
    repId: string | null,
    createdMs: number,
  ): DemoUser => {
    const user: DemoUser = {
      id: rng.uuid(),
      workspaceId,
      email,
      name,
      role,
      dataScope,
      teamId,
      repId,
      active: true,
      locale: 'zh-CN',
      createdAt: new Date(createdMs),
      updatedAt: new Date(createdMs),
    };
    users.push(user);
    return user;
  };
  addUser('管理员', DEMO_ADMIN_EMAIL, 'admin', 'all', null, null, setupMs);

  const teams: DemoTeam[] = [];
  const makeTeam = (name: string, parentId: string | null): DemoTeam => {
    const team: DemoTeam = {
      id: rng.uuid(),
      workspaceId,
      name,
      parentId,
      managerUserId: null,
      createdAt: setupAt(),
      updatedAt: setupAt(),
    };
    teams.push(team);
    const manager = personName(rng);
    const user = addUser(
      manager.name,
      nextEmail(plainHandle(manager)),
      'manager',
      'team_and_subteams',
      team.id,
      null,
      setupMs,
    );
    team.managerUserId = user.id;
    return team;
  };
  const regionTeams = new Map(COVERED_REGIONS.map((r) => [r, makeTeam(`${r}大区`, null)]));
  const subTeams = SUB_TEAMS.map((spec) =>
    makeTeam(
      spec.name,
      (regionTeams.get(spec.region as (typeof COVERED_REGIONS)[number]) as DemoTeam).id,
    ),
  );

  const reps: DemoRep[] = [];
  const repStartMs: number[] = [];
  const coverersByCity = new Map<string, number[]>(CITIES.map((c) => [c.name, []]));
  const repsByRegion = new Map<string, number[]>(COVERED_REGIONS.map((r) => [r, []]));
  const counts = splitByShares(
    repCount,
    SUB_TEAMS.map((t) => t.share),
  );
  const firstOfTeam = new Set<number>();
  const levels: RepLevel[] = [];
  const teamOfRep: number[] = [];
  counts.forEach((count, t) => {
    for (let k = 0; k < count; k++) {
      if (k === 0) firstOfTeam.add(levels.length);
      levels.push(k === 0 ? 'senior' : pickLevel(rng));
      teamOfRep.push(t);
    }
  });
  const others = [...levels.keys()].filter((i) => !firstOfTeam.has(i));
  const newHireCount = Math.min(others.length, Math.round(repCount / 6));
  const newHires = new Set(rng.shuffle(others).slice(0, newHireCount));
  for (const i of newHires) levels[i] = 'junior';

  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as RepLevel;
    const t = teamOfRep[i] as number;
    const spec = SUB_TEAMS[t] as (typeof SUB_TEAMS)[number];
    const team = subTeams[t] as DemoTeam;
    const hiredAgoMs = newHires.has(i)
      ? rng.int(1, 89) * DAY_MS
      : level === 'senior'
        ? rng.int(3 * 365, 8 * 365 - 1) * DAY_MS
        : level === 'regular'
          ? rng.int(365, 5 * 365) * DAY_MS
          : rng.int(100, 540) * DAY_MS;
    const hiredOn = beijingDate(nowMs - hiredAgoMs);
    const startMs = Math.max(setupMs, beijingAt(hiredOn, 9));
    const person = personName(rng);
    const email = nextEmail(plainHandle(person));
    const rep: DemoRep = {
      id: rng.uuid(),
      workspaceId,
      code: `R${String(i + 1).padStart(4, '0')}`,
      name: person.name,
      teamId: team.id,
      email,
      phone: mobileNumber(rng),
      level,
      hiredOn,
      active: true,
      tags: repTags(rng, level),
      attrs: { region: spec.homeCity, industries: twoIndustries(rng) },
      weight: rng.pick(
        level === 'senior' ? [1.2, 1.5, 2] : level === 'regular' ? [1, 1, 1.2] : [0.5, 0.6, 0.8],
      ),
      ...repCaps(rng, level),
      away: [],
      mentorId: null,
      lastAssignedAt: null,
      createdAt: new Date(startMs),
      updatedAt: new Date(startMs),
    };
    reps.push(rep);
    repStartMs.push(startMs);
    addUser(person.name, email, 'rep', 'self', team.id, rep.id, startMs);
    for (const city of spec.cities) coverersByCity.get(city)?.push(i);
    repsByRegion.get(spec.region)?.push(i);
  }
  assignMentors(rng, reps, teamOfRep);
  addAwayWindows(rng, reps, nowMs, newHires);

  const { territories, territoryReps } = buildTerritories(
    rng,
    workspaceId,
    setupMs,
    reps,
    teamOfRep,
  );
  const products: DemoProduct[] = PRODUCTS.map((p) => ({
    id: rng.uuid(),
    workspaceId,
    code: p.code,
    name: p.name,
    unitPrice: p.unitPrice,
    active: true,
    createdAt: setupAt(),
    updatedAt: setupAt(),
  }));
  return {
    workspace,
    teams,
    users,
    reps,
    territories,
    territoryReps,
    products,
    repStartMs,
    coverersByCity,
    repsByRegion,
    allReps: [...reps.keys()],
  };
}
