import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeStatus } from './practice-fields';

const COLORS: Record<PracticeStatus, string> = { DRAFT: 'gray.7', SUBMITTED: 'blue.8', RETURNED: 'red.9', PUBLISHED: 'green.9' };

/** Where a good practice is in its review: draft, with the secretariat, returned, published. */
export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  const { t } = useTranslation('practices');
  return (
    <Badge color={COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
