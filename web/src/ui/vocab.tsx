/** Labels, colours and select options for the closed vocabularies of `vocabulary.ts`. */
import {
  CarOutlined,
  FileTextOutlined,
  MailOutlined,
  PhoneOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCOUNT_LEVELS,
  ACCOUNT_SIZES,
  ACTIVITY_KINDS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  DATA_SCOPES,
  LEAD_CLOSE_RESULTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  OPPORTUNITY_STAGES,
  REP_LEVELS,
  ROLES,
} from '../../../src/domain/shared/vocabulary.ts';

export const VOCABULARIES = {
  leadStatus: LEAD_STATUSES,
  leadSource: LEAD_SOURCES,
  closeResult: LEAD_CLOSE_RESULTS,
  repLevel: REP_LEVELS,
  accountLevel: ACCOUNT_LEVELS,
  accountSize: ACCOUNT_SIZES,
  stage: OPPORTUNITY_STAGES,
  activityKind: ACTIVITY_KINDS,
  role: ROLES,
  dataScope: DATA_SCOPES,
  auditEntity: AUDIT_ENTITIES,
  auditAction: AUDIT_ACTIONS,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;
export type VocabValue<V extends Vocabulary> = (typeof VOCABULARIES)[V][number];

const COLORS: { [V in Vocabulary]?: Partial<Record<VocabValue<V>, string>> } = {
  leadStatus: {
    new: 'blue',
    assigned: 'cyan',
    working: 'geekblue',
    held: 'orange',
    pooled: 'purple',
    closed: 'default',
  },
  stage: {
    qualify: 'default',
    needs: 'blue',
    proposal: 'cyan',
    negotiation: 'orange',
    won: 'green',
    lost: 'red',
  },
  repLevel: { junior: 'default', regular: 'blue', senior: 'gold' },
  accountLevel: { A: 'red', B: 'orange', C: 'blue', D: 'default' },
  activityKind: { call: 'blue', visit: 'green', email: 'cyan', meeting: 'purple', note: 'default' },
  role: { admin: 'red', manager: 'blue', rep: 'default' },
  auditAction: {
    create: 'green',
    update: 'blue',
    delete: 'red',
    owner_change: 'orange',
    login: 'default',
    revoke: 'volcano',
  },
};

const ACTIVITY_ICONS: Record<VocabValue<'activityKind'>, ReactNode> = {
  call: <PhoneOutlined />,
  visit: <CarOutlined />,
  email: <MailOutlined />,
  meeting: <TeamOutlined />,
  note: <FileTextOutlined />,
};

export const vocabLabel = <V extends Vocabulary>(t: TFunction, vocab: V, value: VocabValue<V>) =>
  t(`vocab.${vocab}.${value}`);

export const vocabOptions = <V extends Vocabulary>(t: TFunction, vocab: V) =>
  VOCABULARIES[vocab].map((value) => ({
    value,
    label: vocabLabel(t, vocab, value as VocabValue<V>),
  }));

export const VocabTag = <V extends Vocabulary>({
  vocab,
  value,
}: {
  vocab: V;
  value: VocabValue<V> | null | undefined;
}) => {
  const { t } = useTranslation();
  if (value === null || value === undefined) return null;
  const colors = COLORS[vocab] as Partial<Record<string, string>> | undefined;
  const icon =
    vocab === 'activityKind' ? ACTIVITY_ICONS[value as VocabValue<'activityKind'>] : undefined;
  return (
    <Tag color={colors?.[value] ?? 'default'} icon={icon}>
      {vocabLabel(t, vocab, value)}
    </Tag>
  );
};
