import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { Notice } from '../../components/Notice';

/** The secretariat's pages: anyone else is told who they are for (the API refuses them anyway). */
export function SecretariatOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('review');
  const { account } = useSession();
  if (!account)
    return (
      <Notice color="blue">
        {t('signInFirst')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('signIn')}
        </Anchor>
      </Notice>
    );
  if (account.role !== 'SECRETARIAT') return <Notice color="blue">{t('forSecretariat')}</Notice>;
  return <>{children}</>;
}
