/**
 * A resource describes one kind of record to the generic list/get/create/update/delete use
 * cases: where it is stored, who may read and write it, how its data scope is decided, and how
 * input becomes stored values (reference checks and derived fields).
 */
import type { VisibleReps } from '../../domain/access/data-scope.ts';
import type { AuditEntity, OwnedEntity } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { AppErrorCode, Issues } from '../errors.ts';
import type { RecordStore, Stores } from '../ports.ts';

export type WriteContext = {
  readonly stores: Stores;
  readonly actor: Actor;
  readonly visible: VisibleReps;
  readonly now: Date;
  readonly issues: Issues;
};

/** What the list and get use cases need. */
export type ReadResource<R extends { id: string }, W> = {
  readonly entity: AuditEntity;
  readonly notFound: AppErrorCode;
  readonly defaultSort: string;
  store(stores: Stores): RecordStore<R, W>;
  /**
   * The rep whose data scope decides visibility of a record; absent for organisation data
   * (teams, territories, products) that every signed-in user may read.
   */
  readonly scopeOwner?: (record: R) => string | null;
  canRead(actor: Actor): boolean;
};

export type Resource<R extends { id: string }, W, I, P> = ReadResource<R, W> & {
  canWrite(actor: Actor): boolean;
  /** Owner changes of these records are kept in the owner history. */
  readonly owned?: { entity: OwnedEntity; reason: (input: I | P) => string | undefined };
  /** Checks references and derives stored values; problems go to `ctx.issues`. */
  prepareCreate(ctx: WriteContext, input: I): Promise<W>;
  prepareUpdate(ctx: WriteContext, before: R, patch: P): Promise<Partial<W>>;
  /** Refuses a delete that would orphan other records. */
  checkDelete?(ctx: WriteContext, record: R): Promise<void>;
  /** Changes that follow a write (e.g. an activity marks its lead as worked). */
  afterCreate?(ctx: WriteContext, record: R): Promise<void>;
  /** Changes that follow an update (e.g. a lead given an owner by hand enters the routing log). */
  afterUpdate?(ctx: WriteContext, before: R, after: R): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry of resources of different record types
export type AnyResource = Resource<any, any, any, any>;
