/**
 * One rule of the ordered list: id, condition, who may get the lead (分配给), method, active days
 * and overflow, with move up / down and delete buttons (keyboard usable, no dragging).
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReps } from '../../api/reps-directory.tsx';
import { vocabOptions } from '../../ui/vocab.tsx';
import type { TeamNode } from '../org/team-tree-data.ts';
import { ConditionBuilder } from './condition-builder.tsx';
import { DestinationInput, destinationIncomplete } from './destination-input.tsx';
import { METHODS, type RuleValues, WEEKDAYS } from './policy-form-values.ts';

type Props = {
  /** Form.List field name of the rule. */
  name: number;
  /** Form.List key: stays with the rule when it moves. */
  listKey: number;
  index: number;
  count: number;
  readOnly: boolean;
  teamTree: TeamNode[];
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

export const RuleCard = ({
  name,
  listKey,
  index,
  count,
  readOnly,
  teamTree,
  onMove,
  onRemove,
}: Props) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const { reps, byId } = useReps();
  const id = (Form.useWatch(['rules', name, 'id'], form) ?? '') as string;
  const match = (Form.useWatch(['rules', name, 'match'], form) ?? []) as RuleValues['match'];
  const selectedReps = (Form.useWatch(['rules', name, 'reps'], form) ?? []) as string[];
  const label = id || String(index + 1);

  const repOptions = useMemo(() => {
    const options = reps.map((rep) => ({
      value: rep.id,
      label: rep.active
        ? `${rep.name} (${rep.code})`
        : `${rep.name} (${rep.code}) · ${t('rep.inactive')}`,
    }));
    // A rep that is not in the directory any more: say so instead of showing a raw id.
    for (const repId of selectedReps) {
      if (!byId.has(repId))
        options.push({ value: repId, label: t('common.outOfScope', { id: repId.slice(0, 8) }) });
    }
    return options;
  }, [reps, byId, selectedReps, t]);
  const tagOptions = useMemo(
    () =>
      [...new Set(reps.flatMap((rep) => rep.tags))]
        .sort()
        .map((tag) => ({ value: tag, label: tag })),
    [reps],
  );

  return (
    <Card
      size="small"
      data-rule-key={listKey}
      aria-label={t('policy.rule.cardLabel', { n: index + 1, id: label })}
      role="group"
      title={
        <Flex align="center" gap={8}>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {index + 1}
          </Tag>
          <Typography.Text strong ellipsis style={{ maxWidth: 260 }}>
            {id || t('policy.rule.untitled')}
          </Typography.Text>
        </Flex>
      }
      extra={
        readOnly ? null : (
          <Flex gap={2}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              data-move="up"
              disabled={index === 0}
              aria-label={t('policy.rule.moveUp', { id: label })}
              title={t('policy.rule.moveUpShort')}
              onClick={() => onMove(-1)}
            />
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              data-move="down"
              disabled={index === count - 1}
              aria-label={t('policy.rule.moveDown', { id: label })}
              title={t('policy.rule.moveDownShort')}
              onClick={() => onMove(1)}
            />
            <Popconfirm
              title={t('policy.rule.removeConfirm', { id: label })}
              okText={t('policy.rule.remove')}
              cancelText={t('form.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={onRemove}
            >
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('policy.rule.removeLabel', { id: label })}
                title={t('policy.rule.remove')}
              />
            </Popconfirm>
          </Flex>
        )
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'id']}
            label={t('policy.rule.id')}
            tooltip={t('policy.rule.idHelp')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'method']} label={t('policy.rule.method')}>
            <Select
              options={METHODS.map((m) => ({
                value: m,
                label: t(`policy.method.${m}`),
                title: t(`policy.methodHelp.${m}`),
              }))}
              optionRender={(option) => (
                <Flex vertical>
                  <span>{option.label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {option.data.title}
                  </Typography.Text>
                </Flex>
              )}
            />
          </Form.Item>
        </Col>
      </Row>
      <ConditionBuilder rule={name} readOnly={readOnly} />
      <Divider titlePlacement="start" plain style={{ margin: '8px 0 12px' }}>
        {t('policy.rule.to')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4, fontSize: 12 }}>
        {t('policy.rule.toHelp')} <Link to="/org">{t('policy.rule.toOrg')}</Link>
      </Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'reps']} label={t('policy.rule.reps')}>
            <Select
              mode="multiple"
              allowClear
              options={repOptions}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('policy.rule.anyone')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'teams']} label={t('policy.rule.teams')}>
            <TreeSelect
              multiple
              allowClear
              treeData={teamTree}
              treeDefaultExpandAll
              placeholder={t('policy.rule.anyTeam')}
              showSearch={{ treeNodeFilterProp: 'title' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'levels']} label={t('policy.rule.levels')}>
            <Select
              mode="multiple"
              allowClear
              options={vocabOptions(t, 'repLevel')}
              placeholder={t('policy.rule.anyLevel')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'tags']}
            label={t('policy.rule.tags')}
            tooltip={t('policy.rule.tagsHelp')}
          >
            <Select
              mode="tags"
              allowClear
              options={tagOptions}
              tokenSeparators={[',', '，']}
              placeholder={t('policy.rule.anyTag')}
            />
          </Form.Item>
        </Col>
      </Row>
      {match.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('policy.rule.match', {
            pairs: match.map((m) => `${m.lead} = ${m.rep}`).join(t('policy.listSeparator')),
          })}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item
            name={[name, 'activeDays']}
            label={t('policy.rule.activeDays')}
            tooltip={t('policy.rule.activeDaysHelp')}
          >
            <Checkbox.Group
              options={WEEKDAYS.map((d) => ({ value: d, label: t(`policy.weekday.${d}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'overflow']}
            label={t('policy.rule.overflow')}
            tooltip={t('policy.rule.overflowHelp')}
            rules={[
              {
                validator: (_, value: string) =>
                  destinationIncomplete(value)
                    ? Promise.reject(new Error(t('policy.destination.incomplete')))
                    : Promise.resolve(),
              },
            ]}
          >
            <DestinationInput
              kinds={['next', 'hold', 'pool', 'rep']}
              aria-label={t('policy.rule.overflow')}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
};
