import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shades dark enough for white text (4.5:1 or more). */
const COLOURS: Record<string, string> = { PLANNING: 'gray.7', IN_PROGRESS: 'blue.8', FULFILLED: 'green.9', WITHDRAWN: 'red.9' };

export function PledgeStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="filled" color={COLOURS[status] ?? 'gray.7'}>
      {t(`pledgeStatus.${status}`)}
    </Badge>
  );
}
