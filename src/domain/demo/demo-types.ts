/**
 * Rows of a demo workspace. Field names equal the database schema's property names so the
 * infrastructure inserts them as they are; every row carries its id and its timestamps, so
 * one seed gives the same rows, byte for byte. Users carry no password hash: the caller sets it.
 * Rows are meant to be read, not mutated: equal timestamps of one row (or of a record and its
 * owner-history entry) may share one `Date` instance to keep very large demos small.
 */
import type {
  AccountLevel,
  AccountSize,
  ActivityKind,
  DataScope,
  LeadCloseResult,
  LeadSource,
  LeadStatus,
  Locale,
  OpportunityStage,
  OwnedEntity,
  PotentialFactor,
  RepLevel,
  Role,
} from '../shared/vocabulary.ts';

export type DemoWorkspace = {
  id: string;
  name: string;
  timezone: string;
  locale: Locale;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoTeam = {
  id: string;
  workspaceId: string;
  name: string;
  parentId: string | null;
  managerUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoUser = {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  dataScope: DataScope;
  teamId: string | null;
  repId: string | null;
  active: boolean;
  locale: Locale;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoAttrValue = string | number | string[];
/** Away window, ISO timestamps with offset; the rep is away when `from <= t < to`. */
export type DemoAwayWindow = { from: string; to: string };

export type DemoRep = {
  id: string;
  workspaceId: string;
  code: string;
  name: string;
  teamId: string | null;
  email: string | null;
  phone: string | null;
  level: RepLevel;
  /** `YYYY-MM-DD`, business calendar. */
  hiredOn: string | null;
  active: boolean;
  tags: string[];
  attrs: Record<string, DemoAttrValue>;
  weight: number;
  capPerDay: number | null;
  capPerWeek: number | null;
  capPerMonth: number | null;
  maxOpen: number | null;
  away: DemoAwayWindow[];
  mentorId: string | null;
  lastAssignedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoTerritory = {
  id: string;
  workspaceId: string;
  name: string;
  parentId: string | null;
  criteria: { regions?: string[]; provinces?: string[]; cities?: string[] };
  potential: Partial<Record<PotentialFactor, number>>;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoTerritoryRep = { workspaceId: string; territoryId: string; repId: string };

export type DemoProduct = {
  id: string;
  workspaceId: string;
  code: string;
  name: string;
  /** Minor units (分). */
  unitPrice: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoAccount = {
  id: string;
  workspaceId: string;
  name: string;
  domain: string | null;
  phones: string[];
  level: AccountLevel | null;
  industry: string | null;
  /** City, e.g. 上海 (territories select it by region, province or city). */
  region: string | null;
  size: AccountSize | null;
  ownerRepId: string | null;
  ownedSince: Date | null;
  lastFollowUpAt: Date | null;
  won: boolean;
  locked: boolean;
  poolId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoLead = {
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
  createdAt: Date;
  updatedAt: Date;
};

export type DemoOpportunity = {
  id: string;
  workspaceId: string;
  name: string;
  accountId: string;
  ownerRepId: string | null;
  productId: string | null;
  /** Minor units (分). */
  amount: number;
  stage: OpportunityStage;
  probability: number;
  /** `YYYY-MM-DD`. */
  expectedClose: string | null;
  wonAt: Date | null;
  lostAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoActivity = {
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

export type DemoOwnerHistory = {
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

export type DemoData = {
  workspace: DemoWorkspace;
  teams: DemoTeam[];
  users: DemoUser[];
  reps: DemoRep[];
  territories: DemoTerritory[];
  territoryReps: DemoTerritoryRep[];
  products: DemoProduct[];
  accounts: DemoAccount[];
  leads: DemoLead[];
  opportunities: DemoOpportunity[];
  activities: DemoActivity[];
  ownerHistory: DemoOwnerHistory[];
};

export type DemoOptions = {
  /** Any finite number; the same seed (and `now`, and sizes) gives identical data. */
  seed: number;
  /** The moment the demo is "as of": histories end here, away windows surround it. */
  now: Date;
  reps?: number;
  accounts?: number;
  leads?: number;
  opportunities?: number;
  activities?: number;
};

export const DEMO_DEFAULTS = {
  reps: 30,
  accounts: 300,
  leads: 2000,
  opportunities: 800,
  activities: 5000,
} as const;

/** The admin's login of every demo workspace. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.allot.local';
export const DEMO_EMAIL_DOMAIN = 'demo.allot.local';
