/**
 * Stored records as the use cases see them. Field names equal the database schema's property
 * names; the infrastructure checks at compile time that its rows fit these types.
 */
import type {
  AccountLevel,
  AccountSize,
  ActivityKind,
  AuditAction,
  AuditEntity,
  DataScope,
  LeadCloseResult,
  LeadSource,
  LeadStatus,
  Locale,
  NotificationKind,
  OpportunityStage,
  OwnedEntity,
  PolicyStatus,
  RepLevel,
  Role,
  RoutingOutcome,
} from '../shared/vocabulary.ts';

export type AttrValue = string | number | string[];
export type AwayWindow = { from: string; to: string };

export type WorkspaceRecord = {
  id: string;
  name: string;
  timezone: string;
  locale: Locale;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
};

export type UserRecord = {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  dataScope: DataScope;
  teamId: string | null;
  repId: string | null;
  active: boolean;
  locale: Locale;
  createdAt: Date;
  updatedAt: Date;
};

export type ApiTokenRecord = {
  id: string;
  workspaceId: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export type TeamRecord = {
  id: string;
  workspaceId: string;
  name: string;
  parentId: string | null;
  managerUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type RepRecord = {
  id: string;
  workspaceId: string;
  code: string;
  name: string;
  teamId: string | null;
  email: string | null;
  phone: string | null;
  level: RepLevel;
  hiredOn: string | null;
  active: boolean;
  tags: string[];
  attrs: Record<string, AttrValue>;
  weight: number;
  capPerDay: number | null;
  capPerWeek: number | null;
  capPerMonth: number | null;
  maxOpen: number | null;
  away: AwayWindow[];
  mentorId: string | null;
  lastAssignedAt: Date | null;
  /** The user linked to this rep, when one is. */
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type TerritoryRecord = {
  id: string;
  workspaceId: string;
  name: string;
  parentId: string | null;
  criteria: {
    regions?: string[];
    provinces?: string[];
    cities?: string[];
    industries?: string[];
    sizes?: string[];
  };
  potential: Partial<Record<string, number>>;
  /** Reps covering the territory. */
  repIds: string[];
  createdAt: Date;
  updatedAt: Date;
};

export type ProductRecord = {
  id: string;
  workspaceId: string;
  code: string;
  name: string;
  unitPrice: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type AccountRecord = {
  id: string;
  workspaceId: string;
  name: string;
  domain: string | null;
  phones: string[];
  level: AccountLevel | null;
  industry: string | null;
  region: string | null;
  size: AccountSize | null;
  ownerRepId: string | null;
  ownedSince: Date | null;
  lastFollowUpAt: Date | null;
  won: boolean;
  locked: boolean;
  /** 满意度, 0–100, entered per account; null until entered. */
  satisfaction: number | null;
  poolId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type LeadRecord = {
  id: string;
  workspaceId: string;
  source: LeadSource;
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  region: string | null;
  industry: string | null;
  score: number | null;
  custom: Record<string, unknown>;
  status: LeadStatus;
  closeResult: LeadCloseResult | null;
  ownerRepId: string | null;
  ownedSince: Date | null;
  accountId: string | null;
  /** When the lead was closed (converted, won, lost or invalid). */
  closedAt: Date | null;
  /** The caller's id, for idempotent intake. */
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type OpportunityRecord = {
  id: string;
  workspaceId: string;
  name: string;
  accountId: string;
  ownerRepId: string | null;
  productId: string | null;
  amount: number;
  stage: OpportunityStage;
  probability: number;
  expectedClose: string | null;
  wonAt: Date | null;
  lostAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ActivityRecord = {
  id: string;
  workspaceId: string;
  kind: ActivityKind;
  repId: string | null;
  leadId: string | null;
  accountId: string | null;
  at: Date;
  summary: string;
  createdAt: Date;
  updatedAt: Date;
};

export type OwnerHistoryRecord = {
  id: string;
  workspaceId: string;
  entity: OwnedEntity;
  entityId: string;
  fromRepId: string | null;
  toRepId: string | null;
  at: Date;
  byUserId: string | null;
  reason: string;
};

export type AuditRecord = {
  id: number;
  workspaceId: string;
  actorUserId: string | null;
  actorLabel: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  requestId: string | null;
};

/** `params` keep the names as they were when the notice was sent. */
export type NotificationRecord = {
  id: string;
  workspaceId: string;
  userId: string;
  kind: NotificationKind;
  leadId: string | null;
  repId: string | null;
  params: NotificationParams;
  at: Date;
  readAt: Date | null;
};

export type NotificationParams = {
  readonly lead?: string;
  readonly rep?: string;
  readonly minutes?: number;
};

export type RoutingPolicyRecord = {
  id: string;
  workspaceId: string;
  version: number;
  status: PolicyStatus;
  /** The policy as written (see domain/routing/policy-document.ts). */
  document: Record<string, unknown>;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
};

/** One routing decision for a lead (the routing log). */
export type AssignmentRecord = {
  id: string;
  workspaceId: string;
  leadId: string;
  repId: string | null;
  outcome: RoutingOutcome;
  ruleId: string | null;
  method: string | null;
  policyVersion: number | null;
  decision: Record<string, unknown>;
  retry: boolean;
  at: Date;
  /** Write order among decisions of the same instant. */
  seq: number;
};

/** A web form or partner allowed to post leads, signing with its own secret. */
export type IntakeSourceRecord = {
  id: string;
  workspaceId: string;
  name: string;
  secret: string;
  active: boolean;
  lastUsedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};
