/** Select of reps from the session's reps directory, searchable by name or code. */
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReps } from '../api/reps-directory.tsx';

type Props = Omit<SelectProps<string>, 'options' | 'mode'> & { excludeId?: string };

export const RepSelect = ({ excludeId, placeholder, value, ...rest }: Props) => {
  const { t } = useTranslation();
  const { reps, byId, loading } = useReps();
  const options = reps
    .filter((rep) => rep.id !== excludeId)
    .map((rep) => ({ value: rep.id, label: `${rep.name} (${rep.code})` }));
  // A rep outside the user's data scope is not in the directory: say so instead of a raw id.
  if (typeof value === 'string' && !loading && !byId.has(value)) {
    options.unshift({ value, label: t('common.outOfScope', { id: value.slice(0, 8) }) });
  }
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      placeholder={placeholder}
      aria-label={typeof placeholder === 'string' ? placeholder : undefined}
      options={options}
      popupMatchSelectWidth={false}
      value={value}
      {...rest}
    />
  );
};
