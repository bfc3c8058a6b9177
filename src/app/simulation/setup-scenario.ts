import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { type Actor, systemActor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { publishRoutingPolicy } from '../routing/publish-routing-policy.ts';
import { saveRoutingDraft } from '../routing/save-routing-draft.ts';
import type { ScenarioInput, ScenarioRepFields } from './scenario-input.ts';

/** Scenario ids ↔ database ids of one simulated workspace. */
export type IdMaps = {
  teams: Map<string, string>;
  reps: Map<string, string>;
  accounts: Map<string, string>;
  leads: Map<string, string>;
  /** Database id → scenario id, for every kind. */
  back: Map<string, string>;
};

const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** A rep's profile fields in database terms (teams and mentors by database id). */
export function repValues(fields: ScenarioRepFields, ids: IdMaps) {
  const caps = fields.caps ?? {};
  return Object.fromEntries(
    Object.entries({
      name: fields.name,
      teamId: fields.team === undefined ? undefined : (ids.teams.get(fields.team) ?? null),
      level: fields.level,
      hiredOn: fields.hiredOn,
      active: fields.active,
      tags: fields.tags,
      attrs: fields.attrs,
      weight: fields.weight,
      capPerDay: caps.perDay,
      capPerWeek: caps.perWeek,
      capPerMonth: caps.perMonth,
      maxOpen: caps.maxOpen,
      away: fields.away,
      mentorId:
        fields.mentor === undefined
          ? undefined
          : fields.mentor === null
            ? null
            : (ids.reps.get(fields.mentor) ?? null),
    }).filter(([, v]) => v !== undefined),
  );
}

/** The routing policy with reps and teams named by database id. */
function policyDocument(
  routing: NonNullable<ScenarioInput['routing']>,
  ids: IdMaps,
): PolicyDocument {
  const destination = (d: string | undefined) =>
    d?.startsWith('rep:') ? `rep:${ids.reps.get(d.slice(4)) ?? d.slice(4)}` : d;
  return {
    ...routing,
    sla: routing.sla as PolicyDocument['sla'],
    fallback: destination(routing.fallback),
    rules: (routing.rules ?? []).map((rule) => ({
      ...rule,
      overflow: destination(rule.overflow),
      to: rule.to && {
        ...rule.to,
        reps: rule.to.reps?.map((id) => ids.reps.get(id) ?? id),
        teams: rule.to.teams?.map((id) => ids.teams.get(id) ?? id),
      },
    })),
  };
}

/**
 * Builds the scenario's organisation, records and routing policy in a new workspace, through
 * the same stores and use cases the server uses. Problems of the policy come back with their
 * scenario path (`routing.rules[0].to.teams[0]`).
 */
export async function setupScenario(
  deps: AppDeps,
  scenario: ScenarioInput,
): Promise<{ actor: Actor; ids: IdMaps }> {
  const { stores } = deps;
  const workspace = await stores.workspaces.insert({
    name: 'simulation',
    timezone: scenario.timezone ?? 'Asia/Shanghai',
    locale: 'zh-CN',
    currency: 'CNY',
  });
  const actor = systemActor(workspace, 'simulate');
  const ids: IdMaps = {
    teams: new Map(),
    reps: new Map(),
    accounts: new Map(),
    leads: new Map(),
    back: new Map(),
  };
  const remember = (map: Map<string, string>, scenarioId: string, id: string) => {
    map.set(scenarioId, id);
    ids.back.set(id, scenarioId);
  };
  const pending = [...(scenario.teams ?? [])];
  while (pending.length > 0) {
    const index = pending.findIndex((t) => !t.parent || ids.teams.has(t.parent));
    const team = pending.splice(index === -1 ? 0 : index, 1)[0]!;
    const parentId = team.parent ? (ids.teams.get(team.parent) ?? null) : null;
    const created = await stores.teams.insert(workspace.id, {
      name: team.name ?? team.id,
      parentId,
      managerUserId: null,
    });
    remember(ids.teams, team.id, created.id);
  }
  for (const rep of scenario.reps) {
    const { mentorId: _mentor, ...values } = repValues({ ...rep, mentor: undefined }, ids);
    const created = await stores.reps.insert(workspace.id, {
      code: rep.id,
      name: rep.name ?? rep.id,
      email: null,
      phone: null,
      teamId: null,
      level: 'regular',
      hiredOn: null,
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
      ...values,
    } as never);
    remember(ids.reps, rep.id, created.id);
    if (rep.lastAssignedAt)
      await stores.routing.setLastAssigned(workspace.id, created.id, new Date(rep.lastAssignedAt));
  }
  for (const rep of scenario.reps) {
    if (rep.mentor)
      await stores.reps.update(workspace.id, ids.reps.get(rep.id)!, {
        mentorId: ids.reps.get(rep.mentor) ?? null,
      });
  }
  for (const account of scenario.accounts ?? []) {
    const owner = account.owner ? (ids.reps.get(account.owner) ?? null) : null;
    const created = await stores.accounts.insert(workspace.id, {
      name: account.name ?? account.id,
      domain: account.domain?.toLowerCase() ?? null,
      phones: account.phones ?? [],
      level: null,
      industry: null,
      region: null,
      size: null,
      ownerRepId: owner,
      ownedSince: date(account.ownedSince),
      lastFollowUpAt: date(account.lastFollowUpAt),
      won: account.won ?? false,
      locked: account.locked ?? false,
    });
    remember(ids.accounts, account.id, created.id);
  }
  for (const lead of scenario.leads ?? []) {
    const { id, name, company, email, phone, region, industry, score, owner, status, ...custom } =
      lead;
    const ownerRepId = owner ? (ids.reps.get(owner) ?? null) : null;
    const created = await stores.leads.insert(workspace.id, {
      source: 'other',
      name: name ?? id,
      company: company ?? null,
      email: email?.toLowerCase() ?? null,
      phone: phone ?? null,
      region: region ?? null,
      industry: industry ?? null,
      score: score ?? null,
      custom,
      status: (status as never) ?? (ownerRepId ? 'assigned' : 'new'),
      closeResult: status === 'closed' ? 'won' : null,
      ownerRepId,
      ownedSince: ownerRepId ? new Date(scenario.start) : null,
      accountId: null,
      closedAt: status === 'closed' ? new Date(scenario.start) : null,
      externalId: id,
    });
    remember(ids.leads, id, created.id);
  }
  if (scenario.routing) {
    try {
      await saveRoutingDraft(deps, actor, policyDocument(scenario.routing, ids));
      await publishRoutingPolicy(deps, actor);
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation.failed') {
        const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
        throw new AppError('validation.failed', 'the routing policy is invalid', {
          issues: issues.map((i) => ({ ...i, path: `routing.${i.path}` })),
        });
      }
      throw error;
    }
  }
  return { actor, ids };
}
