/** Create a team under a parent, or rename one (admin). */
import { Alert, App, Form, Input, Modal, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../src/contracts/org.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors } from '../../api/form-errors.ts';
import type { TeamNode } from './team-tree-data.ts';

export type TeamModalTarget =
  | { mode: 'create'; parentId: string | null }
  | { mode: 'rename'; team: Team };

type Values = { name: string; parentId: string | null };

type Props = {
  target: TeamModalTarget | null;
  teamTree: TeamNode[];
  onClose: () => void;
  onSaved: (team: Team) => void;
};

export const TeamModal = ({ target, teamTree, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!target) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      target.mode === 'rename'
        ? { name: target.team.name, parentId: target.team.parentId }
        : { name: '', parentId: target.parentId },
    );
  }, [target, form]);

  const save = async (values: Values) => {
    if (!target) return;
    setSaving(true);
    setError(null);
    try {
      const team =
        target.mode === 'rename'
          ? await api.patch<Team>(`/teams/${target.team.id}`, { name: values.name.trim() })
          : await api.post<Team>('/teams', {
              name: values.name.trim(),
              parentId: values.parentId ?? null,
            });
      message.success(t('form.saved'));
      onSaved(team);
    } catch (cause) {
      applyFormErrors(form, cause, ([head]) =>
        head === 'name' || head === 'parentId' ? [head] : null,
      );
      setError(cause);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!target}
      title={target?.mode === 'rename' ? t('team.rename') : t('team.create')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error ? (
        <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> name="team" form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="name"
          label={t('team.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
        {target?.mode === 'create' ? (
          <Form.Item name="parentId" label={t('team.parent')}>
            <TreeSelect
              allowClear
              treeData={teamTree}
              treeDefaultExpandAll
              placeholder={t('team.noParent')}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
};
