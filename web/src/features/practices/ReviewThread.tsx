import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../reports/format-time';

export interface ReviewStep {
  action: string;
  comment: string | null;
  actedAt: string;
  actedBy: string;
}

/** A practice's review, oldest first: each submission, return (with the secretariat's comment) and publication. */
export function ReviewThread({ steps }: { steps: readonly ReviewStep[] }) {
  const { t, i18n } = useTranslation('practices');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="practice-review-thread">
      <Stack gap="sm">
        <Title order={2} size="h4" id="practice-review-thread">
          {t('thread.title')}
        </Title>
        {steps.length === 0 ? <Text size="sm">{t('thread.none')}</Text> : null}
        <Timeline bulletSize={14} lineWidth={2} active={steps.length - 1}>
          {steps.map((s) => (
            <Timeline.Item key={`${s.actedAt}-${s.action}`} title={t(`thread.${s.action}`)} data-step={s.action}>
              <Text size="xs" c="dimmed">
                {formatDateTime(s.actedAt, i18n.language)} · {s.actedBy}
              </Text>
              {s.comment ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-comment={s.action}>
                  {s.comment}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
