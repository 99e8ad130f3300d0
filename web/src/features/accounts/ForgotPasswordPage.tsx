import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Notice } from '../../components/Notice';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf } from '../../lib/field-errors';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Forgot password: asks for a single-use link by e-mail. The answer is the same whether or
 * not the address has an account (the server mails only if it has), so the page says so.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const [, request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await request({ email: email.trim() });
    setBusy(false);
    const problem = apiErrorOf(result.error);
    if (!problem) {
      setSentTo(email.trim());
      return;
    }
    setError(
      problem.code === 'TOO_MANY_REQUESTS'
        ? t('tooMany')
        : problem.code === 'BAD_USER_INPUT'
          ? t('forgotPassword.badEmail')
          : t('forgotPassword.failed'),
    );
  };

  return (
    <Stack maw={420} mx="auto" mt="lg">
      <Title order={1}>{t('forgotPassword.title')}</Title>
      {sentTo ? (
        <Notice color="green" role="status" title={t('forgotPassword.sentTitle')}>
          <Stack gap="xs">
            <Text size="sm" c="dark">
              {t('forgotPassword.sent', { email: sentTo })}
            </Text>
            <Anchor component={Link} to="/sign-in" size="sm" c="dark">
              {t('forgotPassword.back')}
            </Anchor>
          </Stack>
        </Notice>
      ) : (
        <>
          <Text c="dimmed">{t('forgotPassword.intro')}</Text>
          <Paper withBorder p="lg" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('forgotPassword.title')}>
            <Stack>
              {error ? (
                <Notice color="red" role="alert" title={t('forgotPassword.failedTitle')}>
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
              <Button type="submit" loading={busy}>
                {t('forgotPassword.submit')}
              </Button>
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('forgotPassword.back')}
              </Anchor>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
