import { describe, expect, it } from 'vitest';
import { companyDomainOf, companyKey, emailKey, phoneKey } from './matching-keys.ts';

describe('emailKey', () => {
  it.each([
    ['  Li@Acme.CN ', 'li@acme.cn'],
    ['李雷 <Li@Acme.cn>', 'li@acme.cn'],
    ['not an email', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, key) => expect(emailKey(raw)).toBe(key));
});

describe('companyDomainOf', () => {
  it('gives the company domain, never a public mailbox', () => {
    expect(companyDomainOf('li@acme.cn')).toBe('acme.cn');
    expect(companyDomainOf('li@qq.com')).toBeNull();
    expect(companyDomainOf('x@163.com')).toBeNull();
    expect(companyDomainOf(null)).toBeNull();
  });
});

describe('phoneKey', () => {
  it.each([
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['13800138000', '13800138000'],
    ['021-12345678', '02112345678'],
    ['86-21-12345678', '862112345678'],
    ['+1 (415) 555-0100', '14155550100'],
    ['--', null],
  ])('%j → %j', (raw, key) => expect(phoneKey(raw)).toBe(key));
});

describe('companyKey', () => {
  it.each([
    ['上海某某科技有限公司', '上海某某科技'],
    ['上海某某科技 (有限公司)', '上海某某科技'],
    ['上海某某科技股份有限公司', '上海某某科技'],
    ['北京华信有限责任公司', '北京华信'],
    ['阿里巴巴集团', '阿里巴巴'],
    ['Acme, Inc.', 'acme'],
    ['ＡＣＭＥ Ltd', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Tesla Co', 'tesla'],
    ['公司', '公司'],
    ['  ', null],
  ])('%j → %j', (raw, key) => expect(companyKey(raw)).toBe(key));

  it('removes only one trailing suffix', () => {
    expect(companyKey('某某集团有限公司')).toBe('某某集团');
  });
});
