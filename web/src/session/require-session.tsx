/** Renders its children only with a session; otherwise sends the user to the sign-in page. */
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionApi } from './session-context.tsx';

export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { state } = useSessionApi();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <>{children}</>;
};

export const FullPageSpin = () => (
  <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
    <Spin size="large" />
  </div>
);
