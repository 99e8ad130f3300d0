import { Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import type { ResultOf } from '../../graphql/graphql';
import { apiErrorOf } from '../../lib/field-errors';
import { formatDate } from '../../lib/format';
import { useFilters } from '../../lib/use-filters';
import { RequireAccount } from '../accounts/RequireAccount';
import { returnComment } from './practice-fields';
import { MyPracticesQuery } from './practices.operations';

const FILTERS = {
  returnedAfter: { kind: 'string' },
  draftAfter: { kind: 'string' },
  submittedAfter: { kind: 'string' },
  publishedAfter: { kind: 'string' },
} as const;
type Cursor = keyof typeof FILTERS;
type Lists = ResultOf<typeof MyPracticesQuery>;

/** The lists of the page, in the order a focal point acts on them: returned first (with the comment), then drafts. */
const SECTIONS = [
  { key: 'returned', cursor: 'returnedAfter', editable: true },
  { key: 'drafts', cursor: 'draftAfter', editable: true },
  { key: 'submitted', cursor: 'submittedAfter', editable: false },
  { key: 'published', cursor: 'publishedAfter', editable: false },
] as const satisfies readonly { key: keyof Lists; cursor: Cursor; editable: boolean }[];

/** A focal point's good practices, every state: what to fix, what to finish, what is in review, what is public. */
export function MyPracticesPage() {
  return <RequireAccount>{(account) => <MyPractices account={account} />}</RequireAccount>;
}

function MyPractices({ account }: { account: SignedInAccount }) {
  const { t, i18n } = useTranslation('practices');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const isFocalPoint = account.role === 'FOCAL_POINT' && Boolean(account.country);
  const [{ data, error, fetching }] = useQuery({
    query: MyPracticesQuery,
    variables: {
      country: account.country ?? '',
      returnedAfter: (f.returnedAfter as string | null) ?? null,
      draftAfter: (f.draftAfter as string | null) ?? null,
      submittedAfter: (f.submittedAfter as string | null) ?? null,
      publishedAfter: (f.publishedAfter as string | null) ?? null,
    },
    pause: !isFocalPoint,
    requestPolicy: 'cache-and-network',
  });
  if (!isFocalPoint) return <Notice color="blue">{t('mine.forFocalPoints')}</Notice>;
  /** Paging one list keeps the others where they are. */
  const page = (cursor: Cursor, value: string | null) => {
    const kept = Object.fromEntries(Object.keys(FILTERS).map((k) => [k, f[k as Cursor]]));
    setFilters({ ...kept, [cursor]: value });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('mine.title')}</Title>
          <Text c="dimmed">{t('mine.intro')}</Text>
        </div>
        <Button component={Link} to="/practices/new">
          {t('mine.new')}
        </Button>
      </Group>
      {error ? <Notice color="red">{apiErrorOf(error).message}</Notice> : null}
      {!data ? (
        fetching ? (
          <Skeleton height={400} />
        ) : null
      ) : (
        SECTIONS.map(({ key, cursor, editable }) => {
          const list = data[key];
          return (
            <section key={key} aria-labelledby={`mine-${key}`} data-section={key}>
              <Stack gap="sm">
                <Title order={2} size="h3" id={`mine-${key}`}>
                  {t(`mine.sections.${key}`)}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`mine.help.${key}`)}
                </Text>
                {list.totalCount === 0 ? (
                  <Text size="sm">{t('mine.none')}</Text>
                ) : (
                  <>
                    <DataTable
                      caption={t('mine.caption', { section: t(`mine.sections.${key}`) })}
                      header={[
                        t('practice'),
                        ...(key === 'returned' ? [t('mine.comment')] : []),
                        t('objective'),
                        key === 'published' ? t('mine.publishedOn') : t('mine.lastChange'),
                      ]}
                      rows={list.nodes.map((p) => [
                        <Anchor
                          key="t"
                          component={Link}
                          to={editable ? `/practices/${p.id}/edit` : `/practices/${p.id}`}
                          lang={p.language.toLowerCase()}
                          data-practice={p.id}
                        >
                          {p.title}
                        </Anchor>,
                        ...(key === 'returned'
                          ? [
                              <Text key="c" size="sm" style={{ whiteSpace: 'pre-wrap' }} data-comment>
                                {returnComment(p.reviewHistory) ?? '–'}
                              </Text>,
                            ]
                          : []),
                        p.mainObjective ? String(p.mainObjective.number) : '–',
                        formatDate(key === 'published' ? (p.publishedAt ?? p.updatedAt) : p.updatedAt, lng),
                      ])}
                    />
                    <Pager
                      shown={list.nodes.length}
                      total={list.totalCount}
                      next={list.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null}
                      paged={Boolean(f[cursor])}
                      onNext={(after) => page(cursor, after)}
                      onFirst={() => page(cursor, null)}
                    />
                  </>
                )}
              </Stack>
            </section>
          );
        })
      )}
    </Stack>
  );
}
