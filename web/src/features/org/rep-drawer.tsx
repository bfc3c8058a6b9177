/** Drawer with the rep profile: view for reps, edit for managers and admins, create for admins. */
import { Alert, App, Button, Drawer, Flex, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../src/contracts/org.ts';
import { ApiError, api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors } from '../../api/form-errors.ts';
import { RepFormFields } from './rep-form-fields.tsx';
import {
  type RepFormValues,
  repFieldOf,
  repPatch,
  toFormValues,
  toRepInput,
} from './rep-form-values.ts';
import type { TeamNode } from './team-tree-data.ts';

export type RepDrawerTarget =
  | { mode: 'edit'; rep: Rep }
  | { mode: 'create'; teamId: string | null };

type Props = {
  target: RepDrawerTarget | null;
  readOnly: boolean;
  teamTree: TeamNode[];
  timeZone: string;
  onClose: () => void;
  onSaved: (rep: Rep) => void;
};

export const RepDrawer = ({ target, readOnly, teamTree, timeZone, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RepFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rep = target?.mode === 'edit' ? target.rep : null;

  useEffect(() => {
    if (!target) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      toFormValues(
        target.mode === 'edit' ? target.rep : null,
        timeZone,
        target.mode === 'create' ? target.teamId : null,
      ),
    );
  }, [target, form, timeZone]);

  const save = async (values: RepFormValues) => {
    const input = toRepInput(values, timeZone);
    setSaving(true);
    setError(null);
    try {
      let saved: Rep;
      if (rep) {
        const patch = repPatch(rep, input);
        if (Object.keys(patch).length === 0) {
          message.info(t('form.noChanges'));
          onClose();
          return;
        }
        saved = await api.patch<Rep>(`/reps/${rep.id}`, patch);
      } else {
        saved = await api.post<Rep>('/reps', input);
      }
      message.success(t('form.saved'));
      onSaved(saved);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'rep.code_taken') {
        form.setFields([{ name: ['code'], errors: [errorMessage(t, cause)] }]);
      }
      const unmatched = applyFormErrors(form, cause, repFieldOf);
      const detail = unmatched
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      setError([errorMessage(t, cause), detail].filter(Boolean).join(' — '));
    } finally {
      setSaving(false);
    }
  };

  const title = rep
    ? readOnly
      ? t('rep.viewTitle', { name: rep.name })
      : t('rep.editTitle', { name: rep.name })
    : t('rep.createTitle');

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      title={title}
      size={560}
      forceRender
      footer={
        readOnly ? null : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('form.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {t('form.save')}
            </Button>
          </Flex>
        )
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<RepFormValues>
        name="rep"
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={save}
        scrollToFirstError
      >
        <RepFormFields
          teamTree={teamTree}
          repId={rep?.id ?? null}
          timeZone={timeZone}
          readOnly={readOnly}
        />
      </Form>
    </Drawer>
  );
};
