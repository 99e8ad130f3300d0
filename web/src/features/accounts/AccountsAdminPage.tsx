import { Badge, Button, Group, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { FilterPanel } from '../../components/FilterPanel';
import { Pager } from '../../components/Pager';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf } from '../../lib/field-errors';
import { useFilters } from '../../lib/use-filters';
import { AccountFormModal, type AccountRole, type EditedAccount, ROLES } from './AccountFormModal';
import { RequireAccount } from './RequireAccount';
import { Notice } from './Notice';

const AccountsQuery = graphql(`
  query AdminAccounts($filter: AccountsFilter, $after: String) {
    accounts(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        displayName
        role
        country
        active
        lockedUntil
        version
      }
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateAccount(id: $id) {
      id
      active
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation ReactivateAccount($id: ID!) {
    reactivateAccount(id: $id) {
      id
      active
    }
  }
`);

const UnlockMutation = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      id
      lockedUntil
    }
  }
`);

const STATES = ['active', 'inactive'] as const;
const FILTERS = {
  q: { kind: 'string' },
  role: { kind: 'string', allowed: ROLES },
  country: { kind: 'string' },
  state: { kind: 'string', allowed: STATES },
  after: { kind: 'string' },
} as const;

type Mode = { kind: 'create' } | { kind: 'edit'; account: EditedAccount } | { kind: 'reset'; account: EditedAccount } | null;

/** The secretariat's accounts: list and filter, create, edit, deactivate and reactivate, reset a password, unlock. */
export function AccountsAdminPage() {
  return <RequireAccount roles={['SECRETARIAT']}>{(me) => <AccountsAdmin myId={me.id} />}</RequireAccount>;
}

function AccountsAdmin({ myId }: { myId: string }) {
  const { t, i18n } = useTranslation('accounts');
  const lng = i18n.language;
  const [f, setFilters] = useFilters(FILTERS);
  const reference = useReference(lng).data;
  const [search, setSearch] = useState((f.q as string | null) ?? '');
  const commitSearch = useDebouncedCallback((q: string) => setFilters({ q }), 350);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [, deactivate] = useMutation(DeactivateMutation);
  const [, reactivate] = useMutation(ReactivateMutation);
  const [, unlock] = useMutation(UnlockMutation);

  const filter: { search?: string; role?: AccountRole; country?: string; active?: boolean } = {};
  if (f.q) filter.search = f.q as string;
  if (f.role) filter.role = f.role as AccountRole;
  if (f.country) filter.country = f.country as string;
  if (f.state) filter.active = f.state === 'active';
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AccountsQuery,
    variables: { filter, after: (f.after as string | null) ?? null },
  });
  const countries = reference?.countries.nodes ?? [];
  const countryName = (iso3: string | null) => (iso3 ? (countries.find((c) => c.iso3 === iso3)?.name ?? iso3) : '');
  const time = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' });

  const act = async (run: () => Promise<{ error?: Parameters<typeof apiErrorOf>[0] }>, done: string) => {
    const result = await run();
    const failure = apiErrorOf(result.error);
    if (failure)
      setNotice({ ok: false, text: failure.code === 'FORBIDDEN' ? t('admin.self') : t('admin.failed', { reason: failure.message }) });
    else setNotice({ ok: true, text: done });
    refetch({ requestPolicy: 'network-only' });
  };

  const active = [f.q, f.role, f.country, f.state].filter(Boolean).length;
  const rows = (data?.accounts.nodes ?? []).map((a) => {
    const account: EditedAccount = {
      id: a.id,
      email: a.email,
      displayName: a.displayName,
      role: a.role as AccountRole,
      country: a.country ?? null,
      version: a.version,
    };
    return [
      a.displayName,
      a.email,
      t(`common:roles.${a.role}`),
      a.country ? `${countryName(a.country)} (${a.country})` : '',
      <Stack gap={4} key="state" align="flex-start" data-account-state={a.email}>
        <Badge size="sm" variant="filled" w="max-content" color={a.active ? 'teal.9' : 'gray.7'}>
          {a.active ? t('admin.active') : t('admin.inactive')}
        </Badge>
        {a.lockedUntil ? (
          <Badge
            size="sm"
            variant="filled"
            w="max-content"
            color="red.9"
            title={t('admin.lockedUntil', { time: time.format(new Date(a.lockedUntil)) })}
          >
            {t('admin.locked')}
          </Badge>
        ) : null}
      </Stack>,
      <Group gap={6} key="actions">
        {a.lockedUntil ? (
          <Button
            size="compact-sm"
            variant="outline"
            color="red.9"
            aria-label={`${t('admin.unlock')}: ${a.email}`}
            onClick={() => void act(() => unlock({ id: a.id }), t('admin.unlocked', { email: a.email }))}
          >
            {t('admin.unlock')}
          </Button>
        ) : null}
        <Button
          size="compact-sm"
          variant="default"
          aria-label={`${t('admin.edit')}: ${a.email}`}
          onClick={() => setMode({ kind: 'edit', account })}
        >
          {t('admin.edit')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={`${t('admin.resetPassword')}: ${a.email}`}
          onClick={() => setMode({ kind: 'reset', account })}
        >
          {t('admin.resetPassword')}
        </Button>
        {a.active ? (
          a.id === myId ? null : (
            <Button
              size="compact-sm"
              variant="default"
              aria-label={`${t('admin.deactivate')}: ${a.email}`}
              onClick={() => void act(() => deactivate({ id: a.id }), t('admin.deactivated', { email: a.email }))}
            >
              {t('admin.deactivate')}
            </Button>
          )
        ) : (
          <Button
            size="compact-sm"
            variant="default"
            aria-label={`${t('admin.reactivate')}: ${a.email}`}
            onClick={() => void act(() => reactivate({ id: a.id }), t('admin.reactivated', { email: a.email }))}
          >
            {t('admin.reactivate')}
          </Button>
        )}
      </Group>,
    ];
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('admin.title')}</Title>
          <Text c="dimmed">{t('admin.intro')}</Text>
        </Stack>
        <Button onClick={() => setMode({ kind: 'create' })}>{t('admin.create')}</Button>
      </Group>
      {notice ? (
        <Notice
          color={notice.ok ? 'green' : 'red'}
          role={notice.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t('admin.close')}
          onClose={() => setNotice(null)}
        >
          <Text size="sm" c="dark">
            {notice.text}
          </Text>
        </Notice>
      ) : null}
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('admin.filters')}>
        <FilterPanel active={active}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              type="search"
              label={t('fields.search')}
              description={t('fields.searchHelp')}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                commitSearch(e.currentTarget.value);
              }}
            />
            <Select
              label={t('fields.role')}
              data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
              value={(f.role as string | null) ?? null}
              onChange={(v) => setFilters({ role: v })}
              clearable
              placeholder={t('fields.any')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('fields.country')}
              data={countries.map((c) => ({ value: c.iso3, label: `${c.name} (${c.iso3})` }))}
              value={(f.country as string | null) ?? null}
              onChange={(v) => setFilters({ country: v })}
              clearable
              searchable
              placeholder={t('fields.any')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('fields.active')}
              data={[
                { value: 'active', label: t('admin.active') },
                { value: 'inactive', label: t('admin.inactive') },
              ]}
              value={(f.state as string | null) ?? null}
              onChange={(v) => setFilters({ state: v })}
              clearable
              placeholder={t('fields.any')}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        </FilterPanel>
      </form>
      {error ? (
        <Notice color="red" role="alert" title={t('admin.failedTitle')}>
          <Text size="sm" c="dark">
            {error.message}
          </Text>
        </Notice>
      ) : null}
      {fetching && !data ? (
        <Skeleton height={240} />
      ) : (
        <Stack gap="xs" data-count={data?.accounts.totalCount ?? 0}>
          {rows.length ? (
            <DataTable
              caption={t('admin.caption')}
              header={[t('fields.name'), t('fields.email'), t('fields.role'), t('fields.country'), t('fields.status'), t('admin.actions')]}
              rows={rows}
            />
          ) : (
            <Text>{t('admin.none')}</Text>
          )}
          <Pager
            shown={rows.length}
            total={data?.accounts.totalCount ?? 0}
            next={data?.accounts.pageInfo.hasNextPage ? (data.accounts.pageInfo.endCursor ?? null) : null}
            paged={Boolean(f.after)}
            onNext={(after) => setFilters({ after })}
            onFirst={() => setFilters({ after: null })}
          />
        </Stack>
      )}
      <AccountFormModal
        mode={mode}
        onClose={() => setMode(null)}
        onDone={(text) => {
          setMode(null);
          setNotice({ ok: true, text });
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </Stack>
  );
}
