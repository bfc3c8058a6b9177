/**
 * 预览（回测）: replays the last N days' leads, or pasted leads, under the editor's current
 * document (unsaved edits included) and under the published policy, side by side per rep and
 * per lead. Writes nothing.
 */
import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingPreview } from '../../../../src/contracts/routing.ts';
import type { Locale } from '../../../../src/domain/shared/vocabulary.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { validationIssues } from '../../api/form-errors.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import type { PolicyDocument } from './policy-form-values.ts';
import { type IntakeLead, type LeadProblem, parsePastedLeads } from './preview-leads.ts';
import { PreviewResult } from './routing-preview-result.tsx';

type Source = 'lastDays' | 'paste';
/** A lead of the preview with its place in the answer (leads may share names and times). */

type Props = {
  /** The editor's document now (unsaved edits included). */
  getDocument: () => PolicyDocument;
  /** JSON of the editor's document, to tell when a result no longer matches it. */
  documentKey: string;
  /** Puts `policy.*` issues next to the editor fields; returns how many found no field. */
  onPolicyError: (error: unknown) => void;
};

type Ran = { body: Record<string, unknown>; documentKey: string; lines: number[] };

const DEFAULT_DAYS = 30;

export const RoutingPreviewPanel = ({ getDocument, documentKey, onPolicyError }: Props) => {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<Source>('lastDays');
  const [days, setDays] = useState<number | null>(DEFAULT_DAYS);
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<ReactNode[]>([]);
  const [result, setResult] = useState<RoutingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [ran, setRan] = useState<Ran | null>(null);
  const seq = useRef(0);

  const problemText = useCallback(
    (p: LeadProblem) =>
      t('policy.preview.problemAt', {
        line: p.line,
        problem: t(`policy.preview.problem.${p.code}`, { value: p.value ?? '' }),
      }),
    [t],
  );

  const send = useCallback(
    async (body: Record<string, unknown>, key: string, lines: number[]) => {
      const mine = ++seq.current;
      setRunning(true);
      setError(null);
      try {
        const preview = await api.post<RoutingPreview>('/routing/preview', body);
        if (mine !== seq.current) return;
        setResult(preview);
        setRan({ body, documentKey: key, lines });
      } catch (cause) {
        if (mine !== seq.current) return;
        const issues = validationIssues(cause);
        // Problems of pasted leads by line; problems of the policy go next to the editor fields.
        const leadIssues = issues.flatMap((issue) => {
          const [head, index, ...rest] = issue.path;
          if (head !== 'leads' || typeof index !== 'number') return [];
          return [
            t('policy.preview.problemAt', {
              line: lines[index] ?? index + 1,
              problem: `${rest.join('.')}${rest.length ? ': ' : ''}${issue.message}`,
            }),
          ];
        });
        setProblems(leadIssues);
        // The policy's problems come as `policy.rules.0.id` (shape) or `rules[0].id` (references).
        const aboutPolicy = issues.some(
          (issue) => issue.path[0] !== 'leads' && issue.path[0] !== 'lastDays',
        );
        if (aboutPolicy) {
          onPolicyError(cause);
          setError(t('policy.preview.policyInvalid'));
        } else setError(errorMessage(t, cause));
        setResult(null);
      } finally {
        if (mine === seq.current) setRunning(false);
      }
    },
    [t, onPolicyError],
  );

  const run = () => {
    const locale: Locale = currentLocale();
    let leads: IntakeLead[] | undefined;
    let lines: number[] = [];
    if (source === 'paste') {
      const parsed = parsePastedLeads(pasted);
      if (!parsed.ok) {
        setProblems(
          parsed.syntax
            ? [t('policy.preview.problem.syntax')]
            : parsed.tooMany
              ? [t('policy.preview.problem.tooMany')]
              : parsed.problems.length === 0
                ? [t('policy.preview.problem.empty')]
                : parsed.problems.map(problemText),
        );
        return;
      }
      leads = parsed.leads;
      lines = parsed.lines;
    }
    setProblems([]);
    const body = {
      policy: getDocument(),
      ...(leads ? { leads } : { lastDays: days ?? DEFAULT_DAYS }),
      locale,
    };
    void send(body, documentKey, lines);
  };

  // Explanations are worded by the server: a language switch asks again in the new language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language triggers this
  useEffect(() => {
    if (!ran || ran.body.locale === i18n.language) return;
    void send({ ...ran.body, locale: currentLocale() }, ran.documentKey, ran.lines);
  }, [i18n.language]);

  const stale = ran !== null && result !== null && ran.documentKey !== documentKey;

  return (
    <Card
      variant="borderless"
      title={t('policy.preview.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('policy.preview.writesNothing')}
        </Typography.Text>
      }
      styles={{ body: { padding: 16 } }}
    >
      <Flex vertical gap={12}>
        <Radio.Group
          value={source}
          onChange={(event) => setSource(event.target.value as Source)}
          aria-label={t('policy.preview.source')}
        >
          <Radio value="lastDays">
            <Space size={6}>
              {t('policy.preview.lastDaysBefore')}
              <InputNumber
                size="small"
                min={1}
                max={90}
                precision={0}
                value={days}
                onChange={setDays}
                aria-label={t('policy.preview.days')}
                style={{ width: 64 }}
                onFocus={() => setSource('lastDays')}
              />
              {t('policy.preview.lastDaysAfter')}
            </Space>
          </Radio>
          <Radio value="paste">{t('policy.preview.paste')}</Radio>
        </Radio.Group>
        {source === 'paste' ? (
          <Flex vertical gap={4}>
            <Input.TextArea
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              aria-label={t('policy.preview.pasteLabel')}
              placeholder={t('policy.preview.pastePlaceholder')}
              autoSize={{ minRows: 4, maxRows: 12 }}
              status={problems.length > 0 ? 'error' : undefined}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('policy.preview.pasteHelp')}
            </Typography.Text>
          </Flex>
        ) : null}
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('policy.preview.leadsInvalid')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.slice(0, 20).map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat
                  <li key={i}>{p}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <div>
          <Button type="primary" icon={<PlayCircleOutlined />} loading={running} onClick={run}>
            {t('policy.preview.run')}
          </Button>
        </div>
        {error ? <Alert type="error" showIcon title={error} /> : null}
        {stale ? <Alert type="warning" showIcon title={t('policy.preview.stale')} /> : null}
        {result ? <PreviewResult preview={result} /> : null}
        {!result && !error && !running ? (
          <Typography.Text type="secondary">{t('policy.preview.hint')}</Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
};
