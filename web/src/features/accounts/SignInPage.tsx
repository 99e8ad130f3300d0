import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { Notice } from '../../components/Notice';
import { SetupPendingQuery } from './setup.query';

/** Only paths inside the app may be returned to after signing in. */
const safeReturn = (value: string | null): string => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

export function SignInPage() {
  const { t } = useTranslation('accounts');
  const { account, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ data: setup }] = useQuery({ query: SetupPendingQuery });

  if (account) return <Navigate to={safeReturn(params.get('next'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(email, password);
    setBusy(false);
    if (result.ok) navigate(safeReturn(params.get('next')), { replace: true });
    else setError(result.code === 'TOO_MANY_REQUESTS' ? t('tooMany') : t('failed'));
  };

  return (
    <Stack maw={420} mx="auto" mt="lg">
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {setup?.setupPending ? (
        <Notice color="yellow" title={t('setupPending.title')}>
          <Stack gap="xs">
            <Text size="sm" c="dark">
              {t('setupPending.text')}
            </Text>
            <Anchor component={Link} to="/setup" size="sm" c="dark">
              {t('setupPending.link')}
            </Anchor>
          </Stack>
        </Notice>
      ) : null}
      <Paper withBorder p="lg" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('title')}>
        <Stack>
          {error ? (
            <Notice color="red" role="alert" title={t('failedTitle')}>
              {error}
            </Notice>
          ) : null}
          <TextInput
            label={t('email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('forgotPassword.link')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('cookieNote')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
