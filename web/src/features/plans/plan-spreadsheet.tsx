/**
 * A plan in Excel: 导出 Excel downloads the version on screen as the reader sees it, headers in
 * the UI language; 导入调整 (drafts, managers and administrators) sends back a filled-in export.
 * The server checks the whole file first: when anything is wrong it lists every problem by
 * cell and changes nothing, so the manager fixes the file and uploads it again.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type PlanImportResultSchema, XLSX_CONTENT_TYPE } from '../../../../src/contracts/plans.ts';
import { API_BASE, ApiError, api, toQueryString } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';

type ImportResult = z.infer<typeof PlanImportResultSchema>;

/** One problem of an uploaded workbook: its cell (`目标!F7`, empty for the whole file). */
export type ImportProblem = { path: string; message: string; code?: string };

/** The problems of a refused workbook, or null when the error is not about the file. */
export const problemsOf = (error: unknown): ImportProblem[] | null => {
  if (!(error instanceof ApiError) || error.code !== 'validation.failed') return null;
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  return issues.filter(
    (i): i is ImportProblem =>
      typeof i === 'object' && i !== null && typeof (i as ImportProblem).path === 'string',
  );
};

type ExportProps = { planId: string; version: number };

export const PlanExportButton = ({ planId, version }: ExportProps) => {
  const { t, i18n } = useTranslation();
  const href = `${API_BASE}/plans/${planId}/export.xlsx${toQueryString({
    version,
    locale: i18n.language === 'en' ? 'en' : 'zh-CN',
  })}`;
  return (
    <Button icon={<DownloadOutlined />} href={href} download>
      {t('plans.export')}
    </Button>
  );
};

type ImportProps = {
  planId: string;
  /** Called after a file was taken in, changed or not. */
  onImported: () => void;
  /** Called with the problems of a refused file; null clears them. */
  onProblems: (problems: ImportProblem[] | null) => void;
};

export const PlanImportButton = ({ planId, onImported, onProblems }: ImportProps) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const send = async (file: File) => {
    setBusy(true);
    onProblems(null);
    try {
      const bytes = await file.arrayBuffer();
      const result = await api.upload<ImportResult>(
        `/plans/${planId}/adjustments/import`,
        bytes,
        XLSX_CONTENT_TYPE,
        { locale: i18n.language === 'en' ? 'en' : 'zh-CN' },
      );
      if (result.changed > 0) message.success(t('plans.import.done', { changed: result.changed }));
      else message.info(t('plans.import.unchanged'));
      onImported();
    } catch (cause) {
      const problems = problemsOf(cause);
      if (problems && problems.length > 0) onProblems(problems);
      else message.error(errorMessage(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Upload
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        void send(file);
        // The file is sent by `send`, not by the Upload itself.
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} title={t('plans.import.help')}>
        {t('plans.import.button')}
      </Button>
    </Upload>
  );
};

type ProblemsProps = { problems: ImportProblem[]; onClose: () => void };

/** Every problem of a refused workbook, by cell, so the file is fixed in one pass. */
export const ImportProblems = ({ problems, onClose }: ProblemsProps) => {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      title={t('plans.import.failed', { n: problems.length })}
      description={
        <Table<ImportProblem & { key: number }>
          size="small"
          pagination={false}
          aria-label={t('plans.import.failed', { n: problems.length })}
          dataSource={problems.map((p, key) => ({ ...p, key }))}
          columns={[
            {
              title: t('plans.import.cell'),
              dataIndex: 'path',
              width: 140,
              render: (path: string) => path || t('plans.import.wholeFile'),
            },
            {
              title: t('plans.import.problem'),
              key: 'message',
              render: (_, p) =>
                p.message || (p.code ? t(`issues.${p.code}`, { defaultValue: p.code }) : ''),
            },
          ]}
        />
      }
    />
  );
};
