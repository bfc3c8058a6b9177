/** Sign-in, users, API tokens, the audit log and the workspace. */
import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  DATA_SCOPES,
  LOCALES,
  ROLES,
} from '../domain/shared/vocabulary.ts';
import { IdSchema, listQuery, QueryBool, TimestampSchema } from './common.ts';

export const PASSWORD_MIN_LENGTH = 10;
const Password = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const LoginInputSchema = z
  .object({ email: z.email().max(200), password: z.string().min(1).max(200) })
  .strict();

export const WorkspaceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  timezone: z.string(),
  locale: z.enum(LOCALES),
  currency: z.string(),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  dataScope: z.enum(DATA_SCOPES),
  teamId: IdSchema.nullable(),
  repId: IdSchema.nullable(),
  active: z.boolean(),
  locale: z.enum(LOCALES),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  workspace: WorkspaceSchema,
  csrfToken: z.string().nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const UserInputSchema = z
  .object({
    email: z.email().max(200),
    name: z.string().trim().min(1).max(100),
    password: Password,
    role: z.enum(ROLES),
    dataScope: z.enum(DATA_SCOPES).optional(),
    teamId: IdSchema.nullable().optional(),
    repId: IdSchema.nullable().optional(),
    active: z.boolean().optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export const UserPatchSchema = UserInputSchema.partial().strict();
export const UserListQuerySchema = listQuery(['email', 'name', 'createdAt']).extend({
  role: z.enum(ROLES).optional(),
  active: QueryBool.optional(),
  q: z.string().trim().max(100).optional(),
});

/** What a signed-in user may change about themselves. */
export const ProfilePatchSchema = z
  .object({
    locale: z.enum(LOCALES).optional(),
    name: z.string().trim().min(1).max(100).optional(),
    currentPassword: z.string().max(200).optional(),
    newPassword: Password.optional(),
  })
  .strict();

export const ApiTokenInputSchema = z
  .object({ name: z.string().trim().min(1).max(100), userId: IdSchema.optional() })
  .strict();
export const ApiTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  userId: IdSchema,
  prefix: z.string(),
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
/** Returned once at creation; only a hash is stored. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() });
export const ApiTokenListQuerySchema = listQuery(['createdAt', 'name']).extend({
  revoked: QueryBool.optional(),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  actorUserId: IdSchema.nullable(),
  actorLabel: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: TimestampSchema,
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    entity: z.enum(AUDIT_ENTITIES).optional(),
    entityId: z.string().max(100).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    actorUserId: IdSchema.optional(),
    from: TimestampSchema.optional(),
    to: TimestampSchema.optional(),
  })
  .strict();

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    reachable: z.boolean(),
    engine: z.string(),
    migrationsCurrent: z.boolean(),
  }),
  version: z.string(),
});

export const WorkspacePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    timezone: z.string().min(1).max(64).optional(),
    locale: z.enum(LOCALES).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY')
      .optional(),
  })
  .strict();
