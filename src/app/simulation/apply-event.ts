import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { createRecord } from '../records/create-record.ts';
import { updateRecord } from '../records/update-record.ts';
import { activityResource } from '../resources/activity-resource.ts';
import { accountResource } from '../resources/customer-resources.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { repResource } from '../resources/rep-resource.ts';
import { intakeLead } from '../routing/intake-lead.ts';
import type { ScenarioEventInput } from './scenario-input.ts';
import { leadResult, type ResultEntry } from './scenario-results.ts';
import { type IdMaps, repValues } from './setup-scenario.ts';

function known(map: Map<string, string>, id: string, what: string): string {
  const found = map.get(id);
  if (found === undefined) throw new AppError('validation.failed', `unknown ${what} ${id}`);
  return found;
}

async function handle(
  deps: AppDeps,
  actor: Actor,
  ids: IdMaps,
  base: ResultEntry,
  event: ScenarioEventInput,
): Promise<ResultEntry> {
  const ok = { ...base, outcome: 'ok' };
  switch (event.type) {
    case 'lead': {
      const {
        id,
        name,
        company,
        email,
        phone,
        region,
        industry,
        score,
        owner: _o,
        status: _s,
        ...custom
      } = event.lead;
      if (ids.leads.has(id)) return { ...base, lead: id, outcome: 'ignored', code: 'duplicate_id' };
      // Fields beyond the standard ones are the lead's extra fields, which conditions read first.
      // A lead without a name is shown by its id, and stays nameless to conditions.
      const taken = await intakeLead(deps, actor, {
        name: name ?? id,
        company: company ?? null,
        email: email ?? null,
        phone: phone ?? null,
        region: region ?? null,
        industry: industry ?? null,
        score: score ?? null,
        custom: name === undefined ? { ...custom, name: null } : custom,
        externalId: id,
      });
      ids.leads.set(id, taken.lead.id);
      ids.back.set(taken.lead.id, id);
      if (taken.decision === null) return { ...base, lead: id, outcome: taken.lead.status };
      return leadResult(
        { seq: base.seq, at: base.at, lead: id },
        taken.decision,
        taken.text ?? '',
        ids,
      );
    }
    case 'activity': {
      await createRecord(deps, actor, activityResource, {
        kind: event.kind,
        repId: known(ids.reps, event.rep, 'rep'),
        leadId: event.lead === undefined ? null : known(ids.leads, event.lead, 'lead'),
        accountId:
          event.account === undefined ? null : known(ids.accounts, event.account, 'account'),
        at: deps.clock.now(),
      });
      return ok;
    }
    case 'close':
      await updateRecord(deps, actor, leadResource, known(ids.leads, event.lead, 'lead'), {
        status: 'closed',
        closeResult: event.result,
      });
      return ok;
    case 'deal':
      await updateRecord(
        deps,
        actor,
        accountResource,
        known(ids.accounts, event.account, 'account'),
        { won: event.won },
      );
      return ok;
    case 'opportunity':
    case 'tick':
      return ok;
    case 'rep': {
      const repId = known(ids.reps, event.rep, 'rep');
      const current = await deps.stores.reps.get(actor.workspace.id, repId);
      const caps = event.set.caps;
      const merged = {
        ...event.set,
        attrs: event.set.attrs ? { ...current?.attrs, ...event.set.attrs } : undefined,
        caps,
      };
      await updateRecord(deps, actor, repResource, repId, repValues(merged, ids));
      return ok;
    }
    case 'assign': {
      known(ids.reps, event.by, 'rep');
      const to = known(ids.reps, event.rep, 'rep');
      for (const id of event.ids) {
        const patch = { ownerRepId: to, ownerChangeReason: event.reason };
        if (ids.leads.has(id))
          await updateRecord(deps, actor, leadResource, ids.leads.get(id)!, patch);
        else
          await updateRecord(
            deps,
            actor,
            accountResource,
            known(ids.accounts, id, 'lead or account'),
            patch,
          );
      }
      return { ...base, rep: event.rep, ids: event.ids, outcome: 'assigned' };
    }
    default:
      throw new AppError(
        'validation.failed',
        `${event.type} events are not available in this version of simulate`,
      );
  }
}

/** Applies one scenario event; a refused action is reported as `rejected` with its code. */
export async function applyEvent(
  deps: AppDeps,
  actor: Actor,
  ids: IdMaps,
  input: { seq: number; event: ScenarioEventInput },
): Promise<ResultEntry> {
  const base: ResultEntry = { seq: input.seq, at: input.event.at, event: input.event.type };
  try {
    return await handle(deps, actor, ids, base, input.event);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...base, outcome: 'rejected', code: error.code, text: error.message };
  }
}
