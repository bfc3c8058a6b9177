import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { renderExplanation } from './render-explanation.ts';
import { aContext, aPolicy, aRoutingRep, aRule, T0 } from './routing-fixtures.test-support.ts';

const NAMES: Record<string, string> = { A: '张伟', B: '王芳', C: '李娜' };
const rule = aRule({
  when: {
    all: [
      { field: 'region', op: 'eq', value: '上海' },
      { field: 'score', op: 'gte', value: 60 },
    ],
  },
  to: { teams: ['east'] },
});
const names = { rep: (id: string) => NAMES[id] ?? id, ruleCondition: () => rule.when };
const later = new Date(T0.getTime() + 3_600_000);

describe('renderExplanation', () => {
  const decision = decide(
    aContext({
      reps: [
        aRoutingRep('A'),
        aRoutingRep('B', { lastAssignedAt: T0 }),
        aRoutingRep('C', { away: [{ from: T0, to: later }] }),
      ],
      policy: aPolicy([
        aRule({ id: 'R0', when: { field: 'region', op: 'eq', value: '北京' } }),
        rule,
      ]),
      lead: { id: 'L1', region: '上海', score: 80 },
    }),
  );

  it('says in Chinese which rule matched on what, who got the lead and why the others did not', () => {
    expect(renderExplanation(decision, 'zh-CN', names)).toBe(
      '规则 R1 匹配（地区=上海，评分≥60），以轮流方式分配给 张伟。其他候选：王芳 可分配；李娜 请假/外出中。未采用的规则：R0 条件不匹配。',
    );
  });

  it('says the same in English', () => {
    expect(renderExplanation(decision, 'en', names)).toBe(
      'Rule R1 matched (region=上海, score≥60); assigned to 张伟 by round robin. Other candidates: 王芳 eligible; 李娜 away. Rules not used: R0 conditions not met.',
    );
  });

  it('explains duplicates, owner first and a held lead', () => {
    const dup = decide(
      aContext({
        reps: [aRoutingRep('A')],
        matches: { duplicateOf: { leadId: 'L7', ownerRepId: 'A', matchedBy: 'phone' } },
      }),
    );
    expect(renderExplanation(dup, 'zh-CN', names)).toBe(
      '与未关闭的线索 L7 的电话相同，判定为重复线索，已通知负责人 张伟。',
    );
    const owner = decide(
      aContext({
        reps: [aRoutingRep('A')],
        matches: {
          owner: { ownerRepId: 'A', record: { kind: 'account', id: 'acc1' }, matchedBy: 'domain' },
        },
      }),
    );
    expect(renderExplanation(owner, 'en', names)).toBe(
      'An existing account matched by e-mail domain: owner first, assigned to its owner 张伟.',
    );
    const held = decide(
      aContext({
        reps: [aRoutingRep('A', { caps: { perDay: 0, perWeek: null, perMonth: null } })],
      }),
    );
    expect(renderExplanation(held, 'zh-CN', names)).toBe(
      '没有规则完成分配，按兜底设置处理：暂缓分配，稍后重试。其他候选：张伟 已达每日上限。未采用的规则：R1 无可分配的人。',
    );
  });
});

describe('renderExplanation wording', () => {
  it('names standard lead fields and the weighted method naturally in Chinese', () => {
    const weighted = aRule({
      method: 'weighted',
      when: { field: 'region', op: 'in', value: ['上海', '杭州'] },
    });
    const d = decide(
      aContext({
        reps: [aRoutingRep('A')],
        policy: aPolicy([weighted]),
        lead: { id: 'L', region: '杭州' },
      }),
    );
    const text = renderExplanation(d, 'zh-CN', {
      rep: (id) => NAMES[id] ?? id,
      ruleCondition: () => weighted.when,
    });
    expect(text).toBe('规则 R1 匹配（地区属于上海/杭州），以权重方式分配给 张伟。');
  });
});
