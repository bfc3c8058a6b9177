/** Shapes shared by every endpoint: errors, ids, list queries and pages. */
import { z } from 'zod';

export const IdSchema = z.uuid();
export const IdParamsSchema = z.object({ id: IdSchema }).strict();

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const DateSchema = z.iso.date();
export const TimestampSchema = z.iso.datetime({ offset: true });
/** A timestamp in a request body, read as a Date. */
export const TimestampInputSchema = TimestampSchema.transform((s) => new Date(s));

/** Query of every list endpoint: page size, opaque cursor, sort field (prefix "-" = descending). */
export const listQuery = <S extends readonly [string, ...string[]]>(sortFields: S) =>
  z
    .object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional(),
      sort: z
        .enum([...sortFields, ...sortFields.map((f) => `-${f}`)] as [string, ...string[]])
        .optional(),
      /** Only these records (comma-separated ids, up to 200), e.g. to name linked records. */
      ids: z
        .string()
        .max(200 * 37)
        .transform((s) => s.split(',').filter(Boolean))
        .pipe(z.array(z.uuid()).max(200))
        .optional(),
    })
    .strict();

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    /** Rows matching the filters, counted up to 10,000. */
    total: z.number().int(),
    /** True when more rows match than `total` says (show "10,000+"). */
    totalCapped: z.boolean(),
  });

export type Page<T> = {
  items: T[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
};

/** Boolean query parameters arrive as strings. */
export const QueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');
