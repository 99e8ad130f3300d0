import { Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CsvRow, downloadCsv } from '../lib/csv';

export interface ChartTable {
  header: string[];
  rows: CsvRow[];
  fileName: string;
}

interface Props {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in one or two sentences. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** Exactly the figures the chart shows, for the CSV download. */
  csv: ChartTable;
  /** Extra actions, e.g. the analysts' CSV/XLSX exports of the server. */
  actions?: ReactNode;
}

/** A chart with its table view and a CSV of exactly what it shows. */
export function ChartCard({ id, title, summary, chart, table, csv, actions }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<string | null>('chart');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-chart={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => downloadCsv(csv.fileName, csv.header, csv.rows)}>
              {t('chart.downloadCsv')}
            </Button>
            {actions}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {summary}
        </Text>
        <Tabs value={view} onChange={setView} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="chart">{t('chart.chartView')}</Tabs.Tab>
            <Tabs.Tab value="table">{t('chart.tableView')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="chart" pt="sm">
            {chart}
          </Tabs.Panel>
          <Tabs.Panel value="table" pt="sm">
            {table}
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
