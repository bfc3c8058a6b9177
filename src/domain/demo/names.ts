/**
 * Chinese personal names with their pinyin (tone marks dropped, ü written v), so the demo can
 * derive e-mail handles such as `zhangwei@…` from 张伟.
 */
import type { Prng } from './prng.ts';
import { weightedPicker } from './prng.ts';

type Syllable = { readonly han: string; readonly latin: string };

const parse = (list: string): Syllable[] =>
  list
    .trim()
    .split(/\s+/)
    .map((token) => {
      const m = /^(\P{ASCII}+)([a-z]+)$/u.exec(token);
      if (!m) throw new Error(`bad name token ${token}`);
      return { han: m[1] as string, latin: m[2] as string };
    });

/** Surnames roughly in order of frequency; the first ones are drawn more often. */
const SURNAMES = parse(`
  王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu
  胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng
  邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du
  叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan
  陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng
  熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he
  顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 戴dai 莫mo 孔kong 向xiang 汤tang
`);

/** Characters used in given names (one or two of them). */
const GIVEN = parse(`
  伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan
  涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 文wen 辉hui 玲ling 华hua 红hong 建jian
  国guo 志zhi 宇yu 浩hao 鹏peng 婷ting 雪xue 慧hui 颖ying 琳lin 晨chen 欣xin 佳jia 思si
  梦meng 子zi 博bo 凯kai 俊jun 峰feng 斌bin 波bo 鑫xin 宁ning 海hai 东dong 亮liang 倩qian
  阳yang 帆fan 晓xiao 晶jing 瑶yao 怡yi 彤tong 萌meng 悦yue 航hang 毅yi 昊hao 然ran 轩xuan
  泽ze 睿rui 诗shi 雨yu 涵han 嘉jia 琪qi 一yi 天tian 家jia 成cheng 春chun 立li 新xin 永yong
  小xiao 林lin 云yun 飞fei 兰lan 梅mei 金jin 荣rong 健jian 安an 晴qing 薇wei 宏hong
`);

const pickSurname = weightedPicker(SURNAMES.map((s, i) => [s, 1 / Math.sqrt(i + 1)] as const));

export type PersonName = {
  /** 张伟 */
  readonly name: string;
  /** ['zhang', 'wei'] — surname first, then each given-name syllable. */
  readonly latin: readonly string[];
};

/** A plausible name: a frequency-weighted surname and a one- or two-character given name. */
export function personName(rng: Prng): PersonName {
  const surname = pickSurname(rng);
  const first = rng.pick(GIVEN);
  if (rng.chance(0.35)) {
    return { name: surname.han + first.han, latin: [surname.latin, first.latin] };
  }
  let second = rng.pick(GIVEN);
  if (second.han === first.han && rng.chance(0.7)) second = rng.pick(GIVEN);
  return {
    name: surname.han + first.han + second.han,
    latin: [surname.latin, first.latin + second.latin],
  };
}

/** `zhangwei` — the pinyin handle of a name, as staff e-mail accounts are usually formed. */
export function plainHandle(person: PersonName): string {
  return person.latin.join('');
}

/** A contact's mailbox handle in one of the forms people use: wei.zhang, zhangw, zhangwei88. */
export function contactHandle(rng: Prng, person: PersonName): string {
  const [surname = 'x', given = 'x'] = person.latin;
  switch (rng.int(0, 4)) {
    case 0:
      return `${given}.${surname}`;
    case 1:
      return `${surname}${given.charAt(0)}`;
    case 2:
      return `${surname}${given}${rng.int(10, 99)}`;
    case 3:
      return `${surname}.${given}`;
    default:
      return `${surname}${given}`;
  }
}

/** Job titles of lead contacts. */
export const CONTACT_TITLES = [
  '总经理',
  '副总经理',
  '采购经理',
  'IT 总监',
  '信息中心主任',
  '销售总监',
  '运营经理',
  '财务总监',
  '行政主管',
  '项目经理',
] as const;
