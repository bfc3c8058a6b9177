/**
 * Rows of a demo workspace. Field names equal the database schema's property names so the
 * infrastructure inserts them as they are; every row carries its id and its timestamps, so
 * one seed gives the same rows, byte for byte. Users carry no password hash: the caller sets it.
 * Rows are meant to be read, not mutated: equal timestamps of one row (or of a record and its
 * owner-history entry) may share one `Date` instance to keep very large demos small.
 */
import type {
  AccountRecord,
  ActivityRecord,
  AttrValue,
  AwayWindow,
  LeadRecord,
  OpportunityRecord,
  OwnerHistoryRecord,
  ProductRecord,
  RepRecord,
  TeamRecord,
  TerritoryRecord,
  UserRecord,
  WorkspaceRecord,
} from '../records/types.ts';
import type { PotentialFactor } from '../shared/vocabulary.ts';

export type DemoWorkspace = WorkspaceRecord;
export type DemoTeam = TeamRecord;
/** Users carry no password hash: the caller sets one for all. */
export type DemoUser = Omit<UserRecord, 'passwordHash'>;
export type DemoAttrValue = AttrValue;
/** Away window, ISO timestamps with offset; the rep is away when `from <= t < to`. */
export type DemoAwayWindow = AwayWindow;
/** `hiredOn` is `YYYY-MM-DD` in the business calendar. */
export type DemoRep = Omit<RepRecord, 'userId'>;
export type DemoTerritory = Omit<TerritoryRecord, 'repIds'> & {
  potential: Partial<Record<PotentialFactor, number>>;
};
export type DemoTerritoryRep = { workspaceId: string; territoryId: string; repId: string };
/** `unitPrice` in minor units (分). */
export type DemoProduct = ProductRecord;
/** `region` holds a city, e.g. 上海 (territories select it by region, province or city). */
export type DemoAccount = AccountRecord;
export type DemoLead = LeadRecord;
/** `amount` in minor units (分); `expectedClose` is `YYYY-MM-DD`. */
export type DemoOpportunity = OpportunityRecord;
export type DemoActivity = ActivityRecord;
export type DemoOwnerHistory = OwnerHistoryRecord;

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
