import { Anchor, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { apiErrorOf } from '../../lib/field-errors';
import { formatDate } from '../../lib/format';
import { settledProps, settledState } from '../../lib/settled';
import { useFilters } from '../../lib/use-filters';
import { RequireAccount } from '../accounts/RequireAccount';
import { MyPledgesQuery } from './pledges.operations';

const FILTERS = { after: { kind: 'string' } } as const;

/** A focal point's pledges: its state's, latest first, each with its status and the ways to edit it or record an update. */
export function MyPledgesPage() {
  return <RequireAccount>{(account) => <MyPledges account={account} />}</RequireAccount>;
}

function MyPledges({ account }: { account: SignedInAccount }) {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const isFocalPoint = account.role === 'FOCAL_POINT' && Boolean(account.country);
  const [result] = useQuery({
    query: MyPledgesQuery,
    variables: { country: account.country ?? '', after: (f.after as string | null) ?? null },
    pause: !isFocalPoint,
    requestPolicy: 'cache-and-network',
  });
  if (!isFocalPoint) return <Notice color="blue">{t('mine.forFocalPoints')}</Notice>;
  const { data, error, fetching } = result;
  const list = data?.pledges;

  return (
    <Stack {...settledProps('my-pledges', settledState(result))}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('mine.title')}</Title>
          <Text c="dimmed">{t('mine.intro')}</Text>
        </div>
        <Button component={Link} to="/pledges/new">
          {t('mine.new')}
        </Button>
      </Group>
      {error ? <Notice color="red">{apiErrorOf(error).message}</Notice> : null}
      {!list ? (
        fetching ? (
          <Skeleton height={400} />
        ) : null
      ) : list.totalCount === 0 ? (
        <Text data-count={0}>{t('mine.none')}</Text>
      ) : (
        <section aria-labelledby="my-pledges-list" data-count={list.totalCount}>
          <Stack gap="sm">
            <Title order={2} size="h3" id="my-pledges-list">
              {t('count', { count: list.totalCount })}
            </Title>
            <DataTable
              caption={t('mine.caption')}
              header={[t('pledge'), t('status'), t('objective'), t('targetDate'), t('mine.actions')]}
              rows={list.nodes.map((p) => [
                <Anchor key="t" component={Link} to={`/pledges/${p.id}`} lang={p.language.toLowerCase()} data-pledge={p.id}>
                  {p.title}
                </Anchor>,
                <Stack key="s" gap={2} miw={110}>
                  <PledgeStatusBadge status={p.status} />
                  <Text size="xs">{t('since', { date: formatDate(p.statusDate, lng) })}</Text>
                </Stack>,
                p.mainObjective ? String(p.mainObjective.number) : '–',
                <Group key="d" gap={4}>
                  {formatDate(p.targetDate, lng)}
                  {p.isOverdue ? (
                    <Badge size="sm" color="red.9" variant="filled">
                      {t('overdue')}
                    </Badge>
                  ) : null}
                </Group>,
                <Group key="a" gap="sm" wrap="nowrap">
                  <Anchor component={Link} to={`/pledges/${p.id}/edit`} size="sm" aria-label={t('mine.editOne', { title: p.title })}>
                    {t('mine.edit')}
                  </Anchor>
                  <Anchor component={Link} to={`/pledges/${p.id}/update`} size="sm" aria-label={t('mine.updateOne', { title: p.title })}>
                    {t('mine.recordUpdate')}
                  </Anchor>
                </Group>,
              ])}
            />
            <Pager
              shown={list.nodes.length}
              total={list.totalCount}
              next={list.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null}
              paged={Boolean(f.after)}
              onNext={(after) => setFilters({ after })}
              onFirst={() => setFilters({ after: null })}
            />
          </Stack>
        </section>
      )}
    </Stack>
  );
}
