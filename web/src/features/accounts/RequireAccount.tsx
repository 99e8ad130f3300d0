import { Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { type SignedInAccount, useSession } from '../../app/session';
import { PageLoader } from '../../components/PageLoader';
import { Notice } from './Notice';

/**
 * A page for signed-in users (of one of `roles`, when given): signs the visitor in first
 * (back here afterwards), and tells another role the page is not theirs. The API refuses
 * them anyway; this only saves a useless request.
 */
export function RequireAccount({
  roles,
  children,
}: {
  roles?: SignedInAccount['role'][];
  children: (account: SignedInAccount) => ReactNode;
}) {
  const { t } = useTranslation('accounts');
  const { account, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!account) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.includes(account.role))
    return (
      <Stack maw={560}>
        <Notice color="yellow" title={t('required.secretariat')} role="alert">
          <Anchor component={Link} to="/" c="dark">
            {t('common:notFound.home')}
          </Anchor>
        </Notice>
      </Stack>
    );
  return <>{children(account)}</>;
}
