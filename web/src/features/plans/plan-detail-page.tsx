/**
 * One target plan: its status and the workflow moves the reader may make (提交, 退回草稿, 审批,
 * 发布 — each confirmed), recalculation of a draft, the grid of targets with each figure's
 * explanation and adjustment, the fairness of the split, and every version; the plan exported
 * to Excel and, on drafts, adjustments imported back from it; on published plans, revisions
 * (调整已发布目标); the targets by rep or by territory.
 */
import {
  CheckOutlined,
  CloudUploadOutlined,
  EditOutlined,
  ReloadOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Segmented, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useSession } from '../../session/session-context.tsx';
import { ErrorState } from '../../ui/list-states.tsx';
import { Page, Section } from '../../ui/page.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { FairnessPanel } from './fairness-panel.tsx';
import { type CellRef, PlanGrid } from './plan-grid.tsx';
import {
  canEditDraft,
  canRevise,
  movesFor,
  type PlanDetail,
  type PlanMove,
  type PlanVersion,
} from './plan-model.ts';
import { PlanReviseModal } from './plan-revise-modal.tsx';
import {
  type ImportProblem,
  ImportProblems,
  PlanExportButton,
  PlanImportButton,
} from './plan-spreadsheet.tsx';
import { PlanTerritoriesView } from './plan-territories.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { PeriodText, PlanStatusTag } from './plans-page.tsx';
import { TargetDrawer } from './target-drawer.tsx';

const MOVE_ICON: Record<PlanMove, ReactNode> = {
  submit: <SendOutlined />,
  reopen: <RollbackOutlined />,
  approve: <CheckOutlined />,
  publish: <CloudUploadOutlined />,
};

export const PlanDetailPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const viewing = Number(search.get('version')) || null;
  const detail = useResource<PlanDetail>(
    viewing ? `/plans/${id}/versions/${viewing}` : `/plans/${id}`,
  );
  const versions = useResource<{ items: PlanVersion[] }>(`/plans/${id}/versions`);
  const view = (version: number | null) =>
    setSearch(version ? { version: String(version) } : {}, { replace: true });

  if (!detail.data) {
    return (
      <Page title={t('nav.plans')} backTo="/plans" plain>
        {detail.error ? (
          <ErrorState error={detail.error} onRetry={detail.reload} />
        ) : (
          <Card variant="borderless">
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        )}
      </Page>
    );
  }
  return (
    <PlanView
      plan={detail.data}
      refreshing={detail.loading}
      viewing={viewing}
      onView={view}
      versions={versions}
      reload={() => {
        detail.reload();
        versions.reload();
      }}
    />
  );
};

type ViewProps = {
  plan: PlanDetail;
  refreshing: boolean;
  viewing: number | null;
  onView: (version: number | null) => void;
  versions: ReturnType<typeof useResource<{ items: PlanVersion[] }>>;
  reload: () => void;
};

const PlanView = ({ plan, refreshing, viewing, onView, versions, reload }: ViewProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const [cell, setCell] = useState<CellRef | null>(null);
  const [busy, setBusy] = useState<PlanMove | 'recalculate' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [revising, setRevising] = useState(false);
  const [by, setBy] = useState<'rep' | 'territory'>('rep');
  const historical = viewing !== null && viewing !== plan.version;
  const status = historical ? plan.current.status : plan.status;
  const moves = historical ? [] : movesFor(user.role, plan.status);
  const editable = !historical && canEditDraft(user.role, plan.status);
  const revisable = !historical && canRevise(user.role, plan.status);
  const shown = historical && viewing !== null ? viewing : plan.version;

  const act = async (action: PlanMove | 'recalculate') => {
    setBusy(action);
    setError(null);
    try {
      await api.post(`/plans/${plan.id}/${action}`);
      message.success(t(`plans.done.${action}`));
      reload();
    } catch (cause) {
      setError(errorMessage(t, cause));
    } finally {
      setBusy(null);
    }
  };

  const actions = (
    <>
      <PlanExportButton planId={plan.id} version={historical ? viewing : plan.version} />
      {editable ? (
        <PlanImportButton planId={plan.id} onImported={reload} onProblems={setProblems} />
      ) : null}
      {editable ? (
        <Button
          icon={<ReloadOutlined />}
          loading={busy === 'recalculate'}
          onClick={() => act('recalculate')}
        >
          {t('plans.recalculate')}
        </Button>
      ) : null}
      {revisable ? (
        <Button type="primary" icon={<EditOutlined />} onClick={() => setRevising(true)}>
          {t('plans.revise.open')}
        </Button>
      ) : null}
      {moves.map((move) => (
        <Popconfirm
          key={move}
          title={t(`plans.confirm.${move}`)}
          okText={t(`plans.move.${move}`)}
          cancelText={t('form.cancel')}
          onConfirm={() => act(move)}
        >
          <Button
            type={move === 'reopen' ? 'default' : 'primary'}
            icon={MOVE_ICON[move]}
            loading={busy === move}
          >
            {t(`plans.move.${move}`)}
          </Button>
        </Popconfirm>
      ))}
    </>
  );

  const warnings = plan.current.result.warnings;
  return (
    <Page
      title={plan.name}
      backTo="/plans"
      subtitle={
        <Flex gap={8} align="center" wrap>
          <PlanStatusTag status={status} />
          <Typography.Text type="secondary">v{historical ? viewing : plan.version}</Typography.Text>
          <PeriodText plan={plan} />
        </Flex>
      }
      actions={actions}
      plain
    >
      {historical ? (
        <Alert
          type="info"
          showIcon
          title={t('plans.viewingOld', { version: viewing, current: plan.version })}
          action={
            <Button size="small" onClick={() => onView(null)}>
              {t('plans.backToCurrent')}
            </Button>
          }
        />
      ) : null}
      {error ? (
        <Alert type="error" showIcon closable title={error} onClose={() => setError(null)} />
      ) : null}
      {problems ? <ImportProblems problems={problems} onClose={() => setProblems(null)} /> : null}
      {!historical && plan.status === 'draft' && user.role !== 'rep' ? (
        <Typography.Text type="secondary">{t('plans.draftHelp')}</Typography.Text>
      ) : null}
      {plan.status === 'published' && !historical ? (
        <Alert type="success" showIcon title={t('plans.publishedHelp')} />
      ) : null}
      {warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('plans.warnings', { n: warnings.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {warnings.map((w) => (
                <li key={`${w.code}|${w.metric ?? ''}|${w.unit ?? ''}`}>{w.text}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Section
        title={t('plans.grid.title')}
        extra={
          <Segmented<'rep' | 'territory'>
            aria-label={t('plans.territories.switch')}
            value={by}
            onChange={setBy}
            options={[
              { value: 'rep', label: t('plans.territories.byRep') },
              { value: 'territory', label: t('plans.territories.byTerritory') },
            ]}
          />
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t(by === 'rep' ? 'plans.grid.help' : 'plans.territories.help')}
          </Typography.Text>
          <div style={{ opacity: refreshing ? 0.6 : 1 }}>
            {by === 'rep' ? (
              <PlanGrid plan={plan} onOpen={setCell} />
            ) : (
              <PlanTerritoriesView plan={plan} version={shown} />
            )}
          </div>
        </Flex>
      </Section>
      <Section title={t('plans.fairness.title')}>
        <FairnessPanel plan={plan} />
      </Section>
      <Section title={t('plans.versions.title')}>
        <PlanVersions
          items={versions.data?.items ?? []}
          loading={versions.loading}
          error={versions.error}
          onRetry={versions.reload}
          viewing={viewing}
          current={plan.version}
          onView={onView}
        />
      </Section>
      <TargetDrawer
        plan={plan}
        cell={cell}
        canAdjust={editable}
        onClose={() => setCell(null)}
        onChanged={reload}
      />
      {revisable ? (
        <PlanReviseModal
          plan={plan}
          open={revising}
          onClose={() => setRevising(false)}
          onRevised={() => {
            setRevising(false);
            reload();
          }}
        />
      ) : null}
    </Page>
  );
};
