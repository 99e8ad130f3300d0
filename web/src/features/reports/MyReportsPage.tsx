import { Notice } from '../../components/Notice';
import { Anchor, Badge, Button, Card, Group, List, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { settledProps, settledState } from '../../lib/settled';
import { apiLanguage } from '../../lib/i18n';
import { StateBadge } from './EntryStateBadge';
import { type ApiError, apiErrorOf, messagesByField } from '../../lib/field-errors';
import { MyReportsQuery, ReturnCommentsQuery, SubmitReportMutation } from './reports.operations';
import { todayUtc, windowStatus } from './reporting-window';
import { WindowClosedNotice, WindowSummary } from './WindowNotice';

type MyReport = ResultOf<typeof MyReportsQuery>['myReports'][number];

/** The secretariat's last word on a returned entry: the latest return or reopening comment. */
const returnComment = (history: readonly { action: string; comment: string | null }[] | null): string | null =>
  [...(history ?? [])].reverse().find((e) => (e.action === 'RETURNED' || e.action === 'REOPENED') && e.comment)?.comment ?? null;

/** A focal point's reports: each cycle the country reports in, its window, its state and the 23 objectives. */
export function MyReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const { account } = useSession();
  const isFocalPoint = account?.role === 'FOCAL_POINT';
  const [reports, reexecute] = useQuery({
    query: MyReportsQuery,
    variables: { country: account?.country ?? '', lang: apiLanguage(i18n.language) },
    pause: !isFocalPoint,
    requestPolicy: 'cache-and-network',
  });
  const { data, error, fetching } = reports;
  if (!account)
    return (
      <Notice color="blue" title={t('title')}>
        {t('signInFirst')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('signIn')}
        </Anchor>
      </Notice>
    );
  if (!isFocalPoint) return <Notice color="blue">{t('forFocalPoints')}</Notice>;
  if (error)
    return (
      <Notice color="red" {...settledProps('my-reports', 'error')}>
        {apiErrorOf(error).message}
      </Notice>
    );
  if (!data) return <Skeleton height={400} aria-busy={fetching} {...settledProps('my-reports', 'loading')} />;
  return (
    <Stack {...settledProps('my-reports', settledState(reports))}>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro', { country: data.country?.name ?? account.country })}</Text>
      {data.myReports.length === 0 ? <Notice color="blue">{t('none')}</Notice> : null}
      {data.myReports.map((r) => (
        <CycleReport
          key={r.cycle.code}
          country={account.country ?? ''}
          mine={r}
          objectives={data.objectives}
          onSubmitted={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ))}
    </Stack>
  );
}

function CycleReport({
  country,
  mine,
  objectives,
  onSubmitted,
}: {
  country: string;
  mine: MyReport;
  objectives: readonly { number: number; shortTitle: string }[];
  onSubmitted: () => void;
}) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const [, submitReport] = useMutation(SubmitReportMutation);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const cycle = mine.cycle.code;
  const headingId = `report-${cycle}`;
  const entries = new Map((mine.report?.entries ?? []).map((e) => [e.objective.number, e]));
  const [threadsResult] = useQuery({
    query: ReturnCommentsQuery,
    variables: { country, cycle },
    pause: mine.returnedEntries.length === 0,
    requestPolicy: 'cache-and-network',
  });
  const threads = threadsResult.data;
  const historyOf = (id: string) => threads?.progressReport.entries.find((e) => e.id === id)?.history ?? null;
  const returned = new Map(mine.returnedEntries.map((e) => [e.objective.number, returnComment(historyOf(e.id))]));
  const open = windowStatus(mine.reportingWindow, todayUtc()).kind === 'open';
  const toSubmit = (mine.report?.entryCounts.draft ?? 0) + (mine.report?.entryCounts.returned ?? 0);
  // Returned entries first, then the objectives in their order.
  const rows = [...objectives].sort((a, b) => Number(returned.has(b.number)) - Number(returned.has(a.number)) || a.number - b.number);

  const submitAll = async () => {
    setBusy(true);
    setRefusal(null);
    setSubmitted(null);
    const res = await submitReport({ cycle });
    setBusy(false);
    if (res.error) setRefusal(apiErrorOf(res.error));
    else {
      setSubmitted(res.data?.submitProgressReport.length ?? 0);
      onSubmitted();
    }
  };

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={headingId}
      data-cycle={cycle}
      {...settledProps(`report-${cycle}`, settledState(mine.returnedEntries.length ? threadsResult : null))}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {mine.cycle.name}{' '}
              <Text span c="dimmed" size="sm">
                ({cycle})
              </Text>
            </Title>
            <WindowSummary window={mine.reportingWindow} />
          </div>
          <Group gap="xs">
            <StateBadge state={mine.report?.state ?? 'EMPTY'} kind="report" />
            {mine.isOverdue ? <Badge color="red.9">{t('overdueBadge')}</Badge> : null}
          </Group>
        </Group>
        {mine.isOverdue ? <Notice color="red">{t('overdue')}</Notice> : null}
        <WindowClosedNotice window={mine.reportingWindow} cycleName={mine.cycle.name} />
        {returned.size ? (
          <Notice color="red" title={t('returned.title', { count: returned.size })} data-returned>
            <List spacing="xs">
              {[...returned].map(([n, comment]) => (
                <List.Item key={n}>
                  <Anchor component={Link} to={`/reports/${cycle}/${n}`}>
                    {t('objectiveN', { number: n })}
                  </Anchor>
                  {comment ? `: ${t('returned.comment', { comment })}` : ''}
                </List.Item>
              ))}
            </List>
          </Notice>
        ) : null}
        <Table.ScrollContainer minWidth={300}>
          <Table striped>
            <Table.Caption>{t('objectivesCaption', { cycle: mine.cycle.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('objective')}</Table.Th>
                <Table.Th>{t('state')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('lastChange')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => {
                const e = entries.get(o.number);
                return (
                  <Table.Tr key={o.number} data-objective={o.number} data-state={e?.state ?? 'NONE'}>
                    <Table.Td>
                      <Anchor component={Link} to={`/reports/${cycle}/${o.number}`}>
                        {o.number}. {o.shortTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', minWidth: '8.5rem' }}>
                      <StateBadge state={e?.state ?? 'NONE'} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{e ? formatDate(e.updatedAt, lng) : '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {open && toSubmit > 0 ? (
          <Group>
            <Button onClick={() => void submitAll()} loading={busy}>
              {t('submitReport', { count: toSubmit })}
            </Button>
          </Group>
        ) : null}
        {submitted !== null ? (
          <Notice color="green" role="status">
            {t('submittedReport', { count: submitted })}
          </Notice>
        ) : null}
        {refusal ? (
          <Notice color="red" role="alert" title={t('submitReportRefused')}>
            {refusal.message}
            {refusal.fields.length ? (
              <List>
                {Object.entries(messagesByField(refusal)).map(([field, messages]) => {
                  const n = /^objective(\d+)\./.exec(field)?.[1];
                  return (
                    <List.Item key={field}>
                      {n ? (
                        <Anchor component={Link} to={`/reports/${cycle}/${n}`}>
                          {t('objectiveN', { number: n })}
                        </Anchor>
                      ) : (
                        field
                      )}
                      : {messages.join('; ')}
                    </List.Item>
                  );
                })}
              </List>
            ) : null}
          </Notice>
        ) : null}
      </Stack>
    </Card>
  );
}
