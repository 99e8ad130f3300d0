import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageMark } from '../../components/LanguageMark';
import { formatDate } from '../../lib/format';

export interface ListedEvent {
  id: string;
  title: string;
  titleLanguage: string;
  startDate: string;
  kind: string;
  confirmed: boolean;
}

/** Events on a country's or an objective's page, latest first, with a link to the calendar filtered the same way. */
export function EventList({ id, events, calendarLink }: { id: string; events: readonly ListedEvent[]; calendarLink: string }) {
  const { t, i18n } = useTranslation('events');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {t('eventsTitle')}
      </Title>
      {events.length ? (
        <List spacing="xs" mt="xs" listStyleType="none" data-events={events.length}>
          {events.map((e) => (
            <List.Item key={e.id}>
              <Group gap={6} wrap="wrap">
                <Text span size="sm" c="dimmed">
                  {formatDate(e.startDate, i18n.language)}
                </Text>
                <Anchor component={Link} to={`/events/${e.id}`} lang={e.titleLanguage.toLowerCase()}>
                  {e.title}
                </Anchor>
                <LanguageMark served={e.titleLanguage} />
                <Badge variant="light" size="xs">
                  {t(`kinds.${e.kind}`)}
                </Badge>
                {e.confirmed ? null : (
                  <Badge variant="filled" size="xs" color="orange.9">
                    {t('unconfirmed')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('noEvents')}</Text>
      )}
      <Anchor component={Link} to={calendarLink} size="sm">
        {t('backToCalendar').replace('← ', '')}
      </Anchor>
    </Paper>
  );
}
