/**
 * Company names and web domains for demo customers: 城市 + 字号 + 行业用语 + 组织形式, e.g.
 * 上海恒通精密机械有限公司 with domain `hengtongjx.com`. Names and domains are made unique by the
 * caller-held registries so owner-first matching by domain or company name is unambiguous.
 */
import type { City } from './geography.ts';
import type { Prng } from './prng.ts';
import { flat, weightedPicker } from './prng.ts';

export type IndustrySpec = {
  readonly name: string;
  readonly weight: number;
  /** Business words of the trade with a short latin tag for domains. */
  readonly words: readonly (readonly [string, string])[];
};

/** Industries (客户行业) with their relative frequency among the demo's customers. */
export const INDUSTRIES: readonly IndustrySpec[] = [
  {
    name: '制造',
    weight: 22,
    words: [
      ['精密机械', 'jx'],
      ['机电设备', 'jd'],
      ['电子科技', 'tech'],
      ['新材料', 'xcl'],
      ['汽车零部件', 'auto'],
      ['智能装备', 'zn'],
    ],
  },
  {
    name: '零售',
    weight: 14,
    words: [
      ['商贸', 'trade'],
      ['连锁超市', 'mart'],
      ['电子商务', 'ec'],
      ['百货', 'bh'],
      ['贸易', 'trading'],
    ],
  },
  {
    name: '金融',
    weight: 8,
    words: [
      ['投资管理', 'capital'],
      ['融资租赁', 'leasing'],
      ['资产管理', 'am'],
      ['保险代理', 'ins'],
    ],
  },
  {
    name: '医疗',
    weight: 9,
    words: [
      ['医疗器械', 'med'],
      ['生物科技', 'bio'],
      ['医药', 'pharma'],
      ['健康管理', 'health'],
    ],
  },
  {
    name: '教育',
    weight: 7,
    words: [
      ['教育科技', 'edu'],
      ['职业培训', 'px'],
      ['文化传播', 'culture'],
    ],
  },
  {
    name: '物流',
    weight: 10,
    words: [
      ['物流', 'logistics'],
      ['供应链管理', 'scm'],
      ['国际货运代理', 'cargo'],
      ['仓储服务', 'wh'],
    ],
  },
  {
    name: '软件',
    weight: 14,
    words: [
      ['软件', 'soft'],
      ['信息技术', 'it'],
      ['网络科技', 'net'],
      ['数据科技', 'data'],
    ],
  },
  {
    name: '能源',
    weight: 8,
    words: [
      ['新能源', 'energy'],
      ['能源科技', 'power'],
      ['电力设备', 'dl'],
      ['光伏科技', 'solar'],
    ],
  },
  {
    name: '建筑',
    weight: 5,
    words: [
      ['建筑工程', 'build'],
      ['装饰工程', 'deco'],
    ],
  },
  {
    name: '食品',
    weight: 3,
    words: [
      ['食品', 'food'],
      ['餐饮管理', 'catering'],
    ],
  },
];

export const INDUSTRY_NAMES: readonly string[] = INDUSTRIES.map((i) => i.name);
export const pickIndustry = weightedPicker(INDUSTRIES.map((i) => [i, i.weight] as const));

/** First and second characters of a trade name (字号), each with its pinyin. */
const BRAND_FIRST = (
  '华hua 恒heng 创chuang 博bo 鼎ding 瑞rui 同tong 致zhi 联lian 新xin 天tian 嘉jia 金jin ' +
  '中zhong 宏hong 汇hui 星xing 云yun 远yuan 卓zhuo 长chang 东dong 安an 永yong 泰tai 盛sheng ' +
  '信xin 德de 海hai 凯kai 科ke 智zhi 万wan 润run 佳jia 晟sheng 昊hao 源yuan 聚ju 启qi'
).split(' ');
const BRAND_SECOND = (
  '信xin 通tong 达da 远yuan 盛sheng 丰feng 创chuang 合he 锐rui 成cheng 禾he 桥qiao 图tu ' +
  '帆fan 景jing 越yue 风feng 拓tuo 方fang 和he 展zhan 辰chen 耀yao 鸿hong 航hang 誉yu ' +
  '峰feng 恒heng 宇yu 邦bang 诺nuo 康kang 祥xiang 瀚han 域yu 晖hui 力li 捷jie 驰chi 实shi'
).split(' ');

const split = (token: string): [string, string] => {
  const m = /^(\P{ASCII}+)([a-z]+)$/u.exec(token);
  if (!m) throw new Error(`bad brand token ${token}`);
  return [m[1] as string, m[2] as string];
};
const FIRST = BRAND_FIRST.map(split);
const SECOND = BRAND_SECOND.map(split).filter(([h]) => h.length > 0);

/** Legal forms (组织形式); most small companies are 有限公司. */
const pickLegalForm = weightedPicker([
  ['有限公司', 70],
  ['股份有限公司', 12],
  ['集团有限公司', 6],
  ['有限责任公司', 12],
] as const);

/** Districts used to tell apart companies whose generated name already exists. */
const DISTRICTS = [
  '浦东',
  '滨江',
  '天河',
  '南山',
  '海淀',
  '朝阳',
  '高新',
  '开发区',
  '新区',
  '工业园',
];

export type Company = {
  /** 上海恒通精密机械有限公司 */
  readonly name: string;
  /** 恒通精密机械 — the trade name and business words, used for opportunity names. */
  readonly shortName: string;
  /** hengtongjx.com — unique within the registry. */
  readonly domain: string;
  readonly industry: string;
  readonly city: City;
};

/** Remembers names and domains already handed out, so each is used once. */
export type CompanyRegistry = { readonly names: Set<string>; readonly domains: Set<string> };

export function newCompanyRegistry(): CompanyRegistry {
  return { names: new Set(), domains: new Set() };
}

const TLDS = [
  ['com', 6],
  ['cn', 3],
  ['com.cn', 3],
  ['net', 1],
] as const;
const pickTld = weightedPicker(TLDS);

/**
 * A company in `city`, unique by name and by domain within `registry`. A clash is retried with
 * new trade names, then told apart by a district (上海浦东恒通…), then by a number, so the cost
 * per company stays constant even for a million of them.
 */
export function makeCompany(rng: Prng, city: City, registry: CompanyRegistry): Company {
  const industry = pickIndustry(rng);
  let name = '';
  let shortName = '';
  let brandLatin = '';
  let wordLatin = '';
  for (let attempt = 0; attempt < 4; attempt++) {
    const [brand, latin] = tradeName(rng);
    const [word, tag] = rng.pick(industry.words);
    const district = attempt >= 2 ? rng.pick(DISTRICTS) : '';
    shortName = brand + word;
    name = flat(`${city.name}${district}${shortName}${pickLegalForm(rng)}`);
    brandLatin = latin;
    wordLatin = tag;
    if (!registry.names.has(name)) break;
  }
  if (registry.names.has(name)) {
    const base = name;
    const short = shortName;
    name = withNumber(rng, registry.names, (n) => base.replace(short, `${short}${n}`));
  }
  registry.names.add(name);
  return {
    name,
    shortName,
    domain: uniqueDomain(rng, city, brandLatin, wordLatin, registry),
    industry: industry.name,
    city,
  };
}

/** A trade name (字号) of two characters, sometimes three, with its pinyin. */
function tradeName(rng: Prng): [string, string] {
  const [h1, l1] = rng.pick(FIRST);
  let [h2, l2] = rng.pick(SECOND);
  if (h2 === h1) [h2, l2] = rng.pick(SECOND);
  if (rng.chance(0.7)) return [h1 + h2, l1 + l2];
  const [h3, l3] = rng.pick(SECOND);
  return h3 === h2 ? [h1 + h2, l1 + l2] : [h1 + h2 + h3, l1 + l2 + l3];
}

function uniqueDomain(
  rng: Prng,
  city: City,
  brand: string,
  tag: string,
  registry: CompanyRegistry,
): string {
  // One form per company (a plain trade name most often); a clash goes straight to a number,
  // so the work per company stays constant however full the registry gets.
  const form = rng.next();
  const domain = flat(
    form < 0.5
      ? `${brand}.${pickTld(rng)}`
      : form < 0.8
        ? `${brand}${tag}.${pickTld(rng)}`
        : `${city.abbr}${brand}.${pickTld(rng)}`,
  );
  if (!registry.domains.has(domain)) {
    registry.domains.add(domain);
    return domain;
  }
  const numbered = withNumber(rng, registry.domains, (n) => `${brand}${n}.com`);
  registry.domains.add(numbered);
  return numbered;
}

/**
 * A free numbered variant. Numbers are drawn at random from a range that grows with the number
 * of names taken (and widens on a clash), so the expected number of tries stays constant and a
 * million companies cost linear time.
 */
function withNumber(rng: Prng, taken: Set<string>, make: (n: number) => string): string {
  for (let limit = Math.max(99, Math.ceil(taken.size / 50)); ; limit = limit * 10 + 9) {
    for (let i = 0; i < 4; i++) {
      const candidate = flat(make(rng.int(2, limit)));
      if (!taken.has(candidate)) return candidate;
    }
  }
}

/** Public mailboxes: a lead writing from these tells nothing about its company. */
export const PUBLIC_MAIL_DOMAINS = [
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'foxmail.com',
] as const;
