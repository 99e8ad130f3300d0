import { Button, Collapse } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters of a list: always shown on a wide screen, behind a "Filters (n)" button on a phone. */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const [open, setOpen] = useState(false);
  if (!narrow) return <>{children}</>;
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} w="fit-content">
        {t('filters.toggle', { count: active })}
      </Button>
      <Collapse in={open}>{children}</Collapse>
    </>
  );
}
