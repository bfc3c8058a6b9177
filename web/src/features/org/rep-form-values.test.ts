import { describe, expect, it } from 'vitest';
import type { Rep } from '../../../../src/contracts/org.ts';
import { repFieldOf, repPatch, toFormValues, toRepInput } from './rep-form-values.ts';

const TZ = 'Asia/Shanghai';

const aRep = (overrides: Partial<Rep> = {}): Rep => ({
  id: '00000000-0000-4000-8000-000000000001',
  code: 'S001',
  name: '王芳',
  teamId: null,
  email: 'wang@example.cn',
  phone: null,
  level: 'regular',
  hiredOn: '2025-01-15',
  active: true,
  tags: ['制造业'],
  attrs: {},
  weight: 1,
  capPerDay: 5,
  capPerWeek: null,
  capPerMonth: 80,
  maxOpen: 30,
  away: [{ from: '2025-05-01T00:00:00+08:00', to: '2025-05-05T18:00:00+08:00' }],
  mentorId: null,
  lastAssignedAt: null,
  userId: null,
  createdAt: '2025-01-15T02:00:00Z',
  updatedAt: '2025-01-15T02:00:00Z',
  ...overrides,
});

describe('repPatch', () => {
  it('is empty when nothing was edited (away compared as instants)', () => {
    const rep = aRep();
    expect(repPatch(rep, toRepInput(toFormValues(rep, TZ), TZ))).toEqual({});
  });

  it('sends only the changed fields, with null for a cleared cap', () => {
    const rep = aRep();
    const values = { ...toFormValues(rep, TZ), capPerDay: null, weight: 1.5, phone: '  ' };
    expect(repPatch(rep, toRepInput(values, TZ))).toEqual({ capPerDay: null, weight: 1.5 });
  });

  it('reads the away window in the workspace time zone', () => {
    const rep = aRep();
    const input = toRepInput(toFormValues(rep, TZ), TZ);
    expect(input.away).toEqual([
      { from: '2025-04-30T16:00:00.000Z', to: '2025-05-05T10:00:00.000Z' },
    ]);
  });
});

describe('repFieldOf', () => {
  it('maps API paths to form fields', () => {
    expect(repFieldOf(['away', 2, 'to'])).toEqual(['away', 2, 'range']);
    expect(repFieldOf(['maxOpen'])).toEqual(['maxOpen']);
    expect(repFieldOf(['attrs', 'x'])).toBeNull();
  });
});
