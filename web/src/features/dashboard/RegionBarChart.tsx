import { SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../components/ChartCard';
import { BarChart } from '../../components/charts/BarChart';
import { DataTable } from '../../components/DataTable';
import { LanguageMark } from '../../components/LanguageMark';
import { formatLevel, formatNumber } from '../../lib/format';
import { LEVEL_MAX, levelColour } from '../../lib/level-scale';

export interface RegionBar {
  code: string;
  name: string;
  /** The language the API served `name` in. */
  nameLanguage: string | null;
  meanLevel: number | null;
  reportingCountries: number;
  countries: number;
  countedEntries: number;
}

interface Props {
  cycleCode: string;
  scheme: 'REVIEW' | 'GEOGRAPHIC';
  onSchemeChange: (scheme: 'REVIEW' | 'GEOGRAPHIC') => void;
  regions: RegionBar[];
}

/** Mean level per region of one scheme (the five regional commissions, or the five continents). */
export function RegionBarChart({ cycleCode, scheme, onSchemeChange, regions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const narrow = useMediaQuery('(max-width: 640px)') ?? false;
  // Every half level on wide screens, whole levels on a phone.
  const ticks = (narrow ? [0, 1, 2, 3] : [0, 0.5, 1, 1.5, 2, 2.5, 3]).map((value) => ({
    value,
    text: formatNumber(value, lng, value % 1 ? 1 : 0),
  }));
  // Names on wide screens; on a phone the codes (ECA, AFRICA…), the table giving the names.
  const bars = regions.map((r) => ({
    key: r.code,
    label: narrow ? (
      r.code
    ) : (
      <>
        {r.name}
        <LanguageMark served={r.nameLanguage} />
      </>
    ),
    value: r.meanLevel,
    colour: levelColour(r.meanLevel ?? 0),
    text: formatLevel(r.meanLevel, lng),
  }));
  const header = [t('region'), t('meanLevel'), t('reportingCountries'), t('memberCountries'), t('countedEntries')];
  const reported = regions.filter((r) => r.meanLevel !== null);
  const summary = reported.length
    ? t('barSummary', {
        count: reported.length,
        best: [...reported].sort((a, b) => (b.meanLevel ?? 0) - (a.meanLevel ?? 0))[0].name,
        level: formatLevel(Math.max(...reported.map((r) => r.meanLevel ?? 0)), lng),
      })
    : t('barSummaryNone');
  return (
    <ChartCard
      id="region-bars"
      title={t('barTitle')}
      summary={summary}
      actions={
        <SegmentedControl
          size="xs"
          value={scheme}
          onChange={(v) => onSchemeChange(v as 'REVIEW' | 'GEOGRAPHIC')}
          data={[
            { value: 'REVIEW', label: t('schemeReview') },
            { value: 'GEOGRAPHIC', label: t('schemeGeographic') },
          ]}
          aria-label={t('scheme')}
        />
      }
      chart={<BarChart label={summary} bars={bars} max={LEVEL_MAX} ticks={ticks} axisTitle={t('meanLevel')} />}
      table={
        <DataTable
          caption={t('barTitle')}
          header={header}
          numeric={[1, 2, 3, 4]}
          rows={regions.map((r) => [
            <>
              {r.name}
              <LanguageMark served={r.nameLanguage} />
            </>,
            formatLevel(r.meanLevel, lng),
            formatNumber(r.reportingCountries, lng),
            formatNumber(r.countries, lng),
            formatNumber(r.countedEntries, lng),
          ])}
        />
      }
      csv={{
        fileName: `mean-level-by-region-${scheme.toLowerCase()}-${cycleCode}.csv`,
        header: ['region_code', 'region', 'mean_level', 'reporting_countries', 'member_countries', 'counted_entries'],
        rows: regions.map((r) => [r.code, r.name, r.meanLevel, r.reportingCountries, r.countries, r.countedEntries]),
      }}
    />
  );
}
