/** The answer of `GET /auth/session` for tests: a signed-in user of a demo workspace. */
export const aSession = (user: Record<string, unknown> = {}) => ({
  user: {
    id: '00000000-0000-4000-8000-0000000000ad',
    email: 'admin@example.cn',
    name: '管理员',
    role: 'admin',
    dataScope: 'all',
    teamId: null,
    repId: null,
    active: true,
    locale: 'zh-CN',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...user,
  },
  workspace: {
    id: 'w1',
    name: '演示',
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    currency: 'CNY',
  },
  csrfToken: 'csrf-1',
});
