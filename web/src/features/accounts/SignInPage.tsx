import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';

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
      <Paper withBorder p="lg" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('title')}>
        <Stack>
          {error ? (
            <Alert color="red" role="alert" title={t('failedTitle')}>
              {error}
            </Alert>
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
          <Text size="sm" c="dimmed">
            {t('cookieNote')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
