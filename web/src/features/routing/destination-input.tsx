/**
 * A destination as the policy writes it (`next`, `hold`, `pool:<id>`, `rep:<id>`, `reassign`,
 * `notify`): a kind select, then a rep select or a pool id when the kind needs one.
 */
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RepSelect } from '../../ui/rep-select.tsx';

export type DestinationKind = 'next' | 'hold' | 'pool' | 'rep' | 'reassign' | 'notify';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  kinds: readonly DestinationKind[];
  disabled?: boolean;
  'aria-label'?: string;
};

const split = (value: string | undefined): { kind: string; target: string } => {
  const text = value ?? '';
  const colon = text.indexOf(':');
  return colon < 0
    ? { kind: text, target: '' }
    : { kind: text.slice(0, colon), target: text.slice(colon + 1) };
};

const join = (kind: string, target: string) =>
  kind === 'pool' || kind === 'rep' ? `${kind}:${target}` : kind;

/** Whether a destination still lacks its rep or pool (`rep:`). */
export const destinationIncomplete = (value: string | undefined): boolean => {
  const { kind, target } = split(value);
  return (kind === 'pool' || kind === 'rep') && target.trim() === '';
};

export const DestinationInput = ({ id, value, onChange, kinds, disabled, ...rest }: Props) => {
  const { t } = useTranslation();
  const { kind, target } = split(value);
  const label = rest['aria-label'];
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select<string>
        id={id}
        aria-label={label}
        disabled={disabled}
        value={kind}
        style={{ minWidth: 150, flex: kind === 'pool' || kind === 'rep' ? '0 0 auto' : 1 }}
        options={kinds.map((k) => ({ value: k, label: t(`policy.destination.${k}`) }))}
        onChange={(next) => onChange?.(join(next, ''))}
        popupMatchSelectWidth={false}
      />
      {kind === 'rep' ? (
        <RepSelect
          disabled={disabled}
          value={target || undefined}
          placeholder={t('policy.destination.chooseRep')}
          allowClear={false}
          style={{ flex: 1, minWidth: 140 }}
          onChange={(rep) => onChange?.(join('rep', rep ?? ''))}
        />
      ) : null}
      {kind === 'pool' ? (
        <Input
          disabled={disabled}
          value={target}
          placeholder={t('policy.destination.poolId')}
          aria-label={t('policy.destination.poolId')}
          style={{ flex: 1, minWidth: 140 }}
          onChange={(event) => onChange?.(join('pool', event.target.value))}
        />
      ) : null}
    </Space.Compact>
  );
};
