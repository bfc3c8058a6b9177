/** A notice in the reader's language, from its kind and the names it was sent with. */
import type { NotificationParams } from '../records/types.ts';
import type { Locale, NotificationKind } from '../shared/vocabulary.ts';

const TEXT: Record<Locale, Record<NotificationKind, (p: NotificationParams) => string>> = {
  'zh-CN': {
    lead_assigned: (p) => `新线索「${p.lead}」已分配给你`,
    mentee_assigned: (p) => `你带教的 ${p.rep} 分到了新线索「${p.lead}」`,
    duplicate_lead: (p) => `新进线索「${p.lead}」与你的线索重复，已判为重复线索`,
    sla_expired: (p) => `线索「${p.lead}」超过 ${p.minutes} 分钟未跟进`,
  },
  en: {
    lead_assigned: (p) => `New lead “${p.lead}” was assigned to you`,
    mentee_assigned: (p) => `${p.rep}, whom you mentor, was assigned the new lead “${p.lead}”`,
    duplicate_lead: (p) =>
      `A new lead, “${p.lead}”, repeats one of yours and was marked a duplicate`,
    sla_expired: (p) => `Lead “${p.lead}” was not followed up within ${p.minutes} minutes`,
  },
};

export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  locale: Locale,
): string {
  return TEXT[locale][kind](params);
}
