import { Anchor, Autocomplete, Paper, SimpleGrid, Skeleton, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { FilterPanel } from '../../components/FilterPanel';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf } from '../../lib/field-errors';
import { useFilters } from '../../lib/use-filters';
import { formatDateTime } from '../reports/format-time';
import { SecretariatOnly } from '../review/SecretariatOnly';
import { dayRange, describeChanges, type FieldChange, recordPath } from './audit-diff';

const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventsFilter, $after: String) {
    auditEvents(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actor
        actorRole
        action
        entityType
        entityId
        countryIso3
        changes
        requestId
      }
    }
  }
`);

/** The kinds of records and the actions the API records today (the filters also take any other). */
export const ENTITY_TYPES = ['GoodPractice', 'Pledge', 'ProgressEntry', 'ReviewCycle', 'Event', 'Account'] as const;
export const ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'SUBMITTED',
  'RETURNED',
  'PUBLISHED',
  'DRAFT_FROM_PLEDGE',
  'SUBMIT',
  'RETURN',
  'VALIDATE',
  'REOPEN',
  'COMMENT',
  'STATUS_CHANGE',
  'PROGRESS_NOTE',
  'LINK_GOOD_PRACTICE',
  'UNLINK_GOOD_PRACTICE',
  'LINK_PLEDGE',
  'UNLINK_PLEDGE',
  'SET_REPORTING_WINDOW',
  'EXTEND_REPORTING_WINDOW',
  'RECORD_PARTICIPATION',
  'REMOVE_PARTICIPATION',
  'DEACTIVATE',
  'REACTIVATE',
  'RESET_PASSWORD',
  'CHANGE_PASSWORD',
  'SIGN_OUT_EVERYWHERE',
  'UNLOCK',
] as const;

const FILTERS = {
  entityType: { kind: 'string' },
  entityId: { kind: 'string' },
  action: { kind: 'string' },
  actor: { kind: 'string' },
  country: { kind: 'string' },
  from: { kind: 'string' },
  to: { kind: 'string' },
  after: { kind: 'string' },
} as const;

/** The secretariat's audit trail: every recorded write, filtered, newest first, each with what it changed. */
export function AuditTrailPage() {
  return (
    <SecretariatOnly>
      <AuditTrail />
    </SecretariatOnly>
  );
}

function AuditTrail() {
  const { t, i18n } = useTranslation('audit');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const reference = useReference(lng).data;
  const text = (name: keyof typeof FILTERS) => (f[name] as string | null) ?? '';
  const [typed, setTyped] = useState({
    entityType: text('entityType'),
    action: text('action'),
    actor: text('actor'),
    entityId: text('entityId'),
  });
  const commit = useDebouncedCallback((changes: Partial<Record<keyof typeof FILTERS, string>>) => setFilters(changes), 400);
  const type = (name: 'entityType' | 'action' | 'actor' | 'entityId', value: string) => {
    setTyped((s) => ({ ...s, [name]: value }));
    commit({ [name]: value.trim() });
  };
  const filter: Record<string, string> = {};
  for (const name of ['entityType', 'entityId', 'action', 'actor', 'country'] as const) if (f[name]) filter[name] = f[name] as string;
  Object.assign(filter, dayRange(f.from as string | null, f.to as string | null));
  const [{ data, error, fetching }] = useQuery({
    query: AuditEventsQuery,
    variables: { filter, after: (f.after as string | null) ?? null },
    requestPolicy: 'cache-and-network',
  });
  const countryName = new Map((reference?.countries.nodes ?? []).map((c) => [c.iso3, c.name]));
  const active = Object.entries(f).filter(([k, v]) => k !== 'after' && v !== null).length;
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  type AuditEvent = NonNullable<typeof data>['auditEvents']['nodes'][number];
  /** One event as the table's cells (or, on a phone, a card's lines). */
  const eventCells = (e: AuditEvent) => {
    const path = recordPath(e.entityType, e.entityId);
    return [
      <Text key="w" size="sm" data-event-time={e.id}>
        {formatDateTime(e.occurredAt, lng)}
      </Text>,
      <Stack key="a" gap={0}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {e.actor}
        </Text>
        {e.actorRole ? (
          <Text size="xs" c="dimmed">
            {t(`roles.${e.actorRole}`, { ns: 'common', defaultValue: e.actorRole })}
          </Text>
        ) : null}
      </Stack>,
      <Text key="x" size="sm" fw={600} data-action={e.action}>
        {t(`actions.${e.action}`, { defaultValue: e.action })}
      </Text>,
      <Stack key="r" gap={0}>
        <Text size="sm">{t(`entityTypes.${e.entityType}`, { defaultValue: e.entityType })}</Text>
        {path ? (
          <Anchor component={Link} to={path} size="xs" data-record={e.entityId}>
            {t('open')}
          </Anchor>
        ) : null}
        {e.countryIso3 ? (
          <Text size="xs" c="dimmed">
            {countryName.get(e.countryIso3) ?? e.countryIso3}
          </Text>
        ) : null}
      </Stack>,
      <Changes key="c" changes={describeChanges(e.changes)} />,
    ];
  };

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('filters.label')}>
        <FilterPanel active={active}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Autocomplete
              label={t('filters.entityType')}
              data={ENTITY_TYPES.map((e) => ({ value: e, label: t(`entityTypes.${e}`) }))}
              value={typed.entityType}
              onChange={(v) => type('entityType', v)}
              placeholder={t('filters.any')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Autocomplete
              label={t('filters.action')}
              data={ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
              value={typed.action}
              onChange={(v) => type('action', v)}
              placeholder={t('filters.any')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('filters.actor')}
              description={t('filters.actorHelp')}
              value={typed.actor}
              onChange={(e) => type('actor', e.currentTarget.value)}
              type="search"
            />
            <Select
              label={t('filters.country')}
              data={(reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name }))}
              value={(f.country as string | null) ?? null}
              onChange={(v) => setFilters({ country: v })}
              placeholder={t('filters.any')}
              clearable
              searchable
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('filters.from')}
              type="date"
              value={text('from')}
              onChange={(e) => setFilters({ from: e.currentTarget.value || null })}
            />
            <TextInput
              label={t('filters.to')}
              description={t('filters.toHelp')}
              type="date"
              value={text('to')}
              onChange={(e) => setFilters({ to: e.currentTarget.value || null })}
            />
            <TextInput
              label={t('filters.entityId')}
              value={typed.entityId}
              onChange={(e) => type('entityId', e.currentTarget.value)}
              type="search"
            />
          </SimpleGrid>
        </FilterPanel>
      </form>
      {error ? <Notice color="red">{apiErrorOf(error).message}</Notice> : null}
      {!data ? (
        fetching ? (
          <Skeleton height={400} />
        ) : null
      ) : (
        <>
          <Text size="sm" aria-live="polite" data-count={data.auditEvents.totalCount}>
            {t('count', { count: data.auditEvents.totalCount })}
          </Text>
          {narrow ? (
            <Stack gap="sm" aria-label={t('caption')} component="section">
              {data.auditEvents.nodes.map((e) => (
                <Paper key={e.id} withBorder p="sm" data-event={e.id}>
                  <Stack gap={4}>{eventCells(e)}</Stack>
                </Paper>
              ))}
            </Stack>
          ) : (
            <DataTable
              caption={t('caption')}
              header={[t('columns.when'), t('columns.who'), t('columns.what'), t('columns.record'), t('columns.changes')]}
              rows={data.auditEvents.nodes.map(eventCells)}
            />
          )}
          <Pager
            shown={data.auditEvents.nodes.length}
            total={data.auditEvents.totalCount}
            next={data.auditEvents.pageInfo.hasNextPage ? (data.auditEvents.pageInfo.endCursor ?? null) : null}
            paged={Boolean(f.after)}
            onNext={(after) => setFilters({ after })}
            onFirst={() => setFilters({ after: null })}
          />
        </>
      )}
    </Stack>
  );
}

/** Marked by the element (del: struck through, ins: underlined) and a tint; the text keeps the page's colour, for full contrast. */
const removedStyle = { backgroundColor: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-text)' } as const;
const addedStyle = { backgroundColor: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-text)' } as const;

/** One event's changes: a small table, field by field, before and after. */
function Changes({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation('audit');
  if (changes.length === 0) return <Text size="sm">–</Text>;
  const none = (
    <Text span c="dimmed" size="sm">
      {t('diff.none')}
    </Text>
  );
  const value = (v: string | null) => (v === null || v === '' ? none : v);
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4} miw={280} data-changes>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('diff.field')}</Table.Th>
          <Table.Th scope="col">{t('diff.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.field} data-field={c.field}>
            <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
              {t(`fields.${c.field}`, { defaultValue: c.field })}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {c.kind === 'list' ? (
                <>
                  {c.added.map((v) => (
                    <Text key={`+${v}`} size="sm" data-added>
                      <ins style={addedStyle}>+ {v}</ins>
                    </Text>
                  ))}
                  {c.removed.map((v) => (
                    <Text key={`-${v}`} size="sm" data-removed>
                      <del style={removedStyle}>− {v}</del>
                    </Text>
                  ))}
                  {c.added.length + c.removed.length === 0 ? c.kept ? <Text size="sm">{t('diff.reordered')}</Text> : none : null}
                  {c.kept ? (
                    <Text size="xs" c="dimmed">
                      {t('diff.kept', { count: c.kept })}
                    </Text>
                  ) : null}
                </>
              ) : c.kind === 'text' && c.parts ? (
                <Text size="sm" data-words>
                  {c.parts.map((p, i) =>
                    p.kind === 'same' ? (
                      <span key={i}>{p.text}</span>
                    ) : p.kind === 'added' ? (
                      <ins key={i} style={addedStyle}>
                        {p.text}
                      </ins>
                    ) : (
                      <del key={i} style={removedStyle}>
                        {p.text}
                      </del>
                    ),
                  )}
                </Text>
              ) : (
                <Text size="sm" data-before={c.before ?? ''} data-after={c.after ?? ''}>
                  {c.before === null ? null : (
                    <>
                      <del style={removedStyle}>{value(c.before)}</del>
                      {' → '}
                    </>
                  )}
                  {c.after === null ? none : <ins style={addedStyle}>{value(c.after)}</ins>}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
