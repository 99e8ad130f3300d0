import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVEL_STOPS, NO_DATA_COLOUR } from '../lib/level-scale';

/** The level scale in words: 0 not started, 1 limited, 2 substantial, 3 complete, and "no data". */
export function LevelLegend() {
  const { t } = useTranslation();
  const swatch = (colour: string) => (
    <span aria-hidden style={{ display: 'inline-block', width: 14, height: 14, background: colour, border: '1px solid #adb5bd' }} />
  );
  return (
    <Group gap="md" mt="xs" aria-label={t('levels.legend')} role="group">
      {(['notStarted', 'limited', 'substantial', 'complete'] as const).map((key, i) => (
        <Group gap={4} key={key}>
          {swatch(LEVEL_STOPS[Math.round((i * (LEVEL_STOPS.length - 1)) / 3)])}
          <Text size="xs">
            {i} {t(`levels.${key}`)}
          </Text>
        </Group>
      ))}
      <Group gap={4}>
        {swatch(NO_DATA_COLOUR)}
        <Text size="xs">{t('levels.noData')}</Text>
      </Group>
    </Group>
  );
}
