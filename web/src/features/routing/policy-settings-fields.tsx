/** Policy-wide settings: owner first, dedup, count window, fallback (兜底), hold retry and SLA. */
import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DestinationInput, destinationIncomplete } from './destination-input.tsx';
import { COUNT_WINDOWS } from './policy-form-values.ts';

export const PolicySettingsFields = () => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const slaEnabled = Form.useWatch('slaEnabled', form) as boolean | undefined;
  const complete = {
    validator: (_: unknown, value: string) =>
      destinationIncomplete(value)
        ? Promise.reject(new Error(t('policy.destination.incomplete')))
        : Promise.resolve(),
  };
  return (
    <Row gutter={16}>
      <Col xs={12} md={8}>
        <Form.Item
          name="ownerFirst"
          label={t('policy.settings.ownerFirst')}
          tooltip={t('policy.settings.ownerFirstHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="dedup"
          label={t('policy.settings.dedup')}
          tooltip={t('policy.settings.dedupHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="countWindow"
          label={t('policy.settings.countWindow')}
          tooltip={t('policy.settings.countWindowHelp')}
        >
          <Select
            options={COUNT_WINDOWS.map((w) => ({ value: w, label: t(`policy.countWindow.${w}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="fallback"
          label={t('policy.settings.fallback')}
          tooltip={t('policy.settings.fallbackHelp')}
          rules={[complete]}
        >
          <DestinationInput
            kinds={['hold', 'pool', 'rep']}
            aria-label={t('policy.settings.fallback')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="holdRetryMinutes"
          label={t('policy.settings.holdRetryMinutes')}
          tooltip={t('policy.settings.holdRetryHelp')}
        >
          <InputNumber min={1} max={10080} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={8} md={8}>
        <Form.Item
          name="slaEnabled"
          label={t('policy.settings.sla')}
          tooltip={t('policy.settings.slaHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={16} md={6}>
        <Form.Item name="slaMinutes" label={t('policy.settings.slaMinutes')}>
          <InputNumber
            min={1}
            max={100000}
            precision={0}
            disabled={slaEnabled ? undefined : true}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="slaAction" label={t('policy.settings.slaAction')} rules={[complete]}>
          <DestinationInput
            kinds={['reassign', 'notify', 'pool']}
            disabled={slaEnabled ? undefined : true}
            aria-label={t('policy.settings.slaAction')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
};
