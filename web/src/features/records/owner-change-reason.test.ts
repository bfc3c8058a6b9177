import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { ownerChangeReason } from './owner-change-reason.ts';

describe('ownerChangeReason', () => {
  it('words routing reasons in the current language and keeps what people wrote', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(ownerChangeReason(t, 'routing:round_robin:华东')).toBe('自动分配：规则 华东，轮流');
    expect(ownerChangeReason(t, 'routing:owner')).toBe('自动分配：归属人优先');
    expect(ownerChangeReason(t, '客户指定')).toBe('客户指定');
    await i18n.changeLanguage('en');
    expect(ownerChangeReason(i18n.t.bind(i18n), 'routing:weighted:R1')).toBe(
      'Routed by rule R1, weighted',
    );
    await i18n.changeLanguage('zh-CN');
  });
});
