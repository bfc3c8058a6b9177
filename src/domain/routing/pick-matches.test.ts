import { describe, expect, it } from 'vitest';
import { leadKeys } from './matching-keys.ts';
import { pickMatches } from './pick-matches.ts';

const now = new Date('2026-03-02T01:00:00Z');
const day = (n: number) => new Date(now.getTime() - n * 86_400_000);
const keys = leadKeys({
  email: 'li@acme.cn',
  phone: '13800138000',
  company: '上海某某科技有限公司',
});
const open = (id: string, over: object, createdAt = day(5)) => ({
  id,
  ownerRepId: 'A',
  emailKey: null,
  phoneKey: null,
  companyKey: null,
  createdAt,
  ...over,
});

describe('pickMatches', () => {
  it('prefers an e-mail duplicate to a phone one, and the earliest within a key', () => {
    const m = pickMatches(
      keys,
      {
        openLeads: [
          open('byPhone', { phoneKey: '13800138000' }, day(30)),
          open('laterEmail', { emailKey: 'li@acme.cn' }, day(1)),
          open('earlyEmail', { emailKey: 'li@acme.cn' }, day(2)),
        ],
        accounts: [],
        closedLeads: [],
      },
      now,
    );
    expect(m.duplicateOf).toEqual({ leadId: 'earlyEmail', ownerRepId: 'A', matchedBy: 'email' });
  });

  it('finds the account owner by domain before phone and company, never by a public mailbox', () => {
    const account = (id: string, over: object) => ({
      id,
      ownerRepId: id.toUpperCase(),
      domain: null,
      companyKey: null,
      phoneKeys: [],
      createdAt: day(100),
      ...over,
    });
    const found = {
      openLeads: [],
      accounts: [
        account('c', { companyKey: '上海某某科技' }),
        account('p', { phoneKeys: ['13800138000'] }),
        account('d', { domain: 'acme.cn' }),
      ],
      closedLeads: [],
    };
    expect(pickMatches(keys, found, now).owner).toEqual({
      ownerRepId: 'D',
      record: { kind: 'account', id: 'd' },
      matchedBy: 'domain',
    });
    const qq = leadKeys({ email: 'li@qq.com', phone: '13800138000' });
    expect(
      pickMatches(
        qq,
        { ...found, accounts: [account('q', { domain: 'qq.com' }), ...found.accounts] },
        now,
      ).owner?.matchedBy,
    ).toBe('phone');
  });

  it('falls back to the owner of the most recently closed lead within 180 days', () => {
    const closed = (id: string, closedAt: Date) => ({
      id,
      ownerRepId: id,
      emailKey: 'li@acme.cn',
      phoneKey: null,
      companyKey: null,
      closedAt,
    });
    const m = pickMatches(
      keys,
      {
        openLeads: [],
        accounts: [],
        closedLeads: [closed('old', day(200)), closed('recent', day(10)), closed('older', day(50))],
      },
      now,
    );
    expect(m.owner).toEqual({
      ownerRepId: 'recent',
      record: { kind: 'lead', id: 'recent' },
      matchedBy: 'email',
    });
    expect(
      pickMatches(
        keys,
        { openLeads: [], accounts: [], closedLeads: [closed('old', day(181))] },
        now,
      ).owner,
    ).toBeUndefined();
  });
});
