/** 组织架构: the team tree on the left, the reps of the selected team on the right. */
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../src/contracts/org.ts';
import { useReps } from '../../api/reps-directory.tsx';
import { useSession } from '../../session/session-context.tsx';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { RepDrawer, type RepDrawerTarget } from './rep-drawer.tsx';
import { RepsTable } from './reps-table.tsx';
import { TeamModal, type TeamModalTarget } from './team-modal.tsx';
import { buildTeamTree } from './team-tree-data.ts';
import { useTeams } from './use-teams.ts';

const ALL = '__all__';

export const OrgPage = () => {
  const { t, i18n } = useTranslation();
  const { user, workspace } = useSession();
  const directory = useReps();
  const teams = useTeams();
  const [teamId, setTeamId] = useState<string | null>(null);
  const [repTarget, setRepTarget] = useState<RepDrawerTarget | null>(null);
  const [teamTarget, setTeamTarget] = useState<TeamModalTarget | null>(null);
  const isAdmin = user.role === 'admin';
  const canEditReps = user.role !== 'rep';
  const list = useCursorList<Rep>('/reps', { teamId: teamId ?? undefined, sort: 'code' });

  const tree = useMemo(
    () => buildTeamTree(teams.teams, new Intl.Collator(i18n.resolvedLanguage)),
    [teams.teams, i18n.resolvedLanguage],
  );
  const selectedTeam = teams.teams.find((team) => team.id === teamId) ?? null;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.org')}
        </Typography.Title>
        {isAdmin ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRepTarget({ mode: 'create', teamId })}
          >
            {t('rep.create')}
          </Button>
        ) : null}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <Card
            variant="borderless"
            title={t('team.title')}
            extra={
              isAdmin ? (
                <Flex gap={4}>
                  <Button
                    size="small"
                    type="text"
                    icon={<PlusOutlined />}
                    aria-label={t('team.create')}
                    title={t('team.create')}
                    onClick={() => setTeamTarget({ mode: 'create', parentId: teamId })}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    disabled={!selectedTeam}
                    aria-label={t('team.rename')}
                    title={t('team.rename')}
                    onClick={() =>
                      selectedTeam && setTeamTarget({ mode: 'rename', team: selectedTeam })
                    }
                  />
                </Flex>
              ) : null
            }
          >
            {teams.loading ? (
              <Skeleton active paragraph={{ rows: 5 }} />
            ) : teams.error ? (
              <ErrorState error={teams.error} onRetry={teams.reload} />
            ) : (
              <>
                <Tree
                  blockNode
                  defaultExpandAll
                  treeData={[{ key: ALL, title: t('team.all'), children: tree }]}
                  selectedKeys={[teamId ?? ALL]}
                  onSelect={(keys) => {
                    const key = keys[0];
                    setTeamId(key === undefined || key === ALL ? null : String(key));
                  }}
                />
                {tree.length === 0 ? <EmptyState description={t('team.empty')} /> : null}
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <Card
            variant="borderless"
            title={selectedTeam ? selectedTeam.name : t('team.all')}
            extra={<Typography.Text type="secondary">{t('rep.title')}</Typography.Text>}
          >
            <RepsTable list={list} onOpen={(rep) => setRepTarget({ mode: 'edit', rep })} />
          </Card>
        </Col>
      </Row>
      <RepDrawer
        target={repTarget}
        readOnly={!canEditReps}
        teamTree={tree}
        timeZone={workspace.timezone}
        onClose={() => setRepTarget(null)}
        onSaved={() => {
          setRepTarget(null);
          list.reload();
          directory.reload();
        }}
      />
      <TeamModal
        target={teamTarget}
        teamTree={tree}
        onClose={() => setTeamTarget(null)}
        onSaved={(team) => {
          setTeamTarget(null);
          teams.reload();
          setTeamId(team.id);
        }}
      />
    </Flex>
  );
};
