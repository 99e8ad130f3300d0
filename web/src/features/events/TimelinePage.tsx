import { Alert, Anchor, Badge, Group, Select, SimpleGrid, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FilterPanel } from '../../components/FilterPanel';
import { LanguageMark } from '../../components/LanguageMark';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useFilters } from '../../lib/use-filters';
import { EVENT_KINDS, type EventKind, eventPlace } from './event-format';

const TimelineQuery = graphql(`
  query Timeline($filter: EventsFilter, $lang: Language!) {
    events(filter: $filter, first: 200, lang: $lang) {
      totalCount
      nodes {
        id
        kind
        title
        titleLanguage
        startDate
        endDate
        virtual
        place
        confirmed
        countedParticipation {
          count
        }
        participation {
          role
        }
      }
    }
    reviewCycles {
      code
      name
      kind
      startDate
      endDate
      location
      confirmed
      year
      region {
        code
      }
    }
  }
`);

const FILTERS = {
  kind: { kind: 'string', allowed: EVENT_KINDS },
  region: { kind: 'string' },
  objective: { kind: 'int' },
} as const;

interface Item {
  key: string;
  date: string | null;
  year: number;
  node: React.ReactNode;
}

/**
 * The GCM calendar: review cycles and events together, latest last, filterable by kind of
 * event, region and objective (in the URL). Review cycles follow the region filter and are
 * left out when a kind or an objective is chosen (they have neither).
 */
export function TimelinePage() {
  const { t, i18n } = useTranslation('events');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const reference = useReference(lng).data;
  const filter: { kind?: EventKind; region?: string; objective?: number } = {};
  if (f.kind) filter.kind = f.kind as EventKind;
  if (f.region) filter.region = f.region as string;
  if (f.objective) filter.objective = f.objective as number;
  const [{ data, error, fetching }] = useQuery({ query: TimelineQuery, variables: { filter, lang: apiLanguage(lng) } });

  const items = useMemo<Item[]>(() => {
    if (!data) return [];
    const events: Item[] = data.events.nodes.map((e) => ({
      key: e.id,
      date: e.startDate,
      year: Number(e.startDate.slice(0, 4)),
      node: (
        <Timeline.Item
          key={e.id}
          title={
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/events/${e.id}`} lang={e.titleLanguage.toLowerCase()}>
                {e.title}
              </Anchor>
              <LanguageMark served={e.titleLanguage} />
            </Group>
          }
          data-event={e.id}
        >
          <Text size="sm">
            {formatDate(e.startDate, lng)}
            {e.endDate !== e.startDate ? ` – ${formatDate(e.endDate, lng)}` : ''} · {eventPlace(e, t)}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="light" size="sm">
              {t(`kinds.${e.kind}`)}
            </Badge>
            {e.participation.length ? (
              <Badge variant="outline" size="sm" color="dark">
                {t('countries', { count: e.participation.length })}
              </Badge>
            ) : null}
            {e.countedParticipation ? (
              <Badge variant="outline" size="sm" color="dark">
                {t('countedShort', { count: e.countedParticipation.count })}
              </Badge>
            ) : null}
            {e.confirmed ? null : (
              <Badge variant="filled" size="sm" color="orange.9">
                {t('unconfirmed')}
              </Badge>
            )}
          </Group>
        </Timeline.Item>
      ),
    }));
    const showCycles = !f.kind && !f.objective;
    const cycles: Item[] = showCycles
      ? data.reviewCycles
          .filter((c) => !f.region || c.kind === 'IMRF' || c.region?.code === f.region)
          .map((c) => ({
            key: c.code,
            date: c.startDate,
            year: c.year,
            node: (
              <Timeline.Item key={c.code} bullet={<span aria-hidden>◆</span>} title={c.name} data-cycle={c.code}>
                <Text size="sm">
                  {c.startDate ? formatDate(c.startDate, lng) : c.year}
                  {c.endDate && c.endDate !== c.startDate ? ` – ${formatDate(c.endDate, lng)}` : ''}
                  {c.location ? ` · ${c.location}` : ''}
                </Text>
                <Group gap={6} mt={4}>
                  <Badge variant="filled" size="sm" color="dark">
                    {t(c.kind === 'IMRF' ? 'imrf' : 'regionalReview')}
                  </Badge>
                  {c.confirmed ? null : (
                    <Badge variant="filled" size="sm" color="orange.9">
                      {t('unconfirmed')}
                    </Badge>
                  )}
                </Group>
              </Timeline.Item>
            ),
          }))
      : [];
    // Undated cycles (not yet scheduled) go at the end of their year.
    return [...events, ...cycles].sort(
      (a, b) => a.year - b.year || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key),
    );
  }, [data, f.kind, f.objective, f.region, lng, t]);

  const years = [...new Set(items.map((i) => i.year))];
  const select = (
    name: keyof typeof FILTERS,
    label: string,
    options: { value: string; label: string }[] | { group: string; items: { value: string; label: string }[] }[],
  ) => (
    <Select
      label={label}
      data={options}
      value={f[name] === null ? null : String(f[name])}
      onChange={(v) => setFilters({ [name]: name === 'objective' && v ? Number(v) : v })}
      clearable
      searchable
      placeholder={t('any')}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
        <FilterPanel active={Object.values(f).filter((v) => v !== null).length}>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            {select(
              'kind',
              t('kind'),
              EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
            )}
            {select(
              'region',
              t('region'),
              ['REVIEW', 'GEOGRAPHIC'].map((scheme) => ({
                group: t(`scheme.${scheme}`),
                items: (reference?.regions ?? []).filter((r) => r.scheme === scheme).map((r) => ({ value: r.code, label: r.name })),
              })),
            )}
            {select(
              'objective',
              t('objective'),
              (reference?.objectives ?? []).map((o) => ({ value: String(o.number), label: `${o.number}. ${o.shortTitle}` })),
            )}
          </SimpleGrid>
        </FilterPanel>
      </form>
      {error ? <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert> : null}
      {!data ? (
        fetching ? (
          <Skeleton height={400} />
        ) : null
      ) : (
        <>
          <Text size="sm" data-count={data.events.totalCount} aria-live="polite">
            {t('count', { count: data.events.totalCount })}
          </Text>
          {years.map((year) => (
            <section key={year} aria-labelledby={`year-${year}`}>
              <Title order={2} size="h3" id={`year-${year}`} mb="xs">
                {year}
              </Title>
              <Timeline bulletSize={18} lineWidth={2} data-year={year}>
                {items.filter((i) => i.year === year).map((i) => i.node)}
              </Timeline>
            </section>
          ))}
        </>
      )}
    </Stack>
  );
}
