import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The server's exports as plain links: the browser sends the session cookie with them, so a
 * click downloads the file (no token in the page, no typed header).
 */
export function ExportLinks({ path, query }: { path: string; query: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Anchor key={format} size="sm" href={`/exports/${path}.${format}?${query}`} download data-export={`${path}.${format}`}>
          {t('chart.export', { format: format.toUpperCase() })}
        </Anchor>
      ))}
    </Group>
  );
}
