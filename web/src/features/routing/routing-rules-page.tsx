/**
 * 分配规则: the routing policy editor (policy-wide settings, then the ordered rules) beside the
 * preview of its effect. Admins save the draft and publish it; managers read it and preview.
 */
import { CloudUploadOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Row,
  Skeleton,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingPolicyVersion } from '../../../../src/contracts/routing.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors, validationIssues } from '../../api/form-errors.ts';
import { useSession } from '../../session/session-context.tsx';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { Page } from '../../ui/page.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { buildTeamTree } from '../org/team-tree-data.ts';
import { useTeams } from '../org/use-teams.ts';
import {
  emptyRule,
  newRuleId,
  type PolicyDocument,
  type PolicyFormValues,
  policyFieldOf,
  toDocument,
  toFormValues,
} from './policy-form-values.ts';
import { PolicySettingsFields } from './policy-settings-fields.tsx';
import { PolicyVersions } from './policy-versions.tsx';
import { RoutingPreviewPanel } from './routing-preview-panel.tsx';
import { RuleCard } from './rule-card.tsx';

type CurrentPolicy = {
  draft: RoutingPolicyVersion | null;
  published: RoutingPolicyVersion | null;
};

export const RoutingRulesPage = () => {
  const { t } = useTranslation();
  const current = useResource<CurrentPolicy>('/routing/policy');
  if (current.data && !current.loading) return <RulesEditor initial={current.data} />;
  return (
    <Page title={t('nav.routingRules')} plain>
      {current.error ? (
        <ErrorState error={current.error} onRetry={current.reload} />
      ) : (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      )}
    </Page>
  );
};

const documentKeyOf = (doc: PolicyDocument | null | undefined) =>
  JSON.stringify(toDocument(toFormValues(doc)));

const RulesEditor = ({ initial }: { initial: CurrentPolicy }) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const { user } = useSession();
  const readOnly = user.role !== 'admin';
  const [form] = Form.useForm<PolicyFormValues>();
  const [policy, setPolicy] = useState<CurrentPolicy>(initial);
  const shown = initial.draft ?? initial.published;
  const initialValues = useMemo(() => toFormValues(shown?.document), [shown]);
  const [baseline, setBaseline] = useState(() => documentKeyOf(shown?.document));
  const [saving, setSaving] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ key: number; dir: 'up' | 'down'; text: string } | null>(
    null,
  );
  const versions = useResource<{ items: RoutingPolicyVersion[] }>('/routing/policy/versions');
  const teams = useTeams();
  const teamTree = useMemo(
    () => buildTeamTree(teams.teams, new Intl.Collator(i18n.resolvedLanguage)),
    [teams.teams, i18n.resolvedLanguage],
  );

  const watched = Form.useWatch((values: PolicyFormValues) => values, { form, preserve: true });
  const values: PolicyFormValues = watched?.rules ? watched : initialValues;
  const documentKey = JSON.stringify(toDocument(values));
  const dirty = documentKey !== baseline;
  const currentDocument = useCallback(
    () => toDocument(form.getFieldsValue(true) as PolicyFormValues),
    [form],
  );

  // A reload or closing the tab would lose unsaved edits.
  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, readOnly]);

  // After a move, the focus stays on the moved rule's button (or its other arrow at an end).
  useEffect(() => {
    if (!moved) return;
    const card = document.querySelector(`[data-rule-key="${moved.key}"]`);
    const same = card?.querySelector<HTMLButtonElement>(`[data-move="${moved.dir}"]`);
    const other = card?.querySelector<HTMLButtonElement>(
      `[data-move="${moved.dir === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  }, [moved]);

  /** Issues next to their fields; the rest (and the error itself) in the alert. */
  const showError = useCallback(
    (cause: unknown) => {
      const all = form.getFieldsValue(true) as PolicyFormValues;
      const fieldOf = policyFieldOf(all);
      const unmatched = applyFormErrors(form, cause, fieldOf);
      const detail = unmatched
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      setError([errorMessage(t, cause), detail].filter(Boolean).join(' — '));
      const first = validationIssues(cause)
        .map((issue) => fieldOf(issue.path))
        .find((name) => name !== null);
      if (first) {
        try {
          form.scrollToField(first, { block: 'center' });
        } catch {
          // Not every environment can scroll (tests); the message is shown anyway.
        }
      }
    },
    [form, t],
  );

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const document = currentDocument();
    setSaving(true);
    setError(null);
    try {
      const saved = await api.put<RoutingPolicyVersion>('/routing/policy/draft', document);
      setPolicy((p) => ({ ...p, draft: saved }));
      setBaseline(documentKeyOf(saved.document));
      message.success(t('policy.savedDraft', { version: saved.version }));
      versions.reload();
    } catch (cause) {
      showError(cause);
    } finally {
      setSaving(false);
    }
  };

  const publish = () => {
    const draft = policy.draft;
    if (!draft) return;
    modal.confirm({
      title: t('policy.publishConfirm.title', { version: draft.version }),
      content: policy.published
        ? t('policy.publishConfirm.replaces', { version: policy.published.version })
        : t('policy.publishConfirm.first'),
      okText: t('policy.publish'),
      cancelText: t('form.cancel'),
      onOk: async () => {
        setPublishing(true);
        setError(null);
        try {
          const live = await api.post<RoutingPolicyVersion>('/routing/policy/publish');
          setPolicy({ draft: null, published: live });
          message.success(t('policy.publishedDone', { version: live.version }));
          versions.reload();
        } catch (cause) {
          showError(cause);
        } finally {
          setPublishing(false);
        }
      },
    });
  };

  const publishBlocked = dirty
    ? t('policy.publishNeedsSave')
    : !policy.draft
      ? t('policy.publishNoDraft')
      : null;

  const status = (
    <Flex gap={4} wrap>
      {policy.draft ? (
        <Tag color="orange">{t('policy.draftTag', { version: policy.draft.version })}</Tag>
      ) : null}
      {policy.published ? (
        <Tag color="green">{t('policy.publishedTag', { version: policy.published.version })}</Tag>
      ) : (
        <Tag>{t('policy.nothingPublished')}</Tag>
      )}
      {dirty && !readOnly ? <Tag color="red">{t('policy.unsaved')}</Tag> : null}
      {readOnly ? <Tag>{t('policy.readOnly')}</Tag> : null}
    </Flex>
  );

  const actions = readOnly ? null : (
    <>
      <Button
        icon={<SaveOutlined />}
        loading={saving}
        disabled={!dirty && policy.draft !== null}
        onClick={save}
      >
        {t('policy.saveDraft')}
      </Button>
      <Tooltip title={publishBlocked}>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={publishing}
          disabled={publishBlocked !== null}
          onClick={publish}
        >
          {t('policy.publish')}
        </Button>
      </Tooltip>
    </>
  );

  return (
    <Page title={t('nav.routingRules')} subtitle={status} actions={actions} plain>
      {readOnly ? <Alert type="info" showIcon title={t('policy.readOnlyHelp')} /> : null}
      {error ? (
        <Alert type="error" showIcon closable title={error} onClose={() => setError(null)} />
      ) : null}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={12}>
          <Form<PolicyFormValues>
            name="routing-policy"
            form={form}
            layout="vertical"
            initialValues={initialValues}
            disabled={readOnly}
            requiredMark={false}
          >
            <Flex vertical gap={16}>
              <Card
                variant="borderless"
                title={t('policy.settings.title')}
                styles={{ body: { paddingBottom: 0 } }}
              >
                <PolicySettingsFields />
              </Card>
              <Card
                variant="borderless"
                title={t('policy.rules')}
                extra={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('policy.rulesHelp')}
                  </Typography.Text>
                }
              >
                <Form.List name="rules">
                  {(fields, { add, remove, move }) => (
                    <Flex vertical gap={12}>
                      {fields.length === 0 ? (
                        <EmptyState description={t('policy.noRules')} />
                      ) : null}
                      {fields.map((field, index) => (
                        <RuleCard
                          key={field.key}
                          name={field.name}
                          listKey={field.key}
                          index={index}
                          count={fields.length}
                          readOnly={readOnly}
                          teamTree={teamTree}
                          onMove={(delta) => {
                            const to = index + delta;
                            move(index, to);
                            const id = (form.getFieldValue(['rules', to, 'id']) as string) || '';
                            setMoved({
                              key: field.key,
                              dir: delta < 0 ? 'up' : 'down',
                              text: t('policy.rule.movedTo', { id, n: to + 1 }),
                            });
                          }}
                          onRemove={() => remove(field.name)}
                        />
                      ))}
                      {readOnly ? null : (
                        <Button
                          type="dashed"
                          block
                          icon={<PlusOutlined />}
                          onClick={() => {
                            const rules = (form.getFieldValue('rules') ?? []) as { id: string }[];
                            const prefix = t('policy.rule.newIdPrefix');
                            add(
                              emptyRule(
                                newRuleId(
                                  rules.map((r) => r.id),
                                  prefix,
                                ),
                              ),
                            );
                          }}
                        >
                          {t('policy.rule.add')}
                        </Button>
                      )}
                    </Flex>
                  )}
                </Form.List>
                <span className="allot-visually-hidden" aria-live="polite">
                  {moved?.text ?? ''}
                </span>
              </Card>
            </Flex>
          </Form>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <RoutingPreviewPanel
              getDocument={currentDocument}
              documentKey={documentKey}
              onPolicyError={showError}
            />
            <PolicyVersions
              items={versions.data?.items ?? []}
              loading={versions.loading}
              error={versions.error}
              onRetry={versions.reload}
            />
          </Flex>
        </Col>
      </Row>
    </Page>
  );
};
