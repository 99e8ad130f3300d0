import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = { PLANNING: 'gray', IN_PROGRESS: 'blue', FULFILLED: 'green', WITHDRAWN: 'red' };

export function PledgeStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLOURS[status] ?? 'gray'}>
      {t(`pledgeStatus.${status}`)}
    </Badge>
  );
}
