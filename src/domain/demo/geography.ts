/**
 * Geography of the demo: sales regions (大区) → provinces → cities, with landline area codes,
 * relative business weight and territory potential. Records carry the city in their `region`
 * field (as in the scenario format: `"region": "上海"`); territories select by region, province
 * or city.
 */
import type { Prng } from './prng.ts';
import { flat } from './prng.ts';

export type City = {
  readonly name: string;
  readonly province: string;
  readonly region: string;
  /** Landline area code without the leading 0 digit kept: `021`, `0571`. */
  readonly areaCode: string;
  /** Relative share of companies located here. */
  readonly weight: number;
  /** Latin prefix used in company domains (`sh`, `hz`). */
  readonly abbr: string;
};

export type Province = {
  readonly name: string;
  readonly region: string;
  /** Territory potential factors: customers = addressable companies; others 0–1 indices. */
  readonly potential: {
    customers: number;
    maturity: number;
    competition: number;
    brand: number;
  };
};

/** The three covered regions, in the order teams and territories are built. */
export const COVERED_REGIONS = ['华东', '华南', '华北'] as const;

export const PROVINCES: readonly Province[] = [
  {
    name: '上海',
    region: '华东',
    potential: { customers: 4200, maturity: 0.9, competition: 0.85, brand: 0.8 },
  },
  {
    name: '江苏',
    region: '华东',
    potential: { customers: 3600, maturity: 0.75, competition: 0.6, brand: 0.65 },
  },
  {
    name: '浙江',
    region: '华东',
    potential: { customers: 3300, maturity: 0.8, competition: 0.7, brand: 0.7 },
  },
  {
    name: '广东',
    region: '华南',
    potential: { customers: 5200, maturity: 0.85, competition: 0.9, brand: 0.6 },
  },
  {
    name: '福建',
    region: '华南',
    potential: { customers: 1500, maturity: 0.55, competition: 0.4, brand: 0.35 },
  },
  {
    name: '北京',
    region: '华北',
    potential: { customers: 3900, maturity: 0.9, competition: 0.8, brand: 0.75 },
  },
  {
    name: '天津',
    region: '华北',
    potential: { customers: 1100, maturity: 0.6, competition: 0.45, brand: 0.4 },
  },
  {
    name: '河北',
    region: '华北',
    potential: { customers: 1300, maturity: 0.4, competition: 0.3, brand: 0.25 },
  },
];

/** Cities in covered regions (accounts and most leads live here). */
export const CITIES: readonly City[] = [
  { name: '上海', province: '上海', region: '华东', areaCode: '021', weight: 16, abbr: 'sh' },
  { name: '南京', province: '江苏', region: '华东', areaCode: '025', weight: 6, abbr: 'nj' },
  { name: '苏州', province: '江苏', region: '华东', areaCode: '0512', weight: 6, abbr: 'sz' },
  { name: '无锡', province: '江苏', region: '华东', areaCode: '0510', weight: 3, abbr: 'wx' },
  { name: '杭州', province: '浙江', region: '华东', areaCode: '0571', weight: 8, abbr: 'hz' },
  { name: '宁波', province: '浙江', region: '华东', areaCode: '0574', weight: 4, abbr: 'nb' },
  { name: '广州', province: '广东', region: '华南', areaCode: '020', weight: 10, abbr: 'gz' },
  { name: '深圳', province: '广东', region: '华南', areaCode: '0755', weight: 11, abbr: 'sz' },
  { name: '东莞', province: '广东', region: '华南', areaCode: '0769', weight: 4, abbr: 'dg' },
  { name: '厦门', province: '福建', region: '华南', areaCode: '0592', weight: 3, abbr: 'xm' },
  { name: '福州', province: '福建', region: '华南', areaCode: '0591', weight: 2, abbr: 'fz' },
  { name: '北京', province: '北京', region: '华北', areaCode: '010', weight: 14, abbr: 'bj' },
  { name: '天津', province: '天津', region: '华北', areaCode: '022', weight: 4, abbr: 'tj' },
  { name: '石家庄', province: '河北', region: '华北', areaCode: '0311', weight: 2, abbr: 'sjz' },
  { name: '保定', province: '河北', region: '华北', areaCode: '0312', weight: 1, abbr: 'bd' },
];

/** Cities outside every territory: leads from here find no rep and wait as `held`. */
export const UNCOVERED_CITIES: readonly City[] = [
  { name: '成都', province: '四川', region: '西南', areaCode: '028', weight: 3, abbr: 'cd' },
  { name: '武汉', province: '湖北', region: '华中', areaCode: '027', weight: 3, abbr: 'wh' },
  { name: '西安', province: '陕西', region: '西北', areaCode: '029', weight: 2, abbr: 'xa' },
];

/**
 * Sub-teams (销售组) under each region: the city their reps sit in (rep `attrs.region`), the
 * cities they cover (accounts and leads there go to them), and their relative head count.
 */
export type SubTeamSpec = {
  readonly name: string;
  readonly region: string;
  readonly homeCity: string;
  readonly cities: readonly string[];
  readonly share: number;
};

export const SUB_TEAMS: readonly SubTeamSpec[] = [
  {
    name: '上海一组',
    region: '华东',
    homeCity: '上海',
    cities: ['上海', '南京', '苏州', '无锡'],
    share: 6,
  },
  { name: '杭州组', region: '华东', homeCity: '杭州', cities: ['杭州', '宁波'], share: 5 },
  { name: '广州组', region: '华南', homeCity: '广州', cities: ['广州', '东莞'], share: 5 },
  { name: '深圳组', region: '华南', homeCity: '深圳', cities: ['深圳', '厦门', '福州'], share: 5 },
  {
    name: '北京一组',
    region: '华北',
    homeCity: '北京',
    cities: ['北京', '石家庄', '保定'],
    share: 5,
  },
  { name: '北京二组', region: '华北', homeCity: '北京', cities: ['北京', '天津'], share: 4 },
];

export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
] as const;

const digits = (rng: Prng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
};

/** A mainland mobile number written as users do: `+86 138-0013-8000`. */
export function mobileNumber(rng: Prng): string {
  return flat(`+86 ${rng.pick(MOBILE_PREFIXES)}-${digits(rng, 4)}-${digits(rng, 4)}`);
}

/** A landline of the city: `021-6234 5678` style without the space (`021-62345678`). */
export function landlineNumber(rng: Prng, city: City): string {
  const length = city.areaCode.length === 3 ? 8 : rng.chance(0.8) ? 8 : 7;
  return flat(`${city.areaCode}-${rng.int(2, 8)}${digits(rng, length - 1)}`);
}
