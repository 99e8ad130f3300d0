import { Anchor, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { FilterPanel } from '../../components/FilterPanel';
import { Pager } from '../../components/Pager';
import { useReference } from '../../components/reference.query';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { settledProps, settledState } from '../../lib/settled';
import { useFilters } from '../../lib/use-filters';
import { Notice } from '../../components/Notice';
import { apiErrorOf } from '../../lib/field-errors';
import { pendingEntriesFilter, pendingPracticesFilter, waitedDays } from './review-rules';
import { ReviewQueueQuery } from './review.operations';
import { SecretariatOnly } from './SecretariatOnly';

const FILTERS = {
  cycle: { kind: 'string' },
  region: { kind: 'string' },
  country: { kind: 'string' },
  objective: { kind: 'int' },
  after: { kind: 'string' },
  practicesAfter: { kind: 'string' },
} as const;

/** The secretariat's review queue: submitted entries, oldest first with their wait, then submitted good practices. */
export function ReviewQueuePage() {
  return (
    <SecretariatOnly>
      <ReviewQueue />
    </SecretariatOnly>
  );
}

function ReviewQueue() {
  const { t, i18n } = useTranslation('review');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const referenceResult = useReference(lng);
  const reference = referenceResult.data;
  const filters = {
    cycle: f.cycle as string | null,
    region: f.region as string | null,
    country: f.country as string | null,
    objective: f.objective as number | null,
  };
  const [queue] = useQuery({
    query: ReviewQueueQuery,
    variables: {
      entries: pendingEntriesFilter(filters),
      practices: pendingPracticesFilter(filters),
      after: (f.after as string | null) ?? null,
      practicesAfter: (f.practicesAfter as string | null) ?? null,
      lang: apiLanguage(lng),
    },
    requestPolicy: 'cache-and-network',
  });
  const { data, error, fetching } = queue;
  const select = (name: 'cycle' | 'region' | 'country' | 'objective', label: string, options: Parameters<typeof Select>[0]['data']) => (
    <Select
      label={label}
      data={options}
      value={f[name] === null ? null : String(f[name])}
      onChange={(v) => setFilters({ [name]: name === 'objective' && v ? Number(v) : v, practicesAfter: null })}
      clearable
      searchable
      placeholder={t('any')}
      comboboxProps={{ withinPortal: true }}
    />
  );
  const active = Object.values(filters).filter((v) => v !== null).length;
  const submittedAt = (p: { updatedAt: string; reviewHistory: readonly { action: string; actedAt: string }[] | null }) =>
    [...(p.reviewHistory ?? [])].reverse().find((s) => s.action === 'SUBMITTED')?.actedAt ?? p.updatedAt;

  return (
    <Stack {...settledProps('review-queue', settledState(queue, referenceResult))}>
      <Title order={1}>{t('queue.title')}</Title>
      <Text c="dimmed">{t('queue.intro')}</Text>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('queue.filters')}>
        <FilterPanel active={active}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {select(
              'cycle',
              t('filters.cycle'),
              (reference?.reviewCycles ?? []).map((c) => ({ value: c.code, label: c.name })),
            )}
            {select(
              'region',
              t('filters.region'),
              ['REVIEW', 'GEOGRAPHIC'].map((scheme) => ({
                group: t(`scheme.${scheme}`),
                items: (reference?.regions ?? []).filter((r) => r.scheme === scheme).map((r) => ({ value: r.code, label: r.name })),
              })),
            )}
            {select(
              'country',
              t('filters.country'),
              (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name })),
            )}
            {select(
              'objective',
              t('filters.objective'),
              (reference?.objectives ?? []).map((o) => ({ value: String(o.number), label: `${o.number}. ${o.shortTitle}` })),
            )}
          </SimpleGrid>
        </FilterPanel>
      </form>
      {error ? <Notice color="red">{apiErrorOf(error).message}</Notice> : null}
      {!data ? (
        fetching ? (
          <Skeleton height={300} />
        ) : null
      ) : (
        <>
          <section aria-labelledby="queue-entries">
            <Stack gap="sm">
              <Title order={2} size="h3" id="queue-entries">
                {t('queue.entries')}
              </Title>
              <Text size="sm" aria-live="polite" data-count={data.pendingReviews.totalCount}>
                {t('queue.entryCount', { count: data.pendingReviews.totalCount })}
              </Text>
              {data.pendingReviews.nodes.length ? (
                <DataTable
                  caption={t('queue.entriesCaption')}
                  header={[t('queue.waiting'), t('queue.country'), t('queue.cycle'), t('queue.objective'), t('queue.submitted')]}
                  rows={data.pendingReviews.nodes.map((e) => [
                    <Text key="w" span fw={600} data-waiting={e.waitingDays ?? 0}>
                      {t('queue.days', { count: e.waitingDays ?? 0 })}
                    </Text>,
                    e.country.name,
                    e.cycle.code,
                    <Anchor key="o" component={Link} to={`/review/entries/${e.id}`} data-entry={`${e.country.iso3}-${e.objective.number}`}>
                      {t('queue.objectiveLink', { number: e.objective.number, title: e.objective.shortTitle })}
                    </Anchor>,
                    formatDate(e.submittedAt, lng),
                  ])}
                />
              ) : null}
              <Pager
                shown={data.pendingReviews.nodes.length}
                total={data.pendingReviews.totalCount}
                next={data.pendingReviews.pageInfo.hasNextPage ? (data.pendingReviews.pageInfo.endCursor ?? null) : null}
                paged={Boolean(f.after)}
                onNext={(after) => setFilters({ after, practicesAfter: (f.practicesAfter as string | null) ?? null })}
                onFirst={() => setFilters({ after: null, practicesAfter: (f.practicesAfter as string | null) ?? null })}
              />
            </Stack>
          </section>
          <section aria-labelledby="queue-practices">
            <Stack gap="sm">
              <Title order={2} size="h3" id="queue-practices">
                {t('queue.practices')}
              </Title>
              {filters.cycle ? <Text size="sm">{t('queue.practicesNoCycle')}</Text> : null}
              <Text size="sm" aria-live="polite" data-practice-count={data.goodPractices.totalCount}>
                {t('queue.practiceCount', { count: data.goodPractices.totalCount })}
              </Text>
              {data.goodPractices.nodes.length ? (
                <DataTable
                  caption={t('queue.practicesCaption')}
                  header={[t('queue.waiting'), t('queue.country'), t('queue.practice'), t('queue.objective'), t('queue.submitted')]}
                  rows={[...data.goodPractices.nodes]
                    .map((p) => ({ p, at: submittedAt(p) }))
                    .sort((a, b) => a.at.localeCompare(b.at))
                    .map(({ p, at }) => [
                      <Text key="w" span fw={600}>
                        {t('queue.days', { count: waitedDays(at) })}
                      </Text>,
                      p.ownerCountry?.name ?? '–',
                      <Anchor key="p" component={Link} to={`/review/practices/${p.id}`} lang={p.language.toLowerCase()}>
                        {p.title}
                      </Anchor>,
                      p.mainObjective ? String(p.mainObjective.number) : '–',
                      formatDate(at, lng),
                    ])}
                />
              ) : null}
              <Pager
                shown={data.goodPractices.nodes.length}
                total={data.goodPractices.totalCount}
                next={data.goodPractices.pageInfo.hasNextPage ? (data.goodPractices.pageInfo.endCursor ?? null) : null}
                paged={Boolean(f.practicesAfter)}
                onNext={(practicesAfter) => setFilters({ practicesAfter, after: (f.after as string | null) ?? null })}
                onFirst={() => setFilters({ practicesAfter: null, after: (f.after as string | null) ?? null })}
              />
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}
