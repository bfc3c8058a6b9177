/** The fields of the rep profile form (销售代表资料). */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  TreeSelect,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { RepSelect } from '../../ui/rep-select.tsx';
import { vocabOptions } from '../../ui/vocab.tsx';
import { CAP_FIELDS } from './rep-form-values.ts';
import type { TeamNode } from './team-tree-data.ts';

type Props = { teamTree: TeamNode[]; repId: string | null; timeZone: string; readOnly: boolean };

const CAP_LABELS: Record<(typeof CAP_FIELDS)[number], string> = {
  capPerDay: 'rep.capPerDay',
  capPerWeek: 'rep.capPerWeek',
  capPerMonth: 'rep.capPerMonth',
  maxOpen: 'rep.maxOpen',
};

export const RepFormFields = ({ teamTree, repId, timeZone, readOnly }: Props) => {
  const { t } = useTranslation();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="code" label={t('rep.code')} rules={[required]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="name" label={t('rep.name')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="teamId" label={t('rep.team')}>
        <TreeSelect
          allowClear
          treeData={teamTree}
          treeDefaultExpandAll
          placeholder={t('rep.noTeam')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="email"
            label={t('common.email')}
            rules={[{ type: 'email', message: t('auth.emailInvalid') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('common.phone')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="level" label={t('rep.level')} rules={[required]}>
            <Select options={vocabOptions(t, 'repLevel')} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="hiredOn" label={t('rep.hiredOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="active" label={t('rep.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="weight"
            label={t('rep.weight')}
            tooltip={t('rep.weightHelp')}
            rules={[
              required,
              {
                validator: (_, value: number | null) =>
                  value === null || value === undefined || value > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('rep.weightPositive'))),
              },
            ]}
          >
            <InputNumber min={0.01} max={1000} step={0.1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="mentorId" label={t('rep.mentor')}>
            <RepSelect excludeId={repId ?? undefined} placeholder={t('rep.noMentor')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="tags" label={t('rep.tags')}>
        <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('rep.caps')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('rep.capsHelp')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {CAP_FIELDS.map((field) => (
          <Col span={6} key={field}>
            <Form.Item name={field} label={t(CAP_LABELS[field])}>
              <InputNumber
                min={0}
                max={100000}
                precision={0}
                placeholder="∞"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('rep.away')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('rep.awayHelp', { timeZone })}
      </Typography.Paragraph>
      <Form.List name="away">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={[field.name, 'range']}
                  rules={[{ required: true, message: t('rep.awayRequired') }]}
                  style={{ flex: 1 }}
                >
                  <DatePicker.RangePicker
                    showTime={{ format: 'HH:mm' }}
                    format="YYYY-MM-DD HH:mm"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                {readOnly ? null : (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('rep.awayRemove')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Flex>
            ))}
            {readOnly ? (
              fields.length === 0 ? (
                <Typography.Text type="secondary">{t('rep.awayNone')}</Typography.Text>
              ) : null
            ) : (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ range: null })}>
                {t('rep.awayAdd')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </>
  );
};
