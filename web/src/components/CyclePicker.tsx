import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql/graphql';

export const CyclesQuery = graphql(`
  query Cycles($includeSubmitted: Boolean!) {
    reviewCycles {
      code
      name
      kind
      round
      year
      confirmed
      startDate
      endDate
      sources
      region {
        code
      }
    }
    reportedCycles(includeSubmitted: $includeSubmitted) {
      countedEntries
      reportingCountries
      cycle {
        code
      }
    }
  }
`);

export type ReviewCycleItem = ResultOf<typeof CyclesQuery>['reviewCycles'][number];

/** The review cycles and which have counted entries; the default is the latest with entries. */
export function useCycles(includeSubmitted: boolean) {
  const [result] = useQuery({ query: CyclesQuery, variables: { includeSubmitted } });
  const cycles = result.data?.reviewCycles ?? [];
  const reported = result.data?.reportedCycles ?? [];
  const counted = new Map(reported.map((r) => [r.cycle.code, r.countedEntries]));
  return {
    cycles,
    counted,
    latestReported: reported[0]?.cycle.code ?? cycles.at(-1)?.code ?? null,
    fetching: result.fetching,
    error: result.error,
  };
}

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string) => void;
  cycles: ReviewCycleItem[];
  counted: Map<string, number>;
}

/** Picks a review cycle: regional reviews grouped by round, then the IMRFs; entries counted shown. */
export function CyclePicker({ label, value, onChange, cycles, counted }: Props) {
  const { t } = useTranslation();
  const groups = [
    { key: 'round2', items: cycles.filter((c) => c.kind === 'REGIONAL' && c.round === 2) },
    { key: 'round1', items: cycles.filter((c) => c.kind === 'REGIONAL' && c.round === 1) },
    { key: 'imrf', items: cycles.filter((c) => c.kind !== 'REGIONAL') },
  ];
  const data = groups
    .filter((g) => g.items.length)
    .map((g) => ({
      group: t(`cycles.${g.key}`),
      items: g.items.map((c) => ({
        value: c.code,
        label: `${c.name}${counted.get(c.code) ? '' : ` (${t('cycles.noEntries')})`}${c.confirmed ? '' : ` (${t('cycles.unconfirmed')})`}`,
      })),
    }));
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      searchable
      maw={440}
      w="100%"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
