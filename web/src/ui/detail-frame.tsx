/** Loading, error and not-found handling for a detail page, around its content. */
import { Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ErrorState } from './list-states.tsx';
import type { Resource } from './use-resource.ts';

export const DetailFrame = <T,>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) => {
  const { t } = useTranslation();
  if (resource.loading && !resource.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (resource.error instanceof ApiError && resource.error.status === 404) {
    return <Result status="404" title="404" subTitle={t('common.recordNotFound')} />;
  }
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return null;
  return <>{children(resource.data)}</>;
};
