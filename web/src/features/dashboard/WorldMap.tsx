import { Alert, Anchor, Skeleton } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from '../../components/ChartCard';
import { WhenVisible } from '../../components/charts/WhenVisible';
import { type ChartClick, EChart } from '../../components/charts/EChart';
import { loadWorldMap, m49Key, type WorldShapes } from '../../components/charts/world-shapes';
import { DataTable } from '../../components/DataTable';
import { LevelLegend } from '../../components/LevelLegend';
import { formatLevel, formatNumber } from '../../lib/format';
import { levelColour, NO_DATA_COLOUR } from '../../lib/level-scale';

export interface MapCountry {
  iso3: string;
  m49Code: string;
  name: string;
  meanLevel: number | null;
  countedEntries: number;
  isChampion: boolean;
}

interface Props {
  cycleCode: string;
  /** Countries with counted entries. */
  countries: MapCountry[];
  /** Every champion country (marked on the map whether it reported or not). */
  champions: { iso3: string; m49Code: string; name: string }[];
}

/** The map itself: the shapes and ECharts load once it comes near the window. */
function WorldMapDrawing({ cycleCode, countries, champions, summary }: Props & { summary: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const navigate = useNavigate();
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadWorldMap()
      .then((s) => {
        if (live) setShapes(s);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const byM49 = useMemo(() => new Map(countries.map((c) => [m49Key(c.m49Code), c])), [countries]);
  const iso3ByM49 = useMemo(
    () => new Map([...countries, ...champions].map((c) => [m49Key(c.m49Code), c.iso3] as const)),
    [countries, champions],
  );
  const option = useMemo(() => {
    if (!shapes) return null;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; seriesType: string; data?: { label?: string } }) => {
          const c = byM49.get(p.name);
          if (p.seriesType === 'scatter') return `${p.data?.label ?? ''} (${t('champion')})`;
          return c ? `${c.name}: ${formatLevel(c.meanLevel, lng)} (${t('entriesCount', { count: c.countedEntries })})` : t('noEntries');
        },
      },
      geo: {
        map: 'world',
        // No zoom by wheel or touch: the page must scroll over the map. The table lists every country.
        roam: false,
        itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#868e96', borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd43b' } },
        regions: countries.map((c) => ({ name: m49Key(c.m49Code), itemStyle: { areaColor: levelColour(c.meanLevel) } })),
        top: 8,
        bottom: 8,
        left: 8,
        right: 8,
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbol: 'diamond',
          symbolSize: 9,
          itemStyle: { color: '#f08c00', borderColor: '#000', borderWidth: 1 },
          data: champions
            .map((c) => ({ name: m49Key(c.m49Code), label: c.name, value: shapes.anchors.get(m49Key(c.m49Code)) }))
            .filter((d) => d.value),
        },
      ],
    };
  }, [shapes, countries, champions, byM49, lng, t]);

  const onClick = (p: ChartClick) => {
    const iso3 = p.name ? iso3ByM49.get(p.name) : undefined;
    if (iso3) navigate(`/countries/${iso3}?cycle=${encodeURIComponent(cycleCode)}`);
  };
  if (failed) return <Alert color="red">{t('mapFailed')}</Alert>;
  if (!option) return <Skeleton height={460} />;
  return (
    <>
      <EChart option={option} label={summary} height={460} onClick={onClick} />
      <LevelLegend />
    </>
  );
}

/** A world map colouring each country by its validated mean level in the cycle; champions marked. */
export function WorldMap({ cycleCode, countries, champions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const summary = t('mapSummary', { count: countries.length, champions: champions.length });
  const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name, lng));
  return (
    <ChartCard
      id="world-map"
      title={t('mapTitle')}
      summary={summary}
      chart={
        <WhenVisible height={460}>
          <WorldMapDrawing cycleCode={cycleCode} countries={countries} champions={champions} summary={summary} />
        </WhenVisible>
      }
      table={
        <DataTable
          caption={t('mapTitle')}
          header={[t('country'), t('meanLevel'), t('countedEntries'), t('champion')]}
          numeric={[1, 2]}
          rows={sorted.map((c) => [
            <Anchor key="c" component={Link} to={`/countries/${c.iso3}`}>
              {c.name}
            </Anchor>,
            formatLevel(c.meanLevel, lng),
            formatNumber(c.countedEntries, lng),
            c.isChampion ? t('yes') : t('no'),
          ])}
        />
      }
      csv={{
        fileName: `mean-level-by-country-${cycleCode}.csv`,
        header: ['iso3', 'country', 'mean_level', 'counted_entries', 'champion'],
        rows: sorted.map((c) => [c.iso3, c.name, c.meanLevel, c.countedEntries, c.isChampion ? 'yes' : 'no']),
      }}
    />
  );
}
