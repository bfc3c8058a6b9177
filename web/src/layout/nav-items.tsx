/** The left menu as data: later features add one entry here. */
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BranchesOutlined,
  FlagOutlined,
  FundOutlined,
  IdcardOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  ThunderboltOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../src/domain/shared/vocabulary.ts';

export type NavItem = {
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  icon: ReactNode;
  /** Roles that see the entry; all roles when absent. */
  roles?: readonly Role[];
};

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/org', labelKey: 'nav.org', icon: <ApartmentOutlined /> },
  { path: '/leads', labelKey: 'nav.leads', icon: <UserAddOutlined /> },
  { path: '/accounts', labelKey: 'nav.accounts', icon: <IdcardOutlined /> },
  { path: '/opportunities', labelKey: 'nav.opportunities', icon: <FundOutlined /> },
  { path: '/activities', labelKey: 'nav.activities', icon: <MessageOutlined /> },
  {
    path: '/plans',
    labelKey: 'nav.plans',
    icon: <AimOutlined />,
    roles: ['admin', 'manager'],
  },
  { path: '/my-targets', labelKey: 'nav.myTargets', icon: <FlagOutlined />, roles: ['rep'] },
  {
    path: '/routing/rules',
    labelKey: 'nav.routingRules',
    icon: <NodeIndexOutlined />,
    roles: ['admin', 'manager'],
  },
  {
    path: '/routing/batch',
    labelKey: 'nav.batchAssignment',
    icon: <ThunderboltOutlined />,
    roles: ['admin', 'manager'],
  },
  {
    path: '/routing/log',
    labelKey: 'nav.routingLog',
    icon: <BranchesOutlined />,
    roles: ['admin', 'manager'],
  },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, roles: ['admin'] },
];

export const navItemsFor = (role: Role): NavItem[] =>
  NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));

/** The entry whose path prefixes the current location (for the selected menu key). */
export const activeNavPath = (pathname: string): string | undefined =>
  NAV_ITEMS.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path;
