import { Anchor, Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { LoadFailure } from '../../components/EditorPage';
import { Notice } from '../../components/Notice';
import type { ResultOf } from '../../graphql/graphql';
import { settledProps } from '../../lib/settled';
import { mayChange } from './pledge-fields';
import { EditedPledgeQuery } from './pledges.operations';

export type EditedPledge = ResultOf<typeof EditedPledgeQuery>['pledge'];

/**
 * The pledge a page changes (its editor, its updates), read afresh: the page once it is there
 * and the account may change it; otherwise why not. `page` names the page's main region while it loads.
 */
export function EditedPledgeGate({
  id,
  account,
  page,
  children,
}: {
  id: string;
  account: SignedInAccount;
  page: string;
  children: (pledge: EditedPledge) => ReactNode;
}) {
  const { t } = useTranslation('pledges');
  const [{ data, error }] = useQuery({ query: EditedPledgeQuery, variables: { id }, requestPolicy: 'network-only' });
  if (error) return <LoadFailure error={error} notFound={t('notFound')} />;
  if (!data) return <Skeleton height={600} {...settledProps(page, 'loading')} />;
  if (!mayChange(account, data.pledge))
    return (
      <Notice color="blue" data-notice="read-only">
        {t('editor.notYours')}{' '}
        <Anchor component={Link} to={`/pledges/${data.pledge.id}`}>
          {t('editor.view')}
        </Anchor>
      </Notice>
    );
  return children(data.pledge);
}
