/**
 * The demo company's product catalogue, pipeline conventions and the words of its records:
 * lead channels, custom fields and follow-up summaries (跟进记录).
 */
import type { ActivityKind, LeadSource, OpportunityStage } from '../shared/vocabulary.ts';
import type { Prng } from './prng.ts';

export type ProductSpec = {
  readonly code: string;
  readonly name: string;
  /** Short label used in opportunity names and follow-up text. */
  readonly label: string;
  /** Unit price in 分 (minor units of CNY). */
  readonly unitPrice: number;
  /** Rep tag of the product line (reps with the tag sell it). */
  readonly tag: string;
  /** Typical quantity range of one deal (licences, devices, 人天). */
  readonly quantity: readonly [number, number];
};

export const PRODUCTS: readonly ProductSpec[] = [
  {
    code: 'CRM-STD',
    name: '销售云 CRM 标准版（年）',
    label: 'CRM',
    unitPrice: 1_980_000,
    tag: 'crm',
    quantity: [1, 30],
  },
  {
    code: 'ERP-PRO',
    name: '智造 ERP 专业版（年）',
    label: 'ERP',
    unitPrice: 8_800_000,
    tag: 'erp',
    quantity: [1, 6],
  },
  {
    code: 'SCM-CLD',
    name: '供应链协同平台（年）',
    label: '供应链平台',
    unitPrice: 5_600_000,
    tag: 'scm',
    quantity: [1, 8],
  },
  {
    code: 'BI-ENT',
    name: '数据分析平台 企业版（年）',
    label: 'BI',
    unitPrice: 3_800_000,
    tag: 'bi',
    quantity: [1, 10],
  },
  {
    code: 'SVC-DAY',
    name: '实施与培训服务（人天）',
    label: '实施服务',
    unitPrice: 300_000,
    tag: 'service',
    quantity: [5, 120],
  },
];

export const PRODUCT_TAGS: readonly string[] = PRODUCTS.map((p) => p.tag);

/**
 * Win probability (赢单率, %) of each stage. The demo sets every opportunity's probability from
 * its stage, so forecasts computed from the demo are consistent with its pipeline.
 */
export const STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  qualify: 10,
  needs: 25,
  proposal: 50,
  negotiation: 75,
  won: 100,
  lost: 0,
};

export const STAGE_WEIGHTS: readonly (readonly [OpportunityStage, number])[] = [
  ['qualify', 20],
  ['needs', 18],
  ['proposal', 15],
  ['negotiation', 12],
  ['won', 20],
  ['lost', 15],
];

export const OPPORTUNITY_SUFFIXES = [
  '采购项目',
  '升级项目',
  '二期项目',
  '扩容',
  '续约',
  '试点项目',
] as const;

export const LEAD_SOURCE_WEIGHTS: readonly (readonly [LeadSource, number])[] = [
  ['website', 30],
  ['referral', 14],
  ['exhibition', 14],
  ['cold_call', 10],
  ['advertising', 16],
  ['partner', 11],
  ['other', 5],
];

/** The 渠道 custom field as marketing writes it, per lead source. */
const CHANNELS: Readonly<Record<LeadSource, readonly string[]>> = {
  website: ['官网', '官网在线咨询', '官网试用申请'],
  referral: ['老客户推荐', '员工推荐'],
  exhibition: ['上海工博会', '深圳高交会', '北京软博会'],
  cold_call: ['电话拓客'],
  advertising: ['百度推广', '抖音广告', '微信广告'],
  partner: ['渠道伙伴', '代理商报备'],
  other: ['其他'],
};

const BUDGETS = [
  '5万',
  '10万',
  '20万',
  '30万',
  '50万',
  '80万',
  '100万',
  '200万',
  '待确认',
] as const;
const TIMELINES = ['1个月内', '3个月内', '半年内', '明年'] as const;

/** Custom fields a lead form collects: 预算, 渠道, 意向产品 and sometimes 采购周期. */
export function leadCustomFields(
  rng: Prng,
  source: LeadSource,
  product: ProductSpec,
): Record<string, string> {
  const custom: Record<string, string> = {
    预算: rng.pick(BUDGETS),
    渠道: rng.pick(CHANNELS[source]),
    意向产品: product.label,
  };
  if (rng.chance(0.4)) custom.采购周期 = rng.pick(TIMELINES);
  return custom;
}

export const ACTIVITY_KIND_WEIGHTS: readonly (readonly [ActivityKind, number])[] = [
  ['call', 40],
  ['email', 18],
  ['visit', 14],
  ['meeting', 10],
  ['note', 18],
];

const SUMMARIES: Readonly<Record<ActivityKind, readonly string[]>> = {
  call: [
    '电话沟通{p}需求，客户预算约{b}，约定下周演示',
    '首次电话联系，对方{t}表示有兴趣，已加微信',
    '回访：客户反馈试用顺利，准备走采购流程',
    '电话未接通，已发短信留言',
    '电话确认{p}报价，客户希望再给些折扣',
    '跟进付款进度，财务说本月底前安排',
  ],
  email: [
    '发送{p}方案及报价单',
    '邮件发送试用账号和操作手册',
    '回复客户关于数据迁移和接口对接的问题',
    '发送合同草稿，请法务审核',
  ],
  visit: [
    '上门拜访{t}，介绍{p}方案，客户关注实施周期',
    '现场调研业务流程，整理需求清单',
    '拜访客户，了解到竞品也在接触，需加快节奏',
    '陪同实施顾问上门，确认上线计划',
  ],
  meeting: [
    '组织线上演示会，客户 IT 和采购参加',
    '商务谈判：就折扣和付款方式达成初步一致',
    '方案评审会，客户提出三项定制需求',
    '季度回顾会，讨论续约和扩容',
  ],
  note: [
    '客户年底预算冻结，明年一季度再跟进',
    '客户决策人变更，需要重新建立关系',
    '已提交立项申请，等待客户内部审批',
    '客户对{p}兴趣一般，先保持联系',
    '老客户，关系良好，关注续费时间',
  ],
};

/** A plausible follow-up summary of the given kind, with product, budget and title filled in. */
export function activitySummary(
  rng: Prng,
  kind: ActivityKind,
  product: ProductSpec,
  title: string,
): string {
  return rng
    .pick(SUMMARIES[kind])
    .replace('{p}', product.label)
    .replace('{b}', rng.pick(BUDGETS))
    .replace('{t}', title);
}
