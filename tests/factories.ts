/**
 * Test data through the real stores: factories with overrides (`aRep(stores, ws, { level })`)
 * and a small two-workspace organisation for permission tests.
 */
import type { LeadWrite, RepWrite, Stores } from '../src/app/ports.ts';
import type { UserRecord } from '../src/domain/records/types.ts';
import { createArgon2Hasher } from '../src/infra/auth/argon2-hasher.ts';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
export const hashedPassword = () => {
  passwordHash ??= createArgon2Hasher().hash(PASSWORD);
  return passwordHash;
};

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export async function aWorkspace(stores: Stores, name = '测试公司') {
  return stores.workspaces.insert({
    name,
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    currency: 'CNY',
  });
}

export async function aTeam(
  stores: Stores,
  workspaceId: string,
  over: { name?: string; parentId?: string | null; managerUserId?: string | null } = {},
) {
  return stores.teams.insert(workspaceId, {
    name: over.name ?? `团队${next()}`,
    parentId: over.parentId ?? null,
    managerUserId: over.managerUserId ?? null,
  });
}

export async function aRep(stores: Stores, workspaceId: string, over: Partial<RepWrite> = {}) {
  const n = next();
  return stores.reps.insert(workspaceId, {
    code: `R${n}`,
    name: `销售${n}`,
    teamId: null,
    email: null,
    phone: null,
    level: 'regular',
    hiredOn: '2022-01-01',
    active: true,
    tags: [],
    attrs: {},
    weight: 1,
    capPerDay: null,
    capPerWeek: null,
    capPerMonth: null,
    maxOpen: null,
    away: [],
    mentorId: null,
    ...over,
  });
}

export async function aUser(stores: Stores, workspaceId: string, over: Partial<UserRecord> = {}) {
  const n = next();
  return stores.users.insert(workspaceId, {
    email: `user${n}@test.allot.local`,
    name: `用户${n}`,
    passwordHash: await hashedPassword(),
    role: 'rep',
    dataScope: 'self',
    teamId: null,
    repId: null,
    active: true,
    locale: 'zh-CN',
    ...over,
  });
}

export async function aLead(stores: Stores, workspaceId: string, over: Partial<LeadWrite> = {}) {
  const n = next();
  const ownerRepId = over.ownerRepId ?? null;
  return stores.leads.insert(workspaceId, {
    source: 'website',
    name: `联系人${n}`,
    company: `公司${n}有限公司`,
    email: `lead${n}@example.cn`,
    phone: null,
    region: '上海',
    industry: '制造',
    score: 50,
    custom: {},
    status: ownerRepId ? 'assigned' : 'new',
    closeResult: null,
    ownerRepId,
    ownedSince: ownerRepId ? new Date('2026-02-01T00:00:00Z') : null,
    accountId: null,
    closedAt: null,
    externalId: null,
    ...over,
  });
}

export async function anAccount(
  stores: Stores,
  workspaceId: string,
  ownerRepId: string | null,
  name?: string,
) {
  return stores.accounts.insert(workspaceId, {
    name: name ?? `客户${next()}有限公司`,
    domain: null,
    phones: [],
    level: 'B',
    industry: '制造',
    region: '上海',
    size: 'medium',
    ownerRepId,
    ownedSince: ownerRepId ? new Date('2026-02-01T00:00:00Z') : null,
    lastFollowUpAt: null,
    won: false,
    locked: false,
  });
}

/**
 * Workspace A: 华东 (east, managed by `eastManager`) ⊃ 上海 (sh) with reps `sh1`, `sh2`;
 * `eastRep` sits in 华东 itself; 华南 (south) has `southRep`. Each rep owns one lead, one
 * account with one opportunity and one activity. Workspace B has its own admin and lead.
 */
export async function anOrganisation(stores: Stores) {
  const ws = await aWorkspace(stores, '甲公司');
  const admin = await aUser(stores, ws.id, { role: 'admin', dataScope: 'all', name: '管理员' });
  const eastManager = await aUser(stores, ws.id, {
    role: 'manager',
    dataScope: 'team_and_subteams',
  });
  const east = await aTeam(stores, ws.id, { name: '华东', managerUserId: eastManager.id });
  await stores.users.update(ws.id, eastManager.id, { teamId: east.id });
  const sh = await aTeam(stores, ws.id, { name: '上海一组', parentId: east.id });
  const south = await aTeam(stores, ws.id, { name: '华南' });
  const reps = {
    sh1: await aRep(stores, ws.id, { teamId: sh.id, name: '张伟' }),
    sh2: await aRep(stores, ws.id, { teamId: sh.id, name: '王芳' }),
    eastRep: await aRep(stores, ws.id, { teamId: east.id, name: '李娜' }),
    southRep: await aRep(stores, ws.id, { teamId: south.id, name: '刘洋' }),
  };
  const repUsers = {
    sh1: await aUser(stores, ws.id, { repId: reps.sh1.id, teamId: sh.id }),
    southRep: await aUser(stores, ws.id, { repId: reps.southRep.id, teamId: south.id }),
  };
  const owned: Record<
    keyof typeof reps,
    { leadId: string; accountId: string; opportunityId: string; activityId: string }
  > = {} as never;
  for (const [key, rep] of Object.entries(reps) as [keyof typeof reps, (typeof reps)['sh1']][]) {
    const lead = await aLead(stores, ws.id, { ownerRepId: rep.id });
    const account = await anAccount(stores, ws.id, rep.id);
    const opportunity = await stores.opportunities.insert(ws.id, {
      name: `${rep.name}的商机`,
      accountId: account.id,
      ownerRepId: rep.id,
      productId: null,
      amount: 1_000_000,
      stage: 'proposal',
      probability: 50,
      expectedClose: '2026-06-30',
      wonAt: null,
      lostAt: null,
    });
    const activity = await stores.activities.insert(ws.id, {
      kind: 'call',
      repId: rep.id,
      leadId: lead.id,
      accountId: null,
      at: new Date('2026-02-20T02:00:00Z'),
      summary: '电话沟通需求',
    });
    owned[key] = {
      leadId: lead.id,
      accountId: account.id,
      opportunityId: opportunity.id,
      activityId: activity.id,
    };
  }
  const other = await aWorkspace(stores, '乙公司');
  const otherAdmin = await aUser(stores, other.id, { role: 'admin', dataScope: 'all' });
  const otherRep = await aRep(stores, other.id, { name: '外部销售' });
  const otherLead = await aLead(stores, other.id, { ownerRepId: otherRep.id });
  return {
    ws,
    teams: { east, sh, south },
    users: { admin, eastManager, ...repUsers },
    reps,
    owned,
    other: { ws: other, admin: otherAdmin, rep: otherRep, leadId: otherLead.id },
  };
}
