import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_LEVELS,
  ACTIVITY_KINDS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  OPPORTUNITY_STAGES,
  REP_LEVELS,
  ROLES,
} from '../../../src/domain/shared/vocabulary.ts';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → value. */
const flatten = (tree: Tree, prefix = ''): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
};

const zh = flatten(zhCN as Tree);
const eng = flatten(en as Tree);

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const onlyZh = [...zh.keys()].filter((key) => !eng.has(key));
    const onlyEn = [...eng.keys()].filter((key) => !zh.has(key));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it('have no empty values', () => {
    for (const [name, messages] of [
      ['zh-CN', zh],
      ['en', eng],
    ] as const) {
      const empty = [...messages].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty.map(([k]) => `${name}:${k}`)).toEqual([]);
    }
  });

  it('label every value of the vocabularies shown in the UI', () => {
    const vocabularies = {
      leadStatus: LEAD_STATUSES,
      leadSource: LEAD_SOURCES,
      repLevel: REP_LEVELS,
      accountLevel: ACCOUNT_LEVELS,
      stage: OPPORTUNITY_STAGES,
      activityKind: ACTIVITY_KINDS,
      role: ROLES,
      auditEntity: AUDIT_ENTITIES,
      auditAction: AUDIT_ACTIONS,
    };
    const missing = Object.entries(vocabularies).flatMap(([vocab, values]) =>
      values.map((v) => `vocab.${vocab}.${v}`).filter((key) => !zh.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('use the glossary words for the main objects', () => {
    expect(zh.get('nav.leads')).toBe('线索');
    expect(zh.get('nav.accounts')).toBe('客户');
    expect(zh.get('nav.opportunities')).toBe('商机');
    expect(zh.get('nav.activities')).toBe('跟进记录');
    expect(zh.get('common.owner')).toBe('负责人');
  });
});
