/**
 * Rep profile ↔ form values, and the PATCH body holding only what changed (`null` clears a cap).
 */
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { Rep, RepInputSchema } from '../../../../src/contracts/org.ts';
import type { RepLevel } from '../../../../src/domain/shared/vocabulary.ts';
import type { IssuePath } from '../../api/form-errors.ts';
import { fromDay, fromZonedDateTime, toDay, toZonedDateTime } from '../../ui/zoned-dates.ts';

export type RepInput = z.input<typeof RepInputSchema>;

export type AwayItem = { range: [Dayjs, Dayjs] | null };

export type RepFormValues = {
  code: string;
  name: string;
  teamId: string | null;
  email: string | null;
  phone: string | null;
  level: RepLevel;
  hiredOn: Dayjs | null;
  active: boolean;
  weight: number | null;
  tags: string[];
  capPerDay: number | null;
  capPerWeek: number | null;
  capPerMonth: number | null;
  maxOpen: number | null;
  away: AwayItem[];
  mentorId: string | null;
};

export const CAP_FIELDS = ['capPerDay', 'capPerWeek', 'capPerMonth', 'maxOpen'] as const;

const FORM_FIELDS: readonly string[] = [
  'code',
  'name',
  'teamId',
  'email',
  'phone',
  'level',
  'hiredOn',
  'active',
  'weight',
  'tags',
  ...CAP_FIELDS,
  'mentorId',
];

export const toFormValues = (
  rep: Rep | null,
  timeZone: string,
  teamId?: string | null,
): RepFormValues => ({
  code: rep?.code ?? '',
  name: rep?.name ?? '',
  teamId: rep ? rep.teamId : (teamId ?? null),
  email: rep?.email ?? null,
  phone: rep?.phone ?? null,
  level: rep?.level ?? 'regular',
  hiredOn: toDay(rep?.hiredOn),
  active: rep?.active ?? true,
  weight: rep?.weight ?? 1,
  tags: rep?.tags ?? [],
  capPerDay: rep?.capPerDay ?? null,
  capPerWeek: rep?.capPerWeek ?? null,
  capPerMonth: rep?.capPerMonth ?? null,
  maxOpen: rep?.maxOpen ?? null,
  away: (rep?.away ?? []).map(
    (w): AwayItem => ({
      range: [toZonedDateTime(w.from, timeZone), toZonedDateTime(w.to, timeZone)],
    }),
  ),
  mentorId: rep?.mentorId ?? null,
});

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The full input body for `POST /reps` (and the base of a PATCH). */
export const toRepInput = (values: RepFormValues, timeZone: string): RepInput => ({
  code: values.code.trim(),
  name: values.name.trim(),
  teamId: values.teamId ?? null,
  email: blankToNull(values.email),
  phone: blankToNull(values.phone),
  level: values.level,
  hiredOn: fromDay(values.hiredOn),
  active: values.active,
  weight: values.weight ?? 1,
  tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
  capPerDay: values.capPerDay ?? null,
  capPerWeek: values.capPerWeek ?? null,
  capPerMonth: values.capPerMonth ?? null,
  maxOpen: values.maxOpen ?? null,
  away: values.away.flatMap((item) =>
    item.range
      ? [
          {
            from: fromZonedDateTime(item.range[0], timeZone),
            to: fromZonedDateTime(item.range[1], timeZone),
          },
        ]
      : [],
  ),
  mentorId: values.mentorId ?? null,
});

const comparable = (key: string, value: unknown): string => {
  if (key === 'away' && Array.isArray(value)) {
    // The server may write offsets differently ("+08:00" vs "Z"): compare instants.
    return JSON.stringify(
      value.map((w: { from: string; to: string }) => [Date.parse(w.from), Date.parse(w.to)]),
    );
  }
  return JSON.stringify(value ?? null);
};

/** Only the fields whose value differs from the saved rep. */
export const repPatch = (rep: Rep, input: RepInput): Partial<RepInput> => {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const saved = (rep as Record<string, unknown>)[key];
    if (comparable(key, value) !== comparable(key, saved)) patch[key] = value;
  }
  return patch as Partial<RepInput>;
};

/** Form field for an API issue path (`away.0.to` → the range picker of window 0). */
export const repFieldOf = (path: IssuePath): IssuePath | null => {
  const [head, index] = path;
  if (head === 'away' && typeof index === 'number') return ['away', index, 'range'];
  if (typeof head === 'string' && FORM_FIELDS.includes(head)) return [head];
  return null;
};
