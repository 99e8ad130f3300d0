import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Anchor } from '@mantine/core';
import { ChartCard } from '../../components/ChartCard';
import { type ChartClick, EChart } from '../../components/charts/EChart';
import { DataTable } from '../../components/DataTable';
import { LevelLegend } from '../../components/LevelLegend';
import { formatLevel } from '../../lib/format';
import { levelColour, textColourOn } from '../../lib/level-scale';

export interface HeatMapCell {
  meanLevel: number | null;
  countedEntries: number;
  reportingCountries: number;
}
export interface HeatMapRow {
  objectiveNumber: number;
  label: string;
  /** One per column, in the order of `columns`. */
  cells: HeatMapCell[];
}

interface Props {
  cycleCode: string;
  /** Region columns then the world: code and name. */
  columns: { code: string; short: string; name: string }[];
  rows: HeatMapRow[];
  actions?: ReactNode;
}

/** Objectives (rows) x regions (columns), each cell coloured by the mean level of its counted entries. */
export function ObjectiveHeatMap({ cycleCode, columns, rows, actions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const navigate = useNavigate();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        formatter: (p: { data: { value: [number, number, number | null]; counted: number } }) => {
          const [x, y, v] = p.data.value;
          return `${rows[y].label}<br/>${columns[x].name}: ${formatLevel(v, lng)} (${t('entriesCount', { count: p.data.counted })})`;
        },
      },
      xAxis: {
        type: 'category',
        // Region codes on the axis (ECA, ECLAC…); the tooltip and the table give the names.
        data: columns.map((c) => c.short),
        position: 'top',
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => `${r.objectiveNumber}`), axisLabel: { interval: 0 } },
      series: [
        {
          type: 'heatmap',
          data: rows.flatMap((row, y) =>
            row.cells.map((cell, x) => {
              const colour = levelColour(cell.meanLevel);
              return {
                value: [x, y, cell.meanLevel],
                counted: cell.countedEntries,
                itemStyle: { color: colour, borderColor: '#fff', borderWidth: 1 },
                label: {
                  show: true,
                  color: textColourOn(colour),
                  formatter: () => (cell.meanLevel === null ? '' : formatLevel(cell.meanLevel, lng)),
                },
              };
            }),
          ),
          emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } },
        },
      ],
    }),
    [rows, columns, lng, t],
  );
  const onClick = (p: ChartClick) => {
    const value = (p.data as { value?: [number, number] } | undefined)?.value;
    if (value) navigate(`/objectives/${rows[value[1]].objectiveNumber}?cycle=${encodeURIComponent(cycleCode)}`);
  };
  const withData = rows.flatMap((r) => r.cells).filter((c) => c.meanLevel !== null).length;
  const summary = t('heatSummary', { cells: withData, objectives: rows.length, regions: columns.length });
  return (
    <ChartCard
      id="objective-matrix"
      title={t('heatTitle')}
      summary={summary}
      actions={actions}
      chart={
        <>
          <EChart option={option} label={summary} height={Math.max(420, rows.length * 26 + 60)} onClick={onClick} />
          <LevelLegend />
        </>
      }
      table={
        <DataTable
          caption={t('heatTitle')}
          header={[t('objective'), ...columns.map((c) => c.name)]}
          numeric={columns.map((_, i) => i + 1)}
          rows={rows.map((r) => [
            <Anchor key="o" component={Link} to={`/objectives/${r.objectiveNumber}?cycle=${encodeURIComponent(cycleCode)}`}>
              {r.label}
            </Anchor>,
            ...r.cells.map((c) => formatLevel(c.meanLevel, lng)),
          ])}
        />
      }
      csv={{
        fileName: `objective-matrix-${cycleCode}.csv`,
        header: ['objective', ...columns.flatMap((c) => [`${c.code}_mean_level`, `${c.code}_counted_entries`])],
        rows: rows.map((r) => [r.objectiveNumber, ...r.cells.flatMap((c) => [c.meanLevel, c.countedEntries])]),
      }}
    />
  );
}
