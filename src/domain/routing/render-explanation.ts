/**
 * The human side of a routing decision, in Chinese or English: which rule matched and on what,
 * how the rep was chosen, and why each other candidate was not. Built only from the stored
 * trace, so old decisions read in today's words.
 */
import type { Locale } from '../shared/vocabulary.ts';
import type { RejectionCode } from './candidate-pool.ts';
import { type Condition, type Leaf, leavesOf } from './conditions.ts';
import type {
  AssignMethod,
  CandidateStatus,
  MatchKey,
  OptimalChoice,
  RoutingDecision,
  RuleAttempt,
} from './decision.ts';

export type ExplanationNames = {
  /** Display name of a rep (falls back to the id). */
  rep(id: string): string;
  /** Display name of a lead (the open lead a duplicate repeats); falls back to the id. */
  lead?(id: string): string;
  /** The condition of a rule, to say what matched. */
  ruleCondition?(ruleId: string): Condition | undefined;
};

type Words = {
  method: Record<AssignMethod, string>;
  rejection: Record<RejectionCode, string>;
  attempt: Record<RuleAttempt['result'], string>;
  key: Record<MatchKey, string>;
  record: { account: string; lead: string };
  op: Record<Leaf['op'], string>;
  /** Names of the standard lead fields; custom fields show their own path. */
  field: Record<string, string>;
  list: (items: string[]) => string;
  duplicate: (of: string, key: string, owner: string | null) => string;
  ruleMatched: (rule: string, conditions: string) => string;
  chosen: (rep: string, method: string) => string;
  owner: (rep: string, record: string, key: string) => string;
  manual: (rep: string) => string;
  optimal: (rep: string, choice: OptimalChoice) => string;
  ownerSkipped: (rep: string, reason: string, key: string) => string;
  others: (list: string) => string;
  tried: (list: string) => string;
  held: (via: string) => string;
  pooled: (pool: string, via: string) => string;
  direct: (rep: string, via: string) => string;
  via: { overflow: (rule: string | null) => string; fallback: string };
  eligible: string;
  notComparable: (field: string, op: string) => string;
};

const ZH: Words = {
  method: {
    round_robin: '轮流',
    weighted: '权重',
    least_loaded: '负载最少',
    owner: '归属人优先',
    fallback: '兜底',
    overflow: '溢出',
    manual: '手动分配',
    optimal: '批量最优',
  },
  rejection: {
    inactive: '已停用',
    away: '请假/外出中',
    cap_day: '已达每日上限',
    cap_week: '已达每周上限',
    cap_month: '已达每月上限',
    cap_open: '在手线索已满',
    excluded: '曾超时未跟进此线索',
  },
  attempt: { no_match: '条件不匹配', inactive_day: '今日不生效', no_eligible: '无可分配的人' },
  key: { email: '邮箱', phone: '电话', domain: '邮箱域名', company: '公司名称' },
  record: { account: '客户', lead: '线索' },
  op: {
    eq: '=',
    ne: '≠',
    in: '属于',
    nin: '不属于',
    gt: '>',
    gte: '≥',
    lt: '<',
    lte: '≤',
    contains: '包含',
    exists: '存在',
  },
  field: {
    region: '地区',
    industry: '行业',
    score: '评分',
    source: '来源',
    company: '公司',
    email: '邮箱',
    phone: '电话',
    name: '姓名',
  },
  list: (items) => items.join('；'),
  duplicate: (of, key, owner) =>
    `与未关闭的线索 ${of} 的${key}相同，判定为重复线索${owner ? `，已通知负责人 ${owner}` : ''}。`,
  ruleMatched: (rule, conditions) => `规则 ${rule} 匹配${conditions ? `（${conditions}）` : ''}`,
  chosen: (rep, method) => `，以${method}方式分配给 ${rep}。`,
  owner: (rep, record, key) => `按${key}匹配到已有${record}，归属人优先，分配给其负责人 ${rep}。`,
  manual: (rep) => `手动分配给 ${rep}。`,
  optimal: (rep, c) =>
    `批量最优分配给 ${rep}：期望价值 ${c.value.toFixed(2)}（线索价值 ${c.leadValue} × 赢单率 ${(c.winRate * 100).toFixed(1)}%）；` +
    `本批 ${c.batch.leads} 条线索总期望价值 ${c.batch.total.toFixed(2)}，逐条贪心为 ${c.batch.greedyTotal.toFixed(2)}。`,
  ownerSkipped: (rep, reason, key) => `按${key}匹配到的负责人 ${rep} ${reason}，改由规则分配。`,
  others: (list) => `其他候选：${list}。`,
  tried: (list) => `未采用的规则：${list}。`,
  held: (via) => `${via}：暂缓分配，稍后重试。`,
  pooled: (pool, via) => `${via}：放入线索池 ${pool}。`,
  direct: (rep, via) => `${via}：直接分配给 ${rep}。`,
  via: {
    overflow: (rule) => `规则 ${rule} 无人可分配，按溢出设置处理`,
    fallback: '没有规则完成分配，按兜底设置处理',
  },
  eligible: '可分配',
  notComparable: (field, op) => `注意：字段 ${field} 无法按“${op}”比较，视为不匹配。`,
};

const EN: Words = {
  method: {
    round_robin: 'round robin',
    weighted: 'weighted distribution',
    least_loaded: 'least loaded',
    owner: 'owner first',
    fallback: 'fallback',
    overflow: 'overflow',
    manual: 'by hand',
    optimal: 'batch optimisation',
  },
  rejection: {
    inactive: 'inactive',
    away: 'away',
    cap_day: 'at the daily cap',
    cap_week: 'at the weekly cap',
    cap_month: 'at the monthly cap',
    cap_open: 'holding the most open leads allowed',
    excluded: 'lost this lead to an SLA expiry',
  },
  attempt: {
    no_match: 'conditions not met',
    inactive_day: 'not active today',
    no_eligible: 'no one eligible',
  },
  key: { email: 'e-mail', phone: 'phone', domain: 'e-mail domain', company: 'company name' },
  record: { account: 'account', lead: 'lead' },
  op: {
    eq: '=',
    ne: '≠',
    in: ' in ',
    nin: ' not in ',
    gt: '>',
    gte: '≥',
    lt: '<',
    lte: '≤',
    contains: ' contains ',
    exists: ' exists ',
  },
  field: {
    region: 'region',
    industry: 'industry',
    score: 'score',
    source: 'source',
    company: 'company',
    email: 'e-mail',
    phone: 'phone',
    name: 'name',
  },
  list: (items) => items.join('; '),
  duplicate: (of, key, owner) =>
    `Same ${key} as open lead ${of}: a duplicate${owner ? `; its owner ${owner} is told` : ''}.`,
  ruleMatched: (rule, conditions) => `Rule ${rule} matched${conditions ? ` (${conditions})` : ''}`,
  chosen: (rep, method) => `; assigned to ${rep} by ${method}.`,
  owner: (rep, record, key) =>
    `An existing ${record} matched by ${key}: owner first, assigned to its owner ${rep}.`,
  manual: (rep) => `Assigned to ${rep} by hand.`,
  optimal: (rep, c) =>
    `Assigned to ${rep} by batch optimisation: expected value ${c.value.toFixed(2)} (lead value ${c.leadValue} × win rate ${(c.winRate * 100).toFixed(1)}%); ` +
    `the batch of ${c.batch.leads} leads totals ${c.batch.total.toFixed(2)}, against ${c.batch.greedyTotal.toFixed(2)} greedy.`,
  ownerSkipped: (rep, reason, key) =>
    `The owner matched by ${key}, ${rep}, is ${reason}; the rules decided instead.`,
  others: (list) => `Other candidates: ${list}.`,
  tried: (list) => `Rules not used: ${list}.`,
  held: (via) => `${via}: held, to be retried.`,
  pooled: (pool, via) => `${via}: put into pool ${pool}.`,
  direct: (rep, via) => `${via}: assigned to ${rep} directly.`,
  via: {
    overflow: (rule) => `Rule ${rule} had no one eligible, so its overflow applied`,
    fallback: 'No rule assigned the lead, so the fallback applied',
  },
  eligible: 'eligible',
  notComparable: (field, op) =>
    `Note: ${field} cannot be compared with "${op}"; treated as not matching.`,
};

const WORDS: Record<Locale, Words> = { 'zh-CN': ZH, en: EN };

function conditionText(w: Words, condition: Condition | undefined): string {
  return leavesOf(condition)
    .map(
      (l) =>
        `${w.field[l.field] ?? l.field}${w.op[l.op]}${Array.isArray(l.value) ? l.value.join('/') : String(l.value)}`,
    )
    .join(w === ZH ? '，' : ', ');
}

function othersText(
  w: Words,
  candidates: readonly CandidateStatus[],
  names: ExplanationNames,
): string {
  const others = candidates.filter((c) => c.status !== 'chosen');
  if (others.length === 0) return '';
  const items = others.map(
    (c) => `${names.rep(c.repId)} ${c.status === 'rejected' ? w.rejection[c.code] : w.eligible}`,
  );
  return w.others(w.list(items));
}

export function renderExplanation(
  decision: RoutingDecision,
  locale: Locale,
  names: ExplanationNames,
): string {
  const w = WORDS[locale];
  if (decision.outcome === 'duplicate') {
    return w.duplicate(
      names.lead?.(decision.of) ?? decision.of,
      w.key[decision.matchedBy],
      decision.notify === null ? null : names.rep(decision.notify),
    );
  }
  const parts: string[] = [];
  if (decision.ownerSkipped) {
    const s = decision.ownerSkipped;
    parts.push(w.ownerSkipped(names.rep(s.repId), w.rejection[s.reason], w.key[s.matchedBy]));
  }
  if (decision.outcome === 'assigned' && decision.method === 'owner' && decision.matched) {
    parts.push(
      w.owner(
        names.rep(decision.repId),
        w.record[decision.matched.record.kind],
        w.key[decision.matched.matchedBy],
      ),
    );
  } else if (decision.outcome === 'assigned' && decision.method === 'manual') {
    parts.push(w.manual(names.rep(decision.repId)));
  } else if (decision.outcome === 'assigned' && decision.optimal) {
    parts.push(w.optimal(names.rep(decision.repId), decision.optimal));
  } else if (
    decision.outcome === 'assigned' &&
    decision.method !== 'fallback' &&
    decision.method !== 'overflow'
  ) {
    const rule = decision.ruleId ?? '';
    parts.push(
      w.ruleMatched(rule, conditionText(w, names.ruleCondition?.(rule))) +
        w.chosen(names.rep(decision.repId), w.method[decision.method]),
    );
  } else {
    const how = decision.outcome === 'assigned' ? decision.method : decision.via;
    const via = how === 'overflow' ? w.via.overflow(decision.ruleId) : w.via.fallback;
    if (decision.outcome === 'held') parts.push(w.held(via));
    else if (decision.outcome === 'pooled') parts.push(w.pooled(decision.poolId, via));
    else parts.push(w.direct(names.rep(decision.repId), via));
  }
  const others = othersText(w, decision.candidates, names);
  if (others) parts.push(others);
  if (decision.rules.length > 0) {
    parts.push(w.tried(w.list(decision.rules.map((r) => `${r.ruleId} ${w.attempt[r.result]}`))));
  }
  for (const warning of decision.warnings) parts.push(w.notComparable(warning.field, warning.op));
  return parts.join(locale === 'zh-CN' ? '' : ' ');
}

/** Why a lead left its owner: no follow-up within the first-touch deadline. */
export function renderSlaExpiry(
  expiry: { repName: string; minutes: number; action: 'reassign' | 'notify' },
  locale: Locale,
): string {
  const { repName, minutes, action } = expiry;
  if (locale === 'zh-CN') {
    return `${repName} 在 ${minutes} 分钟内未跟进，${action === 'reassign' ? '线索收回并重新分配' : '已提醒'}。`;
  }
  return `${repName} did not follow up within ${minutes} minutes; ${action === 'reassign' ? 'the lead is routed again' : 'reported'}.`;
}
