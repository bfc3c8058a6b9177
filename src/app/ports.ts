/**
 * What the use cases need from the outside world, named for what it does. The infrastructure
 * implements these on PGlite and PostgreSQL alike.
 */
import type { Org, VisibleReps } from '../domain/access/data-scope.ts';
import type { ClosedStat } from '../domain/assignment/win-rates.ts';
import type { RepTally } from '../domain/metrics/actuals.ts';
import type { CountingRule, MetricDefinition, MetricRecord } from '../domain/metrics/metric.ts';
import type {
  AccountRecord,
  ActivityRecord,
  ApiTokenRecord,
  AssignmentRecord,
  AuditRecord,
  IntakeSourceRecord,
  LeadRecord,
  NotificationRecord,
  OpportunityRecord,
  OwnerHistoryRecord,
  ProductRecord,
  RepRecord,
  RoutingPolicyRecord,
  TeamRecord,
  TerritoryRecord,
  UserRecord,
  WorkspaceRecord,
} from '../domain/records/types.ts';
import type { LeadKeys } from '../domain/routing/matching-keys.ts';
import type { AccountRow, ClosedLeadRow, OpenLeadRow } from '../domain/routing/pick-matches.ts';
import type { RoutingRep } from '../domain/routing/policy.ts';
import type { RoutingWindows } from '../domain/routing/routing-windows.ts';
import type { AuditAction, AuditEntity, OwnedEntity } from '../domain/shared/vocabulary.ts';
import type { PlanSpreadsheets, PlanStore } from './plan-ports.ts';

export type Clock = { now(): Date };

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
};

/** Counts failed sign-ins per key (e-mail, IP) in a sliding window. */
export type LoginThrottle = {
  isBlocked(keys: readonly string[], now: Date): { blocked: boolean; retryAfterSeconds: number };
  recordFailure(keys: readonly string[], now: Date): void;
  reset(keys: readonly string[]): void;
};

export type SortSpec = { readonly field: string; readonly desc: boolean };
export type CursorPosition = { readonly value: unknown; readonly id: string };

export type ListRequest = {
  readonly workspaceId: string;
  /** Exact-match filters, by record field name; already validated. */
  readonly filters: Readonly<Record<string, unknown>>;
  /** Free-text search over the resource's searchable fields. */
  readonly q?: string | undefined;
  readonly sort: SortSpec;
  readonly limit: number;
  readonly after?: CursorPosition | undefined;
  /** The data scope: owners whose records are visible. */
  readonly visible: VisibleReps;
};

/** `total` is exact up to a cap; `totalCapped` says the real count is larger. */
export type ListResult<R> = {
  readonly rows: R[];
  readonly total: number;
  readonly totalCapped: boolean;
};

/** Generic persistence of one kind of record, always within one workspace. */
export type RecordStore<R, W> = {
  list(request: ListRequest): Promise<ListResult<R>>;
  get(workspaceId: string, id: string): Promise<R | null>;
  /** Ids among `ids` that exist in the workspace. */
  existing(workspaceId: string, ids: readonly string[]): Promise<Set<string>>;
  insert(workspaceId: string, values: W): Promise<R>;
  update(workspaceId: string, id: string, values: Partial<W>): Promise<R>;
  remove(workspaceId: string, id: string): Promise<void>;
};

type Writable<R> = Omit<R, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>;
export type TeamWrite = Writable<TeamRecord>;
export type RepWrite = Omit<Writable<RepRecord>, 'userId' | 'lastAssignedAt'>;
export type TerritoryWrite = Writable<TerritoryRecord>;
export type ProductWrite = Writable<ProductRecord>;
export type AccountWrite = Omit<Writable<AccountRecord>, 'poolId' | 'satisfaction'> & {
  satisfaction?: number | null;
};
export type LeadWrite = Writable<LeadRecord>;
export type OpportunityWrite = Writable<OpportunityRecord>;
export type ActivityWrite = Writable<ActivityRecord>;
export type UserWrite = Writable<UserRecord>;
export type ApiTokenWrite = Omit<ApiTokenRecord, 'id' | 'workspaceId' | 'createdAt'>;

export type MetricWrite = MetricDefinition & {
  readonly builtin: boolean;
  readonly active: boolean;
};
export type MetricPatch = Partial<
  Pick<MetricRecord, 'name' | 'unit' | 'precision' | 'direction' | 'active' | 'rule'>
>;

/** A routing-log entry to write. */
export type NewAssignment = Omit<AssignmentRecord, 'id' | 'seq'>;
/** An owner-history entry to write. */
export type NewOwnerHistory = Omit<OwnerHistoryRecord, 'id'>;

/** Everything a batch of taken-in leads writes. */
export type IntakeBatchWrite = {
  readonly leads: readonly (LeadWrite & { readonly id: string })[];
  readonly log: readonly NewAssignment[];
  readonly owners: readonly NewOwnerHistory[];
  readonly lastAssigned: readonly { readonly repId: string; readonly at: Date }[];
};

/** A rep as routing reads it, with the name and mentor that explanations and notices need. */
export type RoutingRepRow = RoutingRep & {
  readonly name: string;
  readonly mentorId: string | null;
};

export type NewAuditEntry = {
  readonly workspaceId: string;
  readonly actorUserId: string | null;
  readonly actorLabel: string;
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: Date;
  readonly requestId: string | null;
};

export type AuditQuery = {
  readonly workspaceId: string;
  readonly limit: number;
  readonly beforeId?: number | undefined;
  readonly entity?: AuditEntity | undefined;
  readonly entityId?: string | undefined;
  readonly action?: AuditAction | undefined;
  readonly actorUserId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
};

export type SessionRecord = {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
};

export type SignedIn = { readonly user: UserRecord; readonly workspace: WorkspaceRecord };

export type Stores = {
  workspaces: {
    get(id: string): Promise<WorkspaceRecord | null>;
    first(): Promise<WorkspaceRecord | null>;
    ids(): Promise<string[]>;
    insert(
      values: Omit<WorkspaceRecord, 'id' | 'createdAt' | 'updatedAt'>,
    ): Promise<WorkspaceRecord>;
    update(id: string, values: Partial<Omit<WorkspaceRecord, 'id'>>): Promise<WorkspaceRecord>;
  };
  users: RecordStore<UserRecord, UserWrite> & {
    findByEmail(email: string): Promise<UserRecord | null>;
    countActiveAdmins(workspaceId: string): Promise<number>;
  };
  sessions: {
    insert(session: SessionRecord): Promise<void>;
    /** The session with its user and workspace, in one read (every request does this). */
    resolve(id: string): Promise<(SignedIn & { session: SessionRecord }) | null>;
    remove(id: string): Promise<void>;
    removeForUser(userId: string): Promise<void>;
    /** Drops sessions that ended before `now`. */
    removeExpired(now: Date): Promise<void>;
  };
  apiTokens: RecordStore<ApiTokenRecord, ApiTokenWrite> & {
    /** The token with its user and workspace, in one read. */
    resolve(tokenHash: string): Promise<(SignedIn & { token: ApiTokenRecord }) | null>;
    touch(id: string, at: Date): Promise<void>;
  };
  teams: RecordStore<TeamRecord, TeamWrite> & { all(workspaceId: string): Promise<TeamRecord[]> };
  reps: RecordStore<RepRecord, RepWrite> & {
    findByCode(workspaceId: string, code: string): Promise<RepRecord | null>;
    /** Reps' names by id (unknown ids are left out). */
    names(workspaceId: string, ids: readonly string[]): Promise<Map<string, string>>;
  };
  territories: RecordStore<TerritoryRecord, TerritoryWrite> & {
    all(workspaceId: string): Promise<TerritoryRecord[]>;
  };
  products: RecordStore<ProductRecord, ProductWrite> & {
    findByCode(workspaceId: string, code: string): Promise<ProductRecord | null>;
  };
  accounts: RecordStore<AccountRecord, AccountWrite>;
  leads: RecordStore<LeadRecord, LeadWrite>;
  opportunities: RecordStore<OpportunityRecord, OpportunityWrite>;
  activities: RecordStore<ActivityRecord, ActivityWrite>;
  org: { load(workspaceId: string): Promise<Org> };
  /** How many records point at a row, by referencing table; used before deletes. */
  references: {
    count(
      workspaceId: string,
      entity: 'team' | 'rep' | 'territory' | 'product' | 'account',
      id: string,
    ): Promise<Record<string, number>>;
  };
  ownerHistory: {
    append(entry: NewOwnerHistory): Promise<void>;
    /** Newest first, with the name of the user who made each change (null for the system). */
    list(
      workspaceId: string,
      entity: OwnedEntity,
      entityId: string,
    ): Promise<(OwnerHistoryRecord & { byName: string | null })[]>;
  };
  /** The routing log for listing (filters: repId, ruleId, outcome, leadId, from, to). */
  routingLog: RecordStore<AssignmentRecord, never>;
  intakeSources: RecordStore<
    IntakeSourceRecord,
    Pick<IntakeSourceRecord, 'name' | 'secret' | 'active'>
  > & {
    /** Any workspace: the source id in the URL says which. */
    find(id: string): Promise<IntakeSourceRecord | null>;
    touch(id: string, at: Date): Promise<void>;
  };
  routing: {
    /** Serialises routing within a workspace until the transaction ends (no double assignment, no cap overrun). */
    lock(workspaceId: string): Promise<void>;
    /**
     * Every rep with its routing state; counts are taken since the given window starts. With
     * `asOf`, the state as it stood then: assignments before it, leads open at that moment.
     */
    reps(workspaceId: string, since: RoutingWindows, asOf?: Date): Promise<RoutingRepRow[]>;
    /**
     * Records that share a key with the lead: open leads, owned accounts, recently closed leads;
     * with `asOf`, as they stood then (created before it, open at that moment, closed before it).
     */
    candidates(
      workspaceId: string,
      keys: LeadKeys & { domain: string | null },
      closedSince: Date,
      asOf?: Date,
    ): Promise<{ openLeads: OpenLeadRow[]; accounts: AccountRow[]; closedLeads: ClosedLeadRow[] }>;
    /** Closed opportunities per rep and segment (account industry, region, and `*`). */
    closedStats(workspaceId: string): Promise<ClosedStat[]>;
    /** Leads nobody owns yet (new or held), oldest first, at most `limit`. */
    unassigned(workspaceId: string, limit: number): Promise<LeadRecord[]>;
    /**
     * Leads created in [from, to), oldest first, at most `limit`, each with the first follow-up
     * its owner logged on it (for SLA figures in backtests).
     */
    createdBetween(
      workspaceId: string,
      from: Date,
      to: Date,
      limit: number,
    ): Promise<{ lead: LeadRecord; firstTouchAt: Date | null }[]>;
    findByExternalId(workspaceId: string, externalId: string): Promise<LeadRecord | null>;
    record(entry: NewAssignment): Promise<void>;
    /** Decisions made for a lead, newest first. */
    history(workspaceId: string, leadId: string): Promise<AssignmentRecord[]>;
    setLastAssigned(workspaceId: string, repId: string, at: Date): Promise<void>;
    /**
     * The routed lead whose owner has waited longest without touching it: its latest assignment
     * was made by routing (not by hand) to its current owner, it is still `assigned`, and no
     * expiry was recorded since. Equal waits in the order the assignments were made.
     */
    oldestUntouched(
      workspaceId: string,
    ): Promise<{ leadId: string; repId: string; assignedAt: Date } | null>;
    /** Reps who lost this lead to an SLA expiry. */
    lostBySla(workspaceId: string, leadId: string): Promise<Set<string>>;
    /**
     * The held lead whose latest decision is oldest (retried first; equal times in the order the
     * leads were held), with that decision's time.
     */
    oldestHeld(workspaceId: string): Promise<{ leadId: string; lastDecisionAt: Date } | null>;
  };
  routingPolicies: {
    /** The draft and the published version, when they exist. */
    current(
      workspaceId: string,
    ): Promise<{ draft: RoutingPolicyRecord | null; published: RoutingPolicyRecord | null }>;
    /** Every version, newest first. */
    versions(workspaceId: string): Promise<RoutingPolicyRecord[]>;
    /** Replaces the draft's document, or starts a draft with the next version number. */
    saveDraft(
      workspaceId: string,
      document: Record<string, unknown>,
      by: string | null,
    ): Promise<RoutingPolicyRecord>;
    /** Archives the published version and publishes the draft. */
    publishDraft(
      workspaceId: string,
      draftId: string,
      by: string | null,
      at: Date,
    ): Promise<RoutingPolicyRecord>;
  };
  intake: {
    /** Leads taken in before under any of these external ids. */
    takenBefore(workspaceId: string, externalIds: readonly string[]): Promise<LeadRecord[]>;
    /** Records sharing a key with any of the leads, as `routing.candidates` finds them for one. */
    matching(
      workspaceId: string,
      keys: readonly (LeadKeys & { domain: string | null })[],
      closedSince: Date,
    ): Promise<{ openLeads: OpenLeadRow[]; accounts: AccountRow[]; closedLeads: ClosedLeadRow[] }>;
    /**
     * Writes a batch of taken-in leads with their routing log, owner history and the reps' latest
     * assignment times; the leads as stored, in the given order.
     */
    write(workspaceId: string, batch: IntakeBatchWrite): Promise<LeadRecord[]>;
  };
  notifications: {
    send(entries: readonly Omit<NotificationRecord, 'id' | 'readAt'>[]): Promise<void>;
    /** A user's notices, newest first, after the cursor (the last notice of the page before). */
    inbox(
      workspaceId: string,
      userId: string,
      page: { limit: number; unreadOnly: boolean; after?: { at: Date; id: string } },
    ): Promise<NotificationRecord[]>;
    unreadCount(workspaceId: string, userId: string): Promise<number>;
    /** Marks the given notices (or all) of the user read; returns how many changed. */
    markRead(
      workspaceId: string,
      userId: string,
      ids: readonly string[] | 'all',
      at: Date,
    ): Promise<number>;
    /** The user accounts linked to reps, by rep id (reps without an account are left out). */
    usersOfReps(workspaceId: string, repIds: readonly string[]): Promise<Map<string, string>>;
  };
  metrics: {
    /** The workspace's catalogue, oldest first. */
    list(workspaceId: string): Promise<MetricRecord[]>;
    get(workspaceId: string, id: string): Promise<MetricRecord | null>;
    findByKey(workspaceId: string, key: string): Promise<MetricRecord | null>;
    /** Adds the built-in metrics whose keys the workspace lacks; returns how many were added. */
    addMissing(workspaceId: string, builtins: readonly MetricDefinition[]): Promise<number>;
    insert(workspaceId: string, values: MetricWrite): Promise<MetricRecord>;
    update(workspaceId: string, id: string, values: MetricPatch): Promise<MetricRecord>;
    /**
     * What each rep counted under the rule in [from, to), computed in the database: every rep of
     * `repIds` (all reps of the workspace when absent) that is active or counted something,
     * ordered by name. Amounts are in minor units.
     */
    tally(
      workspaceId: string,
      rule: CountingRule,
      period: { readonly from: Date; readonly to: Date },
      repIds?: readonly string[],
    ): Promise<RepTally[]>;
  };
  plans: PlanStore;
  audit: {
    /** One entry, or several written together. */
    append(entry: NewAuditEntry | readonly NewAuditEntry[]): Promise<void>;
    list(query: AuditQuery): Promise<AuditRecord[]>;
  };
  health: { ping(): Promise<boolean>; migrationsCurrent(): Promise<boolean> };
};

/** Runs `work` in one database transaction with stores bound to it. */
export type Transact = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>;

export type AppDeps = {
  readonly stores: Stores;
  readonly transact: Transact;
  readonly clock: Clock;
  readonly hasher: PasswordHasher;
  readonly throttle: LoginThrottle;
  readonly sessionHours: number;
  readonly spreadsheets: PlanSpreadsheets;
};
