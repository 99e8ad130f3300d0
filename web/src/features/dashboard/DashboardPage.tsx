import { Alert, Anchor, Badge, Checkbox, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { IncludesSubmittedNotice, IncludeSubmittedOption } from '../../components/IncludeSubmitted';
import { CyclePicker, useCycles } from '../../components/CyclePicker';
import { ExportLinks } from '../../components/ExportLinks';
import { formatLevel, formatNumber } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { settledProps, settledState } from '../../lib/settled';
import { useFilters } from '../../lib/use-filters';
import { DashboardQuery } from './dashboard.query';
import { ObjectiveHeatMap } from './ObjectiveHeatMap';
import { RegionBarChart } from './RegionBarChart';
import { WorldMap } from './WorldMap';

const FILTERS = {
  cycle: { kind: 'string' },
  scheme: { kind: 'string', default: 'REVIEW', allowed: ['REVIEW', 'GEOGRAPHIC'] },
  champions: { kind: 'boolean', default: false },
  submitted: { kind: 'boolean', default: false },
} as const;

function Figure({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-figure={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600} data-value>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The public dashboard of one review cycle. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const { canAnalyse } = useSession();
  const [filters, setFilters] = useFilters(FILTERS);
  const includeSubmitted = canAnalyse && filters.submitted === true;
  const championOnly = filters.champions === true;
  const { cycles, counted, latestReported, error: cyclesError, fetching: cyclesFetching } = useCycles(includeSubmitted);
  const cycleCode = (filters.cycle as string | null) ?? latestReported;
  const cycle = cycles.find((c) => c.code === cycleCode);
  const [dashboard] = useQuery({
    query: DashboardQuery,
    variables: { cycle: cycleCode ?? '', lang: apiLanguage(lng), includeSubmitted, championOnly },
    pause: !cycleCode,
  });
  const { data, error, fetching } = dashboard;
  // The figures are settled once the cycles and the cycle's figures have both answered.
  const state = cyclesError ? 'error' : cyclesFetching ? 'loading' : settledState(dashboard);

  const regionNames = useMemo(() => new Map((data?.regions ?? []).map((r) => [r.code, r])), [data]);
  const scheme = filters.scheme as 'REVIEW' | 'GEOGRAPHIC';
  const bars = useMemo(
    () =>
      ((scheme === 'REVIEW' ? data?.review.regions : data?.geographic.regions) ?? []).map((r) => ({
        code: r.region?.code ?? '',
        name: regionNames.get(r.region?.code ?? '')?.name ?? r.region?.code ?? '',
        nameLanguage: regionNames.get(r.region?.code ?? '')?.nameLanguage ?? null,
        meanLevel: r.meanLevel ?? null,
        reportingCountries: r.reportingCountries,
        countries: r.countries,
        countedEntries: r.countedEntries,
      })),
    [data, scheme, regionNames],
  );
  const objectiveLabels = useMemo(() => new Map((data?.objectives ?? []).map((o) => [o.number, o])), [data]);
  const matrixColumns = useMemo(() => {
    const codes = data?.objectiveMatrix.rows[0]?.cells.map((c) => c.region?.code ?? '') ?? [];
    return [
      ...codes.map((code) => ({
        code,
        short: code,
        name: regionNames.get(code)?.name ?? code,
        nameLanguage: regionNames.get(code)?.nameLanguage ?? null,
      })),
      { code: 'WORLD', short: t('world'), name: t('world'), nameLanguage: null },
    ];
  }, [data, regionNames, t]);
  const matrixRows = useMemo(
    () =>
      (data?.objectiveMatrix.rows ?? []).map((row) => ({
        objectiveNumber: row.objectiveNumber,
        label: `${row.objectiveNumber}. ${objectiveLabels.get(row.objectiveNumber)?.shortTitle ?? ''}`,
        labelLanguage: objectiveLabels.get(row.objectiveNumber)?.shortTitleLanguage ?? null,
        cells: [...row.cells, row.world].map((c) => ({
          meanLevel: c.meanLevel ?? null,
          countedEntries: c.countedEntries,
          reportingCountries: c.reportingCountries,
        })),
      })),
    [data, objectiveLabels],
  );
  const mapCountries = useMemo(
    () =>
      (data?.countryLevels.countries ?? []).map((c) => ({
        iso3: c.iso3,
        m49Code: c.country.m49Code,
        name: c.country.name,
        meanLevel: c.meanLevel ?? null,
        countedEntries: c.countedEntries,
        isChampion: c.country.isChampion,
      })),
    [data],
  );

  const world = data?.review.world;
  const pledges = world?.pledgesByStatus;
  const exportQuery = cycleCode
    ? `cycle=${encodeURIComponent(cycleCode)}${includeSubmitted ? '&includeSubmitted=true' : ''}${championOnly ? '&championOnly=true' : ''}`
    : '';

  return (
    <Stack gap="lg" {...settledProps('dashboard', state)}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Group align="flex-end" gap="lg">
        <CyclePicker
          label={t('cycle')}
          value={cycleCode}
          onChange={(code) => setFilters({ cycle: code })}
          cycles={cycles}
          counted={counted}
        />
        <Checkbox label={t('championsOnly')} checked={championOnly} onChange={(e) => setFilters({ champions: e.currentTarget.checked })} />
        <IncludeSubmittedOption checked={includeSubmitted} onChange={(submitted) => setFilters({ submitted })} />
      </Group>
      {cycle ? (
        <Group gap="xs">
          <Text size="sm">
            {cycle.startDate ? t('cycleDates', { start: cycle.startDate, end: cycle.endDate ?? '…' }) : t('cycleNoDates')}
          </Text>
          {cycle.confirmed ? null : (
            <>
              <Badge color="orange.9" variant="filled">
                {t('unconfirmed')}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('sources')}: {cycle.sources.join(' · ') || '–'}
              </Text>
            </>
          )}
          <Anchor component={Link} size="sm" to={`/compare?to=${encodeURIComponent(cycle.code)}`}>
            {t('compareLink')}
          </Anchor>
        </Group>
      ) : null}
      {data?.review.includesSubmitted ? <IncludesSubmittedNotice /> : null}
      {error || cyclesError ? (
        <Alert color="red" title={t('loadFailed')}>
          {(error ?? cyclesError)?.message}
        </Alert>
      ) : null}
      {!data || fetching ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={92} />
          ))}
        </SimpleGrid>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} aria-label={t('headline')} role="group">
            <Figure
              testId="reporting-countries"
              label={t('reportingCountries')}
              value={formatNumber(world?.reportingCountries, lng)}
              detail={t('ofCountries', { count: world?.countries ?? 0, formatted: formatNumber(world?.countries, lng) })}
            />
            <Figure
              testId="validated-entries"
              label={t('validatedEntries')}
              value={formatNumber(world?.entriesByState.validated, lng)}
              detail={includeSubmitted ? t('plusSubmitted', { count: world?.unvalidatedEntries ?? 0 }) : t('countedEntriesDetail')}
            />
            <Figure testId="mean-level" label={t('meanLevel')} value={formatLevel(world?.meanLevel, lng)} detail={t('meanLevelDetail')} />
            <Figure
              testId="pledges"
              label={t('pledges')}
              value={formatNumber(
                (pledges?.planning ?? 0) + (pledges?.inProgress ?? 0) + (pledges?.fulfilled ?? 0) + (pledges?.withdrawn ?? 0),
                lng,
              )}
              detail={t('pledgesDetail', {
                planning: formatNumber(pledges?.planning, lng),
                inProgress: formatNumber(pledges?.inProgress, lng),
                fulfilled: formatNumber(pledges?.fulfilled, lng),
                withdrawn: formatNumber(pledges?.withdrawn, lng),
              })}
            />
            <Figure
              testId="practices"
              label={t('practices')}
              value={formatNumber(world?.publishedGoodPractices, lng)}
              detail={t('practicesDetail')}
            />
          </SimpleGrid>
          <RegionBarChart cycleCode={cycleCode ?? ''} scheme={scheme} onSchemeChange={(s) => setFilters({ scheme: s })} regions={bars} />
          <ObjectiveHeatMap
            cycleCode={cycleCode ?? ''}
            columns={matrixColumns}
            rows={matrixRows}
            actions={canAnalyse ? <ExportLinks path="objective-matrix" query={exportQuery} /> : null}
          />
          <WorldMap
            cycleCode={cycleCode ?? ''}
            countries={mapCountries}
            champions={(data.champions.nodes ?? []).map((c) => ({ iso3: c.iso3, m49Code: c.m49Code, name: c.name }))}
          />
          {canAnalyse ? (
            <Paper withBorder p="md" {...settledProps('exports', state)}>
              <Title order={2} size="h3">
                {t('exportsTitle')}
              </Title>
              <Group mt="xs" gap="lg">
                <Text size="sm">{t('exportRegional')}</Text>
                <ExportLinks path="regional-progress" query={`${exportQuery}&scheme=${scheme}`} />
                <Text size="sm">{t('exportEntries')}</Text>
                <ExportLinks path="validated-entries" query={cycleCode ? `cycle=${encodeURIComponent(cycleCode)}` : ''} />
              </Group>
            </Paper>
          ) : null}
        </>
      )}
    </Stack>
  );
}
