/**
 * `allot.scenario/1`: a small sales organisation, its routing policy, pools and limits, and a
 * timeline of events (shared/spec/scenario.md). Parsing checks the shape; every problem is
 * reported with its JSON path (`events[3].lead.id: required`).
 */
import { z } from 'zod';
import { REP_LEVELS } from '../domain/shared/vocabulary.ts';
import { type FileProblem, parseFile } from './file-problems.ts';

const Id = z.string().min(1).max(200);
const Timestamp = z.iso.datetime({ offset: true });
const Day = z.iso.date();
const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const Destination = z
  .string()
  .regex(/^(next|hold|pool:.+|rep:.+)$/, 'must be next, hold, pool:<id> or rep:<id>');
const Cap = z.number().int().min(0).nullable();
const Caps = z
  .object({
    perDay: Cap.optional(),
    perWeek: Cap.optional(),
    perMonth: Cap.optional(),
    maxOpen: Cap.optional(),
  })
  .strict();
const AttrValue = z.union([z.string(), z.number(), z.array(z.string())]);
const Window = z
  .object({ from: Timestamp, to: Timestamp })
  .strict()
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), {
    message: 'from must be before to',
    path: ['to'],
  });

const RepFields = {
  name: z.string().optional(),
  team: Id.optional(),
  level: z.enum(REP_LEVELS).optional(),
  hiredOn: Day.optional(),
  active: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  attrs: z.record(z.string(), AttrValue).optional(),
  weight: z.number().positive().optional(),
  caps: Caps.optional(),
  away: z.array(Window).optional(),
  lastAssignedAt: Timestamp.nullable().optional(),
  mentor: Id.nullable().optional(),
};
export const ScenarioRepSchema = z.object({ id: Id, ...RepFields }).strict();
export const ScenarioRepChangeSchema = z.object(RepFields).strict();

export const ScenarioAccountSchema = z
  .object({
    id: Id,
    name: z.string().optional(),
    domain: z.string().optional(),
    phones: z.array(z.string()).optional(),
    owner: Id.nullable().optional(),
    level: z.string().optional(),
    won: z.boolean().optional(),
    locked: z.boolean().optional(),
    openOpportunities: z.number().int().min(0).optional(),
    ownedSince: Timestamp.nullable().optional(),
    lastFollowUpAt: Timestamp.nullable().optional(),
    pool: Id.nullable().optional(),
  })
  .strict();

/** Leads may carry any extra fields; conditions can read them. */
export const ScenarioLeadSchema = z
  .object({
    id: Id,
    name: z.string().optional(),
    company: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    region: z.string().optional(),
    industry: z.string().optional(),
    score: z.number().optional(),
    owner: Id.nullable().optional(),
    status: z.enum(['new', 'assigned', 'working', 'held', 'pooled', 'closed']).optional(),
  })
  .catchall(z.unknown());

const Leaf = z
  .object({
    field: z.string().min(1),
    op: z.enum(['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists']),
    value: z.unknown(),
  })
  .strict();
export type ScenarioCondition =
  | z.infer<typeof Leaf>
  | { all: ScenarioCondition[] }
  | { any: ScenarioCondition[] }
  | { not: ScenarioCondition };
export const ConditionSchema: z.ZodType<ScenarioCondition> = z.lazy(() =>
  z.union([
    Leaf,
    z.object({ all: z.array(ConditionSchema) }).strict(),
    z.object({ any: z.array(ConditionSchema) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

export const ScenarioRuleSchema = z
  .object({
    id: Id,
    when: ConditionSchema.optional(),
    to: z
      .object({
        reps: z.array(Id).optional(),
        teams: z.array(Id).optional(),
        levels: z.array(z.enum(REP_LEVELS)).optional(),
        tags: z.array(z.string()).optional(),
        match: z
          .array(z.object({ lead: z.string().min(1), rep: z.string().min(1) }).strict())
          .optional(),
      })
      .strict()
      .optional(),
    method: z.enum(['round_robin', 'weighted', 'least_loaded']),
    activeDays: z.array(Weekday).optional(),
    overflow: Destination.optional(),
  })
  .strict();

export const ScenarioRoutingSchema = z
  .object({
    ownerFirst: z.boolean().optional(),
    dedup: z.boolean().optional(),
    countWindow: z.enum(['day', 'week', 'month']).optional(),
    rules: z.array(ScenarioRuleSchema).optional(),
    fallback: Destination.refine(
      (d) => d !== 'next',
      'must be hold, pool:<id> or rep:<id>',
    ).optional(),
    holdRetryMinutes: z.number().int().positive().optional(),
    sla: z
      .object({
        firstTouchMinutes: z.number().int().positive(),
        action: z
          .string()
          .regex(/^(reassign|notify|pool:.+)$/, 'must be reassign, notify or pool:<id>'),
      })
      .strict()
      .optional(),
  })
  .strict();

const Selection = z
  .object({ reps: z.array(Id).optional(), teams: z.array(Id).optional() })
  .strict();
const Days = z.number().int().min(0).nullable();

export const ScenarioPoolSchema = z
  .object({
    id: Id,
    kind: z.enum(['account', 'lead']),
    members: Selection.optional(),
    admins: z.array(Id).optional(),
    claim: z
      .object({
        perDay: z.number().int().min(0).nullable().optional(),
        formerOwnerCooldownDays: Days.optional(),
        newRecordLockDays: Days.optional(),
      })
      .strict()
      .optional(),
    reclaim: z
      .object({
        noFollowUpDays: Days.optional(),
        noDealDays: Days.optional(),
        levelDays: z.record(z.string(), z.number().int().min(0)).optional(),
        exemptWon: z.boolean().optional(),
        exemptWithOpportunity: z.boolean().optional(),
        remindDaysBefore: z.number().int().min(0).optional(),
        runAt: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
          .optional(),
        appliesTo: Selection.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ScenarioLimitSchema = z
  .object({
    kind: z.enum(['account', 'lead']),
    appliesTo: Selection.optional(),
    max: z.number().int().min(0),
    countWon: z.boolean().optional(),
  })
  .strict();

const At = { at: Timestamp };
const Ids = z.array(Id).min(1);
export const ScenarioEventSchema = z.discriminatedUnion('type', [
  z.object({ ...At, type: z.literal('lead'), lead: ScenarioLeadSchema }).strict(),
  z
    .object({
      ...At,
      type: z.literal('activity'),
      rep: Id,
      lead: Id.optional(),
      account: Id.optional(),
      kind: z.enum(['call', 'visit', 'email', 'meeting', 'note']),
    })
    .strict()
    .refine((e) => (e.lead === undefined) !== (e.account === undefined), {
      message: 'give lead or account',
      path: ['lead'],
    }),
  z
    .object({
      ...At,
      type: z.literal('close'),
      lead: Id,
      result: z.enum(['converted', 'won', 'lost', 'invalid']),
    })
    .strict(),
  z.object({ ...At, type: z.literal('deal'), account: Id, won: z.boolean() }).strict(),
  z
    .object({ ...At, type: z.literal('opportunity'), account: Id, open: z.number().int().min(0) })
    .strict(),
  z.object({ ...At, type: z.literal('rep'), rep: Id, set: ScenarioRepChangeSchema }).strict(),
  z.object({ ...At, type: z.literal('claim'), rep: Id, ids: Ids }).strict(),
  z
    .object({
      ...At,
      type: z.literal('assign'),
      by: Id,
      rep: Id,
      ids: Ids,
      reason: z.string().min(1),
    })
    .strict(),
  z
    .object({
      ...At,
      type: z.literal('release'),
      rep: Id,
      ids: Ids,
      reason: z.string().trim().min(1),
    })
    .strict(),
  z.object({ ...At, type: z.literal('lock'), rep: Id, ids: Ids }).strict(),
  z.object({ ...At, type: z.literal('unlock'), rep: Id, ids: Ids }).strict(),
  z.object({ ...At, type: z.literal('tick') }).strict(),
]);

export const ScenarioSchema = z
  .object({
    format: z.literal('allot.scenario/1'),
    timezone: z.string().min(1).optional(),
    start: Timestamp,
    until: Timestamp.optional(),
    teams: z
      .array(
        z
          .object({ id: Id, name: z.string().optional(), parent: Id.nullable().optional() })
          .strict(),
      )
      .optional(),
    reps: z.array(ScenarioRepSchema),
    accounts: z.array(ScenarioAccountSchema).optional(),
    leads: z.array(ScenarioLeadSchema).optional(),
    routing: ScenarioRoutingSchema.optional(),
    pools: z.array(ScenarioPoolSchema).optional(),
    limits: z.array(ScenarioLimitSchema).optional(),
    events: z.array(ScenarioEventSchema),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioEvent = z.infer<typeof ScenarioEventSchema>;

export type ScenarioProblem = FileProblem;

/** The scenario, or every shape problem with its JSON path. */
export function parseScenario(
  input: unknown,
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = parseFile(ScenarioSchema, input);
  return parsed.ok ? { ok: true, scenario: parsed.value } : parsed;
}
