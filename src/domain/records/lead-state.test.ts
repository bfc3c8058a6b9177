import { describe, expect, it } from 'vitest';
import { leadStateIssues, nextLeadState } from './lead-state.ts';

describe('nextLeadState', () => {
  it('a new lead with an owner starts as assigned, without one as new', () => {
    expect(nextLeadState(null, { ownerRepId: 'r1' }).status).toBe('assigned');
    expect(nextLeadState(null, {}).status).toBe('new');
  });

  it('giving a new lead an owner makes it assigned; clearing the owner of a working lead makes it new', () => {
    const fresh = { status: 'new', ownerRepId: null, closeResult: null } as const;
    expect(nextLeadState(fresh, { ownerRepId: 'r1' })).toEqual({
      status: 'assigned',
      ownerRepId: 'r1',
      closeResult: null,
    });
    const working = { status: 'working', ownerRepId: 'r1', closeResult: null } as const;
    expect(nextLeadState(working, { ownerRepId: null }).status).toBe('new');
    expect(nextLeadState(working, { ownerRepId: 'r2' }).status).toBe('working');
  });

  it('keeps the close result only while closed', () => {
    const closed = { status: 'closed', ownerRepId: 'r1', closeResult: 'won' } as const;
    expect(nextLeadState(closed, { status: 'working' }).closeResult).toBeNull();
    expect(nextLeadState(closed, { ownerRepId: 'r2' })).toEqual({
      status: 'closed',
      ownerRepId: 'r2',
      closeResult: 'won',
    });
  });
});

describe('leadStateIssues', () => {
  it.each([
    [{ status: 'assigned', ownerRepId: null, closeResult: null }, ['lead_owner_required']],
    [{ status: 'held', ownerRepId: 'r1', closeResult: null }, ['lead_status_requires_no_owner']],
    [{ status: 'closed', ownerRepId: null, closeResult: null }, ['lead_close_result_required']],
    [{ status: 'working', ownerRepId: 'r1', closeResult: null }, []],
  ] as const)('%j → %j', (state, codes) => {
    expect(leadStateIssues(state).map((i) => i.code)).toEqual(codes);
  });
});
