/** Teams (departments, a tree), reps and their profiles, territories, products. */
import { z } from 'zod';
import { POTENTIAL_FACTORS, REP_LEVELS } from '../domain/shared/vocabulary.ts';
import { DateSchema, IdSchema, listQuery, QueryBool, TimestampSchema } from './common.ts';

const Name = z.string().trim().min(1).max(200);
const Text = (max: number) => z.string().trim().max(max);

export const TeamInputSchema = z
  .object({
    name: Name,
    parentId: IdSchema.nullable().optional(),
    managerUserId: IdSchema.nullable().optional(),
  })
  .strict();
export const TeamPatchSchema = TeamInputSchema.partial().strict();
export const TeamSchema = z.object({
  id: IdSchema,
  name: z.string(),
  parentId: IdSchema.nullable(),
  managerUserId: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListQuerySchema = listQuery(['name', 'createdAt']).extend({
  parentId: IdSchema.optional(),
  q: Text(100).optional(),
});

export const AwayWindowSchema = z
  .object({ from: TimestampSchema, to: TimestampSchema })
  .strict()
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), {
    message: 'from must be before to',
    path: ['to'],
  });
const AttrValueSchema = z.union([
  z.string().max(200),
  z.number(),
  z.array(z.string().max(200)).max(100),
]);
const Cap = z.number().int().min(0).max(100000).nullable();

export const RepInputSchema = z
  .object({
    code: z.string().trim().min(1).max(50),
    name: Name,
    teamId: IdSchema.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    phone: Text(50).nullable().optional(),
    level: z.enum(REP_LEVELS).optional(),
    hiredOn: DateSchema.nullable().optional(),
    active: z.boolean().optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    attrs: z.record(z.string().max(50), AttrValueSchema).optional(),
    weight: z.number().positive().max(1000).optional(),
    capPerDay: Cap.optional(),
    capPerWeek: Cap.optional(),
    capPerMonth: Cap.optional(),
    maxOpen: Cap.optional(),
    away: z.array(AwayWindowSchema).max(100).optional(),
    mentorId: IdSchema.nullable().optional(),
  })
  .strict();
export const RepPatchSchema = RepInputSchema.partial().strict();
export const RepSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  teamId: IdSchema.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  level: z.enum(REP_LEVELS),
  hiredOn: DateSchema.nullable(),
  active: z.boolean(),
  tags: z.array(z.string()),
  attrs: z.record(z.string(), AttrValueSchema),
  weight: z.number(),
  capPerDay: z.number().nullable(),
  capPerWeek: z.number().nullable(),
  capPerMonth: z.number().nullable(),
  maxOpen: z.number().nullable(),
  away: z.array(z.object({ from: TimestampSchema, to: TimestampSchema })),
  mentorId: IdSchema.nullable(),
  lastAssignedAt: TimestampSchema.nullable(),
  userId: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Rep = z.infer<typeof RepSchema>;
export const RepListQuerySchema = listQuery(['name', 'code', 'hiredOn', 'createdAt']).extend({
  teamId: IdSchema.optional(),
  level: z.enum(REP_LEVELS).optional(),
  active: QueryBool.optional(),
  q: Text(100).optional(),
});

const StringList = z.array(z.string().trim().min(1).max(100)).max(200);
export const TerritoryCriteriaSchema = z
  .object({
    regions: StringList.optional(),
    provinces: StringList.optional(),
    cities: StringList.optional(),
    industries: StringList.optional(),
    sizes: StringList.optional(),
  })
  .strict();
export const PotentialSchema = z.partialRecord(z.enum(POTENTIAL_FACTORS), z.number().finite());

export const TerritoryInputSchema = z
  .object({
    name: Name,
    parentId: IdSchema.nullable().optional(),
    criteria: TerritoryCriteriaSchema.optional(),
    potential: PotentialSchema.optional(),
    repIds: z.array(IdSchema).max(1000).optional(),
  })
  .strict();
export const TerritoryPatchSchema = TerritoryInputSchema.partial().strict();
export const TerritorySchema = z.object({
  id: IdSchema,
  name: z.string(),
  parentId: IdSchema.nullable(),
  criteria: TerritoryCriteriaSchema,
  potential: PotentialSchema,
  repIds: z.array(IdSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Territory = z.infer<typeof TerritorySchema>;
export const TerritoryListQuerySchema = listQuery(['name', 'createdAt']).extend({
  parentId: IdSchema.optional(),
  q: Text(100).optional(),
});

export const ProductInputSchema = z
  .object({
    code: z.string().trim().min(1).max(50),
    name: Name,
    unitPrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const ProductPatchSchema = ProductInputSchema.partial().strict();
export const ProductSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  unitPrice: z.number().int().describe('minor units (分)'),
  active: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Product = z.infer<typeof ProductSchema>;
export const ProductListQuerySchema = listQuery(['name', 'code', 'createdAt']).extend({
  active: QueryBool.optional(),
  q: Text(100).optional(),
});
