/** Small cells: a rep's name, a link to a linked account or lead. */
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useReps } from '../api/reps-directory.tsx';

export const NONE = '—';

const shortId = (id: string) => id.slice(0, 8);

export const RepName = ({ id }: { id: string | null | undefined }) => {
  const { nameOf } = useReps();
  if (!id) return <Typography.Text type="secondary">{NONE}</Typography.Text>;
  return <>{nameOf(id) || <Typography.Text type="secondary">{shortId(id)}</Typography.Text>}</>;
};

export const RecordLink = ({
  to,
  id,
  name,
}: {
  to: 'accounts' | 'leads';
  id: string | null | undefined;
  name: string | null | undefined;
}) => {
  if (!id) return <Typography.Text type="secondary">{NONE}</Typography.Text>;
  return (
    <Link to={`/${to}/${id}`} onClick={(event) => event.stopPropagation()}>
      {name ?? shortId(id)}
    </Link>
  );
};
