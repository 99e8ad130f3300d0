import { Alert, Anchor, Checkbox, Group, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { FilterPanel } from '../../components/FilterPanel';
import { LanguageMark } from '../../components/LanguageMark';
import { Pager } from '../../components/Pager';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useFilters } from '../../lib/use-filters';

const PledgesQuery = graphql(`
  query Pledges($filter: PledgesFilter, $after: String, $lang: Language!) {
    pledges(filter: $filter, first: 20, after: $after, lang: $lang) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        language
        status
        statusDate
        targetDate
        isOverdue
        byChampionCountry
        nature
        type
        pledgingEntity {
          kind
          name
        }
        pledgingCountry {
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

export const STATUSES = ['PLANNING', 'IN_PROGRESS', 'FULFILLED', 'WITHDRAWN'] as const;
export const NATURES = ['FINANCIAL', 'HUMAN_RESOURCES', 'POLICY', 'PROCESS'] as const;
export const TYPES = ['INDIVIDUAL', 'COMMON', 'PARTNERSHIP', 'MATCHING'] as const;
export const ENTITY_KINDS = [
  'MEMBER_STATE',
  'LOCAL_GOVERNMENT',
  'UN_ENTITY',
  'CIVIL_SOCIETY',
  'PRIVATE_SECTOR',
  'ACADEMIA',
  'OTHER',
] as const;

const FILTERS = {
  q: { kind: 'string' },
  country: { kind: 'string' },
  implementedIn: { kind: 'string' },
  region: { kind: 'string' },
  objective: { kind: 'int' },
  cycle: { kind: 'string' },
  status: { kind: 'string', allowed: STATUSES },
  nature: { kind: 'string', allowed: NATURES },
  type: { kind: 'string', allowed: TYPES },
  entity: { kind: 'string', allowed: ENTITY_KINDS },
  champions: { kind: 'boolean', default: false },
  overdue: { kind: 'boolean', default: false },
  after: { kind: 'string' },
} as const;

type PledgeFilterInput = {
  search?: string;
  country?: string;
  implementedIn?: string;
  region?: string;
  objective?: number;
  cycle?: string;
  status?: (typeof STATUSES)[number];
  nature?: (typeof NATURES)[number];
  type?: (typeof TYPES)[number];
  pledgingEntityKind?: (typeof ENTITY_KINDS)[number];
  championOnly?: boolean;
  overdueOnly?: boolean;
};

/** Pledges with every filter the API has, full-text search and pagination; all of it in the URL. */
export function PledgesPage() {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const reference = useReference(lng).data;
  const [search, setSearch] = useState((f.q as string | null) ?? '');
  const commitSearch = useDebouncedCallback((q: string) => setFilters({ q }), 350);

  const filter: PledgeFilterInput = {};
  if (f.q) filter.search = f.q as string;
  if (f.country) filter.country = f.country as string;
  if (f.implementedIn) filter.implementedIn = f.implementedIn as string;
  if (f.region) filter.region = f.region as string;
  if (f.objective) filter.objective = f.objective as number;
  if (f.cycle) filter.cycle = f.cycle as string;
  if (f.status) filter.status = f.status as PledgeFilterInput['status'];
  if (f.nature) filter.nature = f.nature as PledgeFilterInput['nature'];
  if (f.type) filter.type = f.type as PledgeFilterInput['type'];
  if (f.entity) filter.pledgingEntityKind = f.entity as PledgeFilterInput['pledgingEntityKind'];
  if (f.champions) filter.championOnly = true;
  if (f.overdue) filter.overdueOnly = true;
  const [{ data, error, fetching }] = useQuery({
    query: PledgesQuery,
    variables: { filter, after: (f.after as string | null) ?? null, lang: apiLanguage(lng) },
  });

  const countryOptions = (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name }));
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
              {select('country', t('country'), countryOptions)}
              {select('implementedIn', t('implementedIn'), countryOptions)}
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
                'cycle',
                t('cycle'),
                (reference?.reviewCycles ?? []).map((c) => ({ value: c.code, label: c.name })),
              )}
              {select(
                'status',
                t('status'),
                STATUSES.map((s) => ({ value: s, label: t(`pledgeStatus.${s}`, { ns: 'common' }) })),
              )}
              {select(
                'nature',
                t('nature'),
                NATURES.map((s) => ({ value: s, label: t(`natures.${s}`) })),
              )}
              {select(
                'type',
                t('type'),
                TYPES.map((s) => ({ value: s, label: t(`types.${s}`) })),
              )}
              {select(
                'entity',
                t('entity'),
                ENTITY_KINDS.map((s) => ({ value: s, label: t(`entityKinds.${s}`) })),
              )}
            </SimpleGrid>
            <Group>
              <Checkbox
                label={t('championsOnly')}
                checked={f.champions === true}
                onChange={(e) => setFilters({ champions: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('overdueOnly')}
                checked={f.overdue === true}
                onChange={(e) => setFilters({ overdue: e.currentTarget.checked })}
              />
            </Group>
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
          <Text size="sm" data-count={data.pledges.totalCount} aria-live="polite">
            {t('count', { count: data.pledges.totalCount })}
          </Text>
          <DataTable
            caption={t('tableCaption')}
            header={[t('pledge'), t('pledgedBy'), t('status'), t('objective'), t('targetDate')]}
            rows={data.pledges.nodes.map((p) => [
              <span key="t">
                <Anchor component={Link} to={`/pledges/${p.id}`}>
                  {p.title}
                </Anchor>
                <LanguageMark served={p.language} />
              </span>,
              p.pledgingCountry?.name ?? p.pledgingEntity.name ?? t(`entityKinds.${p.pledgingEntity.kind}`),
              <span key="s">
                <PledgeStatusBadge status={p.status} />
                {p.isOverdue ? (
                  <Text span size="xs" c="red.9" fw={600} ml={4}>
                    {t('overdue')}
                  </Text>
                ) : null}
              </span>,
              p.mainObjective ? String(p.mainObjective.number) : '–',
              formatDate(p.targetDate, lng),
            ])}
          />
          <Pager
            shown={data.pledges.nodes.length}
            total={data.pledges.totalCount}
            next={data.pledges.pageInfo.hasNextPage ? (data.pledges.pageInfo.endCursor ?? null) : null}
            paged={Boolean(f.after)}
            onNext={(after) => setFilters({ after })}
            onFirst={() => setFilters({ after: null })}
          />
        </>
      )}
    </Stack>
  );
}
