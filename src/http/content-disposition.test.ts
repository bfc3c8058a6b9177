import { describe, expect, it } from 'vitest';
import { asciiFallback, attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it('sends a Chinese name as UTF-8 in filename* and an ASCII name beside it', () => {
    expect(attachmentDisposition('目标计划-2026 年二季度-v3.xlsx')).toBe(
      `attachment; filename="2026-v3.xlsx"; filename*=UTF-8''%E7%9B%AE%E6%A0%87%E8%AE%A1%E5%88%92-2026%20%E5%B9%B4%E4%BA%8C%E5%AD%A3%E5%BA%A6-v3.xlsx`,
    );
  });

  it('encodes the characters RFC 5987 reserves and keeps quotes out of the ASCII name', () => {
    expect(attachmentDisposition(`target-plan-Q2 (east) "final"-v1.xlsx`)).toBe(
      `attachment; filename="target-plan-Q2 (east) _final_-v1.xlsx"; filename*=UTF-8''target-plan-Q2%20%28east%29%20%22final%22-v1.xlsx`,
    );
  });

  it.each([
    ['目标计划.xlsx', 'download.xlsx'],
    ['plan-v2.xlsx', 'plan-v2.xlsx'],
    ['计划', 'download'],
  ])('falls back from %s to %s', (name, ascii) => {
    expect(asciiFallback(name)).toBe(ascii);
  });
});
