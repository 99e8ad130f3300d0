import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Select, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { LANGUAGES } from '../lib/i18n';
import { PageLoader } from '../components/PageLoader';
import { NotificationsBell } from '../features/notifications/NotificationsBell';
import { ReviewQueueBadge } from '../features/review/ReviewQueueBadge';
import { activeEntry, type NavEntry } from './nav';
import { useSession } from './session';

const PAGES = [
  { to: '/', key: 'dashboard', end: true },
  { to: '/objectives', key: 'objectives' },
  { to: '/countries', key: 'countries' },
  { to: '/pledges', key: 'pledges' },
  { to: '/practices', key: 'practices' },
  { to: '/events', key: 'events' },
  { to: '/compare', key: 'compare' },
] as const;

/** Pages for one role, after the public ones. */
const ROLE_PAGES = [
  { to: '/reports', key: 'reports', role: 'FOCAL_POINT' },
  // A focal point's editors sit under the public lists' addresses but belong to their own workspace.
  { to: '/my-pledges', key: 'myPledges', role: 'FOCAL_POINT', claims: /^\/pledges\/(new|[^/]+\/(edit|update))$/ },
  { to: '/my-practices', key: 'myPractices', role: 'FOCAL_POINT', claims: /^\/practices\/(new|[^/]+\/edit)$/ },
  { to: '/review', key: 'review', role: 'SECRETARIAT' },
  { to: '/admin/windows', key: 'windows', role: 'SECRETARIAT' },
  { to: '/admin/pledge-import', key: 'pledgeImport', role: 'SECRETARIAT' },
  { to: '/admin/accounts', key: 'accounts', role: 'SECRETARIAT' },
  { to: '/admin/audit', key: 'audit', role: 'SECRETARIAT' },
] as const;

/** The frame of every page: header with the language switch and the session, navigation, content. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { account, signOut } = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  useEffect(close, [location.pathname, close]);
  const entries: NavEntry[] = [
    ...PAGES,
    ...ROLE_PAGES.filter((p) => p.role === account?.role),
    ...(account ? [{ to: '/account', key: 'myAccount' }] : []),
  ];
  const current = activeEntry(location.pathname, entries);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('layout.menu')} />
            <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                GCM Tracker
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Select
              aria-label={t('layout.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              value={i18n.language}
              onChange={(value) => value && void i18n.changeLanguage(value)}
              allowDeselect={false}
              w={120}
              size="xs"
              comboboxProps={{ withinPortal: true }}
            />
            {account ? (
              <Group gap="xs" wrap="nowrap">
                <NotificationsBell />
                <Text size="sm" visibleFrom="md">
                  {account.displayName} ({t(`roles.${account.role}`)})
                </Text>
                {/* On a phone the header has no room for it: it is at the end of the menu. */}
                <Button size="xs" variant="default" onClick={() => void signOut()} visibleFrom="sm">
                  {t('layout.signOut')}
                </Button>
              </Group>
            ) : (
              <Button size="xs" variant="default" component={Link} to="/sign-in">
                {t('layout.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('layout.navigation')}>
        <ScrollArea>
          {entries.map((page) => {
            const active = page.key === current;
            return (
              <NavLink
                key={page.to}
                component={Link}
                to={page.to}
                active={active}
                aria-current={active ? 'page' : undefined}
                label={t(`nav.${page.key}`)}
                rightSection={page.key === 'review' ? <ReviewQueueBadge /> : undefined}
                className={active ? 'nav-link active' : 'nav-link'}
              />
            );
          })}
          {account ? (
            <Button variant="default" size="xs" mt="sm" ml="xs" hiddenFrom="sm" onClick={() => void signOut()}>
              {t('layout.signOut')}
            </Button>
          ) : null}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {navigation.state === 'loading' ? <PageLoader /> : null}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
