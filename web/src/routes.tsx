/** URL → page. Feature pages load on demand. */
import { Button, Result } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import type { Role } from '../../src/domain/shared/vocabulary.ts';
import { RepsProvider } from './api/reps-directory.tsx';
import { LoginPage } from './features/auth/login-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { FullPageSpin, RequireSession } from './session/require-session.tsx';
import { useSession } from './session/session-context.tsx';

const OrgPage = lazy(() =>
  import('./features/org/org-page.tsx').then((m) => ({ default: m.OrgPage })),
);
const LeadsPage = lazy(() =>
  import('./features/leads/leads-page.tsx').then((m) => ({ default: m.LeadsPage })),
);
const LeadDetailPage = lazy(() =>
  import('./features/leads/lead-detail-page.tsx').then((m) => ({ default: m.LeadDetailPage })),
);
const AccountsPage = lazy(() =>
  import('./features/accounts/accounts-page.tsx').then((m) => ({ default: m.AccountsPage })),
);
const AccountDetailPage = lazy(() =>
  import('./features/accounts/account-detail-page.tsx').then((m) => ({
    default: m.AccountDetailPage,
  })),
);
const OpportunitiesPage = lazy(() =>
  import('./features/opportunities/opportunities-page.tsx').then((m) => ({
    default: m.OpportunitiesPage,
  })),
);
const ActivitiesPage = lazy(() =>
  import('./features/activities/activities-page.tsx').then((m) => ({
    default: m.ActivitiesPage,
  })),
);
const RoutingLogPage = lazy(() =>
  import('./features/routing/routing-log-page.tsx').then((m) => ({ default: m.RoutingLogPage })),
);
const RoutingRulesPage = lazy(() =>
  import('./features/routing/routing-rules-page.tsx').then((m) => ({
    default: m.RoutingRulesPage,
  })),
);
const BatchAssignmentPage = lazy(() =>
  import('./features/assignment/batch-assignment-page.tsx').then((m) => ({
    default: m.BatchAssignmentPage,
  })),
);
const PlansPage = lazy(() =>
  import('./features/plans/plans-page.tsx').then((m) => ({ default: m.PlansPage })),
);
const PlanDetailPage = lazy(() =>
  import('./features/plans/plan-detail-page.tsx').then((m) => ({ default: m.PlanDetailPage })),
);
const MyTargetsPage = lazy(() =>
  import('./features/plans/my-targets-page.tsx').then((m) => ({ default: m.MyTargetsPage })),
);
const AuditPage = lazy(() =>
  import('./features/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);

const RequireRole = ({ roles, children }: { roles: readonly Role[]; children: ReactNode }) => {
  const { user } = useSession();
  return roles.includes(user.role) ? children : <NotAllowed />;
};

const NotAllowed = () => {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('errors.auth.forbidden')} />;
};

const NotFound = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.pageNotFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
};

const Signed = () => (
  <RequireSession>
    <RepsProvider>
      <AppLayout />
    </RepsProvider>
  </RequireSession>
);

export const AppRoutes = () => (
  <Suspense fallback={<FullPageSpin />}>
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<Signed />}>
        <Route index element={<Navigate to="/org" replace />} />
        <Route path="org" element={<OrgPage />} />
        <Route path="leads" element={<LeadsPage />} />
        <Route path="leads/:id" element={<LeadDetailPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="accounts/:id" element={<AccountDetailPage />} />
        <Route path="opportunities" element={<OpportunitiesPage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route
          path="plans"
          element={
            <RequireRole roles={['admin', 'manager']}>
              <PlansPage />
            </RequireRole>
          }
        />
        <Route
          path="plans/:id"
          element={
            <RequireRole roles={['admin', 'manager']}>
              <PlanDetailPage />
            </RequireRole>
          }
        />
        <Route path="my-targets" element={<MyTargetsPage />} />
        <Route
          path="routing/rules"
          element={
            <RequireRole roles={['admin', 'manager']}>
              <RoutingRulesPage />
            </RequireRole>
          }
        />
        <Route
          path="routing/batch"
          element={
            <RequireRole roles={['admin', 'manager']}>
              <BatchAssignmentPage />
            </RequireRole>
          }
        />
        <Route
          path="routing/log"
          element={
            <RequireRole roles={['admin', 'manager']}>
              <RoutingLogPage />
            </RequireRole>
          }
        />
        <Route
          path="audit"
          element={
            <RequireRole roles={['admin']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  </Suspense>
);
