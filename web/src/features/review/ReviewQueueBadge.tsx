import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { ReviewQueueChangedSubscription } from './review.operations';

/** Beside "Review queue" in the secretariat's navigation: entries and practices waiting, live. */
export function ReviewQueueBadge() {
  const { t } = useTranslation();
  const [{ data }] = useSubscription({ query: ReviewQueueChangedSubscription });
  const queue = data?.reviewQueueChanged;
  if (!queue) return null;
  const waiting = queue.entries + queue.practices;
  return (
    <>
      <Badge
        size="sm"
        variant={waiting ? 'filled' : 'light'}
        color={waiting ? 'un' : 'gray'}
        aria-hidden="true"
        data-for="review-queue-count"
        data-waiting={waiting}
      >
        {waiting > 999 ? '999+' : waiting}
      </Badge>
      <VisuallyHidden>{t('nav.reviewWaiting', { count: waiting })}</VisuallyHidden>
    </>
  );
}
