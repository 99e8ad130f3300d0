import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  shown: number;
  total: number;
  /** The end cursor of this page when there is a next one. */
  next: string | null;
  /** True when this is not the first page. */
  paged: boolean;
  onNext: (cursor: string) => void;
  onFirst: () => void;
}

/** Keyset pagination: the cursor lives in the URL (`after`), so a page can be shared too. */
export function Pager({ shown, total, next, paged, onNext, onFirst }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pagination.showing', { shown: fmt.format(shown), total: fmt.format(total) })}
      </Text>
      <Group gap="xs">
        {paged ? (
          <Button variant="default" size="xs" onClick={onFirst}>
            {t('pagination.first')}
          </Button>
        ) : null}
        {next ? (
          <Button variant="default" size="xs" onClick={() => onNext(next)}>
            {t('pagination.next')}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
