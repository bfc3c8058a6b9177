/**
 * The one database schema (PostgreSQL 15 dialect; PGlite runs the same SQL). Every table carries
 * `workspace_id`; closed vocabularies become check constraints from the shared `as const` arrays.
 */
export * from './base-schema.ts';
export * from './metric-schema.ts';
export * from './notification-schema.ts';
export * from './org-schema.ts';
export * from './plan-schema.ts';
export * from './records-schema.ts';
export * from './routing-schema.ts';
