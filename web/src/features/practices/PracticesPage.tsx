import { Alert, Anchor, Badge, Checkbox, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { FilterPanel } from '../../components/FilterPanel';
import { LanguageMark } from '../../components/LanguageMark';
import { Pager } from '../../components/Pager';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { apiLanguage } from '../../lib/i18n';
import { useFilters } from '../../lib/use-filters';

const PracticesQuery = graphql(`
  query GoodPractices($filter: GoodPracticesFilter, $after: String, $lang: Language!) {
    goodPractices(filter: $filter, first: 20, after: $after, lang: $lang) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        summary
        language
        practiceType
        scope
        startYear
        endYear
        ongoing
        countries {
          iso3
          name
        }
        mainObjective {
          number
        }
      }
    }
  }
`);

export const PRACTICE_TYPES = ['POLICY', 'PROGRAMME', 'PARTNERSHIP', 'OTHER'] as const;
export const SCOPES = ['NATIONAL', 'REGIONAL', 'GLOBAL'] as const;
const LANGUAGES = ['EN', 'FR', 'ES'] as const;

const FILTERS = {
  q: { kind: 'string' },
  country: { kind: 'string' },
  region: { kind: 'string' },
  objective: { kind: 'int' },
  type: { kind: 'string', allowed: PRACTICE_TYPES },
  scope: { kind: 'string', allowed: SCOPES },
  language: { kind: 'string', allowed: LANGUAGES },
  champions: { kind: 'boolean', default: false },
  after: { kind: 'string' },
} as const;

type PracticeFilterInput = {
  search?: string;
  country?: string;
  region?: string;
  objective?: number;
  practiceType?: (typeof PRACTICE_TYPES)[number];
  scope?: (typeof SCOPES)[number];
  language?: (typeof LANGUAGES)[number];
  championOnly?: boolean;
};

/** The repository of good practices: filters, search in English, French and Spanish, pagination. */
export function PracticesPage() {
  const { t, i18n } = useTranslation('practices');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const reference = useReference(lng).data;
  const [search, setSearch] = useState((f.q as string | null) ?? '');
  const commitSearch = useDebouncedCallback((q: string) => setFilters({ q }), 350);
  const filter: PracticeFilterInput = {};
  if (f.q) filter.search = f.q as string;
  if (f.country) filter.country = f.country as string;
  if (f.region) filter.region = f.region as string;
  if (f.objective) filter.objective = f.objective as number;
  if (f.type) filter.practiceType = f.type as PracticeFilterInput['practiceType'];
  if (f.scope) filter.scope = f.scope as PracticeFilterInput['scope'];
  if (f.language) filter.language = f.language as PracticeFilterInput['language'];
  if (f.champions) filter.championOnly = true;
  const [{ data, error, fetching }] = useQuery({
    query: PracticesQuery,
    variables: { filter, after: (f.after as string | null) ?? null, lang: apiLanguage(lng) },
  });
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
        <Stack gap="sm">
          <TextInput
            label={t('search')}
            description={t('searchHelp')}
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              commitSearch(e.currentTarget.value);
            }}
            maw={520}
          />
          <FilterPanel active={Object.entries(f).filter(([k, v]) => k !== 'q' && k !== 'after' && v !== null && v !== false).length}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {select(
                'country',
                t('country'),
                (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name })),
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
              {select(
                'type',
                t('type'),
                PRACTICE_TYPES.map((s) => ({ value: s, label: t(`types.${s}`) })),
              )}
              {select(
                'scope',
                t('scope'),
                SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) })),
              )}
              {select(
                'language',
                t('language'),
                LANGUAGES.map((s) => ({ value: s, label: t(`languages.${s.toLowerCase()}`, { ns: 'common' }) })),
              )}
            </SimpleGrid>
            <Checkbox
              label={t('championsOnly')}
              checked={f.champions === true}
              onChange={(e) => setFilters({ champions: e.currentTarget.checked })}
            />
          </FilterPanel>
        </Stack>
      </form>
      {error ? <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert> : null}
      {!data ? (
        fetching ? (
          <Skeleton height={400} />
        ) : null
      ) : (
        <>
          <Text size="sm" data-count={data.goodPractices.totalCount} aria-live="polite">
            {t('count', { count: data.goodPractices.totalCount })}
          </Text>
          <DataTable
            caption={t('tableCaption')}
            header={[t('practice'), t('countries'), t('type'), t('objective'), t('years')]}
            rows={data.goodPractices.nodes.map((p) => [
              <span key="t">
                <Anchor component={Link} to={`/practices/${p.id}`} lang={p.language.toLowerCase()}>
                  {p.title}
                </Anchor>
                <LanguageMark served={p.language} />
              </span>,
              p.scope === 'NATIONAL' ? p.countries.map((c) => c.name).join(', ') : t(`scopes.${p.scope}`),
              <Badge key="ty" variant="outline" size="sm">
                {t(`types.${p.practiceType}`)}
              </Badge>,
              p.mainObjective ? String(p.mainObjective.number) : '–',
              `${p.startYear}–${p.ongoing ? t('ongoing') : (p.endYear ?? '')}`,
            ])}
          />
          <Pager
            shown={data.goodPractices.nodes.length}
            total={data.goodPractices.totalCount}
            next={data.goodPractices.pageInfo.hasNextPage ? (data.goodPractices.pageInfo.endCursor ?? null) : null}
            paged={Boolean(f.after)}
            onNext={(after) => setFilters({ after })}
            onFirst={() => setFilters({ after: null })}
          />
        </>
      )}
    </Stack>
  );
}
