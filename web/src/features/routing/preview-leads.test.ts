import { describe, expect, it } from 'vitest';
import { parsePastedLeads } from './preview-leads.ts';

describe('parsePastedLeads', () => {
  it('reads one lead per line, skipping a header and blank lines, with their line numbers', () => {
    const text = [
      '姓名, 公司, 邮箱, 电话, 地区, 来源',
      '张伟, 上海启明科技有限公司, zw@example.cn, 13800000000, 上海, website',
      '',
      '李娜\t\t\t\t杭州',
      '王芳，苏州某某公司',
    ].join('\n');
    expect(parsePastedLeads(text)).toEqual({
      ok: true,
      leads: [
        {
          name: '张伟',
          company: '上海启明科技有限公司',
          email: 'zw@example.cn',
          phone: '13800000000',
          region: '上海',
          source: 'website',
        },
        { name: '李娜', region: '杭州' },
        { name: '王芳', company: '苏州某某公司' },
      ],
      lines: [2, 4, 5],
    });
  });

  it('reports every problem with its line', () => {
    const text = ', 无名公司\n张伟, , not-an-email, , , fax';
    expect(parsePastedLeads(text)).toEqual({
      ok: false,
      problems: [
        { line: 1, code: 'name_required' },
        { line: 2, code: 'bad_email', value: 'not-an-email' },
        { line: 2, code: 'bad_source', value: 'fax' },
      ],
    });
  });

  it('reads a JSON array and checks its items', () => {
    expect(parsePastedLeads('[{"name":"张伟","region":"上海","score":80}]')).toEqual({
      ok: true,
      leads: [{ name: '张伟', region: '上海', score: 80 }],
      lines: [1],
    });
    expect(parsePastedLeads('[{"name":"a","owner":"x"}, 3]')).toEqual({
      ok: false,
      problems: [
        { line: 1, code: 'unknown_field', value: 'owner' },
        { line: 2, code: 'not_object' },
      ],
    });
    expect(parsePastedLeads('[{"name":')).toEqual({ ok: false, problems: [], syntax: true });
  });

  it('refuses nothing pasted and more than one preview takes', () => {
    expect(parsePastedLeads('  \n ')).toEqual({ ok: false, problems: [] });
    const many = Array.from({ length: 1001 }, (_, i) => `lead ${i}`).join('\n');
    expect(parsePastedLeads(many)).toEqual({ ok: false, problems: [], tooMany: true });
  });
});
