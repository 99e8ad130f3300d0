import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Anchor } from '@mantine/core';
import { ChartCard } from '../../components/ChartCard';
import { HeatGrid, type HeatGridCell } from '../../components/charts/HeatGrid';
import { DataTable } from '../../components/DataTable';
import { LanguageMark } from '../../components/LanguageMark';
import { LevelLegend } from '../../components/LevelLegend';
import { formatLevel } from '../../lib/format';
import { levelColour } from '../../lib/level-scale';

export interface HeatMapCell {
  meanLevel: number | null;
  countedEntries: number;
  reportingCountries: number;
}
export interface HeatMapRow {
  objectiveNumber: number;
  label: string;
  /** The language the API served the objective's title in. */
  labelLanguage: string | null;
  /** One per column, in the order of `columns`. */
  cells: HeatMapCell[];
}

interface Props {
  cycleCode: string;
  /** Region columns then the world: code and name. */
  columns: { code: string; short: string; name: string; nameLanguage: string | null }[];
  rows: HeatMapRow[];
  actions?: ReactNode;
}

/** Objectives (rows) x regions (columns), each cell coloured by the mean level of its counted entries. */
export function ObjectiveHeatMap({ cycleCode, columns, rows, actions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  const navigate = useNavigate();
  const href = (objectiveNumber: number) => `/objectives/${objectiveNumber}?cycle=${encodeURIComponent(cycleCode)}`;
  const cell = (y: number, x: number): HeatGridCell | null => {
    const row = rows[y];
    const column = columns[x];
    const value = row?.cells[x];
    if (!row || !column || !value) return null;
    return {
      colour: levelColour(value.meanLevel),
      text: value.meanLevel === null ? '' : formatLevel(value.meanLevel, lng),
      title:
        value.meanLevel === null
          ? `${row.label}\n${column.name}: ${t('noEntries')}`
          : `${row.label}\n${column.name}: ${formatLevel(value.meanLevel, lng)} (${t('entriesCount', { count: value.countedEntries })})`,
    };
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
          <HeatGrid
            label={summary}
            columns={columns.map((c) => ({ key: c.code, label: c.short, title: c.name }))}
            rows={rows.map((r) => ({
              key: String(r.objectiveNumber),
              label: String(r.objectiveNumber),
              title: r.label,
              href: href(r.objectiveNumber),
            }))}
            cell={cell}
            onRowClick={(y) => {
              const row = rows[y];
              if (row) void navigate(href(row.objectiveNumber));
            }}
          />
          <LevelLegend />
        </>
      }
      table={
        <DataTable
          caption={t('heatTitle')}
          header={[
            t('objective'),
            ...columns.map((c) => (
              <span key={c.code}>
                {c.name}
                <LanguageMark served={c.nameLanguage} />
              </span>
            )),
          ]}
          numeric={columns.map((_, i) => i + 1)}
          rows={rows.map((r) => [
            <span key="o">
              <Anchor component={Link} to={href(r.objectiveNumber)}>
                {r.label}
              </Anchor>
              <LanguageMark served={r.labelLanguage} />
            </span>,
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
