import { Alert, Checkbox, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { IncludeSubmittedOption } from '../../components/IncludeSubmitted';
import { ChartCard } from '../../components/ChartCard';
import { HeatGrid, type HeatGridCell } from '../../components/charts/HeatGrid';
import { CyclePicker, useCycles } from '../../components/CyclePicker';
import { DataTable } from '../../components/DataTable';
import { ExportLinks } from '../../components/ExportLinks';
import { MarkedText } from '../../components/LanguageMark';
import { graphql } from '../../graphql/graphql';
import { formatChange, formatLevel } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { changeColour } from '../../lib/level-scale';
import { useFilters } from '../../lib/use-filters';
import { previousCycle } from './defaults';

const ComparisonQuery = graphql(`
  query CycleComparison(
    $from: String!
    $to: String!
    $scheme: RegionScheme!
    $championOnly: Boolean!
    $includeSubmitted: Boolean!
    $lang: Language!
  ) {
    cycleComparison(from: $from, to: $to, scheme: $scheme, championOnly: $championOnly, includeSubmitted: $includeSubmitted) {
      includesSubmitted
      changes {
        objectiveNumber
        region {
          code
        }
        meanLevelFrom
        meanLevelTo
        meanLevelChange
        reportingCountriesFrom
        reportingCountriesTo
        reportingCountriesChange
      }
    }
    regions(lang: $lang) {
      code
      name
      nameLanguage
    }
    objectives(lang: $lang) {
      number
      shortTitle
      shortTitleLanguage
    }
  }
`);

const FILTERS = {
  from: { kind: 'string' },
  to: { kind: 'string' },
  scheme: { kind: 'string', default: 'REVIEW', allowed: ['REVIEW', 'GEOGRAPHIC'] },
  champions: { kind: 'boolean', default: false },
  submitted: { kind: 'boolean', default: false },
} as const;

/** `cycleComparison`: the change in mean level per region and objective between two cycles. */
export function ComparePage() {
  const { t, i18n } = useTranslation('compare');
  const lng = i18n.language;
  const { canAnalyse } = useSession();
  const [f, setFilters] = useFilters(FILTERS);
  const includeSubmitted = canAnalyse && f.submitted === true;
  const { cycles, counted, latestReported } = useCycles(includeSubmitted);
  const to = (f.to as string | null) ?? latestReported;
  const from = (f.from as string | null) ?? previousCycle(cycles.find((c) => c.code === to) ?? undefined, cycles);
  const scheme = f.scheme as 'REVIEW' | 'GEOGRAPHIC';
  const [{ data, error }] = useQuery({
    query: ComparisonQuery,
    variables: { from: from ?? '', to: to ?? '', scheme, championOnly: f.champions === true, includeSubmitted, lang: apiLanguage(lng) },
    pause: !from || !to,
  });
  const names = useMemo(() => new Map((data?.regions ?? []).map((r) => [r.code, r.name])), [data]);
  const titles = useMemo(() => new Map((data?.objectives ?? []).map((o) => [o.number, o.shortTitle])), [data]);
  const nameLanguages = useMemo(() => new Map((data?.regions ?? []).map((r) => [r.code, r.nameLanguage])), [data]);
  const titleLanguages = useMemo(() => new Map((data?.objectives ?? []).map((o) => [o.number, o.shortTitleLanguage])), [data]);
  const changes = data?.cycleComparison.changes ?? [];
  const columns = useMemo(() => [...new Set(changes.map((c) => c.region?.code ?? 'WORLD'))], [changes]);
  const objectives = useMemo(() => [...new Set(changes.map((c) => c.objectiveNumber))].sort((a, b) => a - b), [changes]);
  const label = (code: string) => (code === 'WORLD' ? t('world') : code);
  const byCell = useMemo(() => new Map(changes.map((c) => [`${c.objectiveNumber}|${c.region?.code ?? 'WORLD'}`, c])), [changes]);
  const cell = (y: number, x: number): HeatGridCell | null => {
    const objective = objectives[y];
    const column = columns[x];
    const c = objective !== undefined && column !== undefined ? byCell.get(`${objective}|${column}`) : undefined;
    if (!c || objective === undefined || column === undefined) return null;
    return {
      colour: changeColour(c.meanLevelChange),
      text: formatChange(c.meanLevelChange, lng),
      title: `${objective}. ${titles.get(objective) ?? ''}\n${names.get(column) ?? t('world')}: ${formatLevel(c.meanLevelFrom, lng)} → ${formatLevel(c.meanLevelTo, lng)} (${formatChange(c.meanLevelChange, lng)})`,
    };
  };
  const summary = t('summary', { from: from ?? '–', to: to ?? '–', cells: changes.filter((c) => c.meanLevelChange !== null).length });
  const exportQuery = `from=${encodeURIComponent(from ?? '')}&to=${encodeURIComponent(to ?? '')}&scheme=${scheme}${includeSubmitted ? '&includeSubmitted=true' : ''}${f.champions ? '&championOnly=true' : ''}`;
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Group align="flex-end">
        <CyclePicker label={t('from')} value={from} onChange={(c) => setFilters({ from: c })} cycles={cycles} counted={counted} />
        <CyclePicker label={t('to')} value={to} onChange={(c) => setFilters({ to: c })} cycles={cycles} counted={counted} />
      </Group>
      <Group>
        <SegmentedControl
          value={scheme}
          onChange={(v) => setFilters({ scheme: v })}
          data={[
            { value: 'REVIEW', label: t('schemeReview') },
            { value: 'GEOGRAPHIC', label: t('schemeGeographic') },
          ]}
          aria-label={t('scheme')}
        />
        <Checkbox
          label={t('championsOnly')}
          checked={f.champions === true}
          onChange={(e) => setFilters({ champions: e.currentTarget.checked })}
        />
        <IncludeSubmittedOption checked={includeSubmitted} onChange={(submitted) => setFilters({ submitted })} />
      </Group>
      {!from || !to ? <Alert color="gray">{t('pickTwo')}</Alert> : null}
      {error ? <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert> : null}
      {from && to && !data && !error ? <Skeleton height={400} /> : null}
      {data ? (
        changes.length ? (
          <ChartCard
            id="cycle-comparison"
            title={t('chartTitle')}
            summary={`${summary} ${t(data.cycleComparison.includesSubmitted ? 'basis.withSubmitted' : 'basis.validated', { ns: 'common' })}.`}
            actions={canAnalyse ? <ExportLinks path="cycle-comparison" query={exportQuery} /> : null}
            chart={
              <HeatGrid
                label={summary}
                columns={columns.map((code) => ({ key: code, label: label(code), title: names.get(code) ?? t('world') }))}
                rows={objectives.map((n) => ({ key: String(n), label: String(n), title: `${n}. ${titles.get(n) ?? ''}` }))}
                cell={cell}
              />
            }
            table={
              <DataTable
                caption={t('chartTitle')}
                header={[t('objective'), t('region'), t('meanFrom'), t('meanTo'), t('change'), t('reportingFrom'), t('reportingTo')]}
                numeric={[2, 3, 4, 5, 6]}
                rows={changes.map((c) => [
                  <MarkedText
                    key="o"
                    text={`${c.objectiveNumber}. ${titles.get(c.objectiveNumber) ?? ''}`}
                    served={titleLanguages.get(c.objectiveNumber)}
                  />,
                  c.region ? (
                    <MarkedText key="r" text={names.get(c.region.code) ?? c.region.code} served={nameLanguages.get(c.region.code)} />
                  ) : (
                    t('world')
                  ),
                  formatLevel(c.meanLevelFrom, lng),
                  formatLevel(c.meanLevelTo, lng),
                  formatChange(c.meanLevelChange, lng),
                  String(c.reportingCountriesFrom),
                  String(c.reportingCountriesTo),
                ])}
              />
            }
            csv={{
              fileName: `cycle-comparison-${from}-${to}.csv`,
              header: [
                'objective',
                'region',
                'mean_level_from',
                'mean_level_to',
                'mean_level_change',
                'reporting_countries_from',
                'reporting_countries_to',
              ],
              rows: changes.map((c) => [
                c.objectiveNumber,
                c.region?.code ?? 'WORLD',
                c.meanLevelFrom,
                c.meanLevelTo,
                c.meanLevelChange,
                c.reportingCountriesFrom,
                c.reportingCountriesTo,
              ]),
            }}
          />
        ) : (
          <Alert color="gray">{t('nothing')}</Alert>
        )
      ) : null}
    </Stack>
  );
}
