/**
 * The reason of an owner change as a person reads it. Routing writes `routing:<method>[:<rule>]`;
 * people write free text, shown as it is.
 */
import type { TFunction } from 'i18next';

const ROUTING = /^routing:([a-z_]+)(?::(.+))?$/;

export const ownerChangeReason = (t: TFunction, reason: string): string => {
  const match = ROUTING.exec(reason);
  if (!match) return reason;
  const method = t(`ownerHistory.method.${match[1]}`, { defaultValue: match[1] });
  return match[2]
    ? t('ownerHistory.routedByRule', { method, rule: match[2] })
    : t('ownerHistory.routed', { method });
};
