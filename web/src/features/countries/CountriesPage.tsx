import { Alert, Anchor, Badge, Checkbox, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { LanguageMark } from '../../components/LanguageMark';
import { useReference } from '../../components/reference.query';
import { matchesSearch } from '../../lib/search';
import { useFilters } from '../../lib/use-filters';

const FILTERS = {
  q: { kind: 'string' },
  region: { kind: 'string' },
  champions: { kind: 'boolean', default: false },
} as const;

/**
 * The UN member states (and the State of Palestine), searchable with or without accents. The
 * list is small (194), so it comes in one request and is searched in the page: the API's
 * search matches accents exactly, which "Cote" for Côte d'Ivoire would miss.
 */
export function CountriesPage() {
  const { t, i18n } = useTranslation('countries');
  const [filters, setFilters] = useFilters(FILTERS);
  const { data, error } = useReference(i18n.language);
  const regionNames = useMemo(() => new Map((data?.regions ?? []).map((r) => [r.code, r.name])), [data]);
  const q = (filters.q as string | null) ?? '';
  const region = filters.region as string | null;
  const shown = useMemo(
    () =>
      (data?.countries.nodes ?? []).filter(
        (c) =>
          (!filters.champions || c.isChampion) &&
          (!region || c.regions.some((r) => r.code === region)) &&
          matchesSearch(q, [c.name, c.iso3]),
      ),
    [data, q, region, filters.champions],
  );
  const regionOptions = ['REVIEW', 'GEOGRAPHIC'].map((scheme) => ({
    group: t(`scheme.${scheme}`),
    items: (data?.regions ?? []).filter((r) => r.scheme === scheme).map((r) => ({ value: r.code, label: r.name })),
  }));
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={q}
          onChange={(e) => setFilters({ q: e.currentTarget.value })}
          type="search"
          w={280}
        />
        <Select
          label={t('region')}
          data={regionOptions}
          value={region}
          onChange={(v) => setFilters({ region: v })}
          clearable
          placeholder={t('anyRegion')}
          w={320}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label={t('championsOnly')}
          checked={filters.champions === true}
          onChange={(e) => setFilters({ champions: e.currentTarget.checked })}
        />
      </Group>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!data ? (
        <Skeleton height={400} />
      ) : (
        <>
          <Text size="sm" aria-live="polite" data-count={shown.length}>
            {t('count', { count: shown.length, total: data.countries.totalCount })}
          </Text>
          <DataTable
            caption={t('tableCaption')}
            header={[t('country'), t('iso3'), t('reviewRegions'), t('continent'), t('champion')]}
            rows={shown.map((c) => [
              <span key="name">
                <Anchor component={Link} to={`/countries/${c.iso3}`}>
                  {c.name}
                </Anchor>
                <LanguageMark served={c.nameLanguage} />
              </span>,
              c.iso3,
              c.regions
                .filter((r) => r.scheme === 'REVIEW')
                .map((r) => r.code)
                .join(', '),
              c.regions
                .filter((r) => r.scheme === 'GEOGRAPHIC')
                .map((r) => regionNames.get(r.code) ?? r.code)
                .join(', '),
              c.isChampion ? (
                <Badge key="ch" color="orange.9" variant="filled">
                  {t('champion')}
                </Badge>
              ) : (
                ''
              ),
            ])}
          />
        </>
      )}
    </Stack>
  );
}
