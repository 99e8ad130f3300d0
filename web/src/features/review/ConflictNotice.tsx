import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';

/** CONFLICT: someone changed the record since it was read; reading it again keeps what was typed in the form. */
export function ConflictNotice({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('review');
  return (
    <Notice color="orange" role="alert" title={t('conflict.title')} data-notice="conflict">
      {t('conflict.text')}{' '}
      <Button size="xs" variant="default" mt="xs" onClick={onReload} loading={reloading}>
        {t('conflict.reload')}
      </Button>
    </Notice>
  );
}
