import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  DRAFT: 'gray.7',
  SUBMITTED: 'blue.8',
  RETURNED: 'red.9',
  VALIDATED: 'green.9',
  EMPTY: 'gray.7',
  NONE: 'gray.7',
};

/** An entry's or a report's state; `NONE`: no entry on the objective yet. */
export function StateBadge({ state, kind = 'entry' }: { state: string; kind?: 'entry' | 'report' }) {
  const { t } = useTranslation('reports');
  return (
    <Badge color={COLOURS[state] ?? 'gray.7'} variant={state === 'NONE' ? 'outline' : 'filled'}>
      {t(kind === 'entry' ? `entryState.${state}` : `reportState.${state}`)}
    </Badge>
  );
}
