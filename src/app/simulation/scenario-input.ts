/**
 * The parts of an `allot.scenario/1` file the simulator reads (the contract in
 * `contracts/scenario.ts` checks the whole shape first).
 */
import type { Condition } from '../../domain/routing/conditions.ts';
import type { RuleDocument } from '../../domain/routing/policy-document.ts';
import type { RepLevel } from '../../domain/shared/vocabulary.ts';

export type ScenarioCaps = {
  perDay?: number | null;
  perWeek?: number | null;
  perMonth?: number | null;
  maxOpen?: number | null;
};

export type ScenarioRepFields = {
  name?: string | undefined;
  team?: string | undefined;
  level?: RepLevel | undefined;
  hiredOn?: string | undefined;
  active?: boolean | undefined;
  tags?: string[] | undefined;
  attrs?: Record<string, string | number | string[]> | undefined;
  weight?: number | undefined;
  caps?: ScenarioCaps | undefined;
  away?: { from: string; to: string }[] | undefined;
  lastAssignedAt?: string | null | undefined;
  mentor?: string | null | undefined;
};

export type ScenarioLeadInput = {
  id: string;
  name?: string | undefined;
  company?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  region?: string | undefined;
  industry?: string | undefined;
  score?: number | undefined;
  owner?: string | null | undefined;
  status?: string | undefined;
  [extra: string]: unknown;
};

export type ScenarioEventInput =
  | { at: string; type: 'lead'; lead: ScenarioLeadInput }
  | {
      at: string;
      type: 'activity';
      rep: string;
      lead?: string | undefined;
      account?: string | undefined;
      kind: 'call' | 'visit' | 'email' | 'meeting' | 'note';
    }
  | { at: string; type: 'close'; lead: string; result: 'converted' | 'won' | 'lost' | 'invalid' }
  | { at: string; type: 'deal'; account: string; won: boolean }
  | { at: string; type: 'opportunity'; account: string; open: number }
  | { at: string; type: 'rep'; rep: string; set: ScenarioRepFields }
  | { at: string; type: 'assign'; by: string; rep: string; ids: string[]; reason: string }
  | { at: string; type: 'claim' | 'release' | 'lock' | 'unlock'; rep: string; ids: string[] }
  | { at: string; type: 'tick' };

export type ScenarioInput = {
  timezone?: string | undefined;
  start: string;
  until?: string | undefined;
  teams?:
    | { id: string; name?: string | undefined; parent?: string | null | undefined }[]
    | undefined;
  reps: (ScenarioRepFields & { id: string })[];
  accounts?:
    | {
        id: string;
        name?: string | undefined;
        domain?: string | undefined;
        phones?: string[] | undefined;
        owner?: string | null | undefined;
        won?: boolean | undefined;
        locked?: boolean | undefined;
        ownedSince?: string | null | undefined;
        lastFollowUpAt?: string | null | undefined;
        pool?: string | null | undefined;
      }[]
    | undefined;
  leads?: ScenarioLeadInput[] | undefined;
  routing?:
    | {
        ownerFirst?: boolean | undefined;
        dedup?: boolean | undefined;
        countWindow?: 'day' | 'week' | 'month' | undefined;
        rules?: (RuleDocument & { when?: Condition | undefined })[] | undefined;
        fallback?: string | undefined;
        holdRetryMinutes?: number | undefined;
        sla?: unknown;
      }
    | undefined;
  pools?: unknown[] | undefined;
  limits?: unknown[] | undefined;
  events: ScenarioEventInput[];
};
