import { Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Notice } from '../../components/Notice';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf, toFormErrors } from '../../lib/field-errors';
import { describeAccountField, passwordProblem } from './account-fields';

const SetPasswordWithLinkMutation = graphql(`
  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {
    setPasswordWithLink(token: $token, newPassword: $newPassword)
  }
`);

type Field = 'password' | 'confirm';
const API_FIELDS: Record<string, Field> = { newPassword: 'password' };

/**
 * Setting one's password with the single-use link mailed when the account was created or its
 * password reset (`/set-password#<token>`: the token never leaves the browser but in this request).
 */
export function SetPasswordPage() {
  const { t } = useTranslation('accounts');
  const [token, setToken] = useState(() => window.location.hash.replace(/^#/, ''));
  useEffect(() => {
    const read = () => setToken(window.location.hash.replace(/^#/, ''));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const [, setPassword] = useMutation(SetPasswordWithLinkMutation);
  const [values, setValues] = useState<Record<Field, string>>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<{ title: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (passwordProblem(values.password)) local.password = t('fieldErrors.passwordLength');
    else if (values.confirm !== values.password) local.confirm = t('fieldErrors.passwordMismatch');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await setPassword({ token, newPassword: values.password });
    setBusy(false);
    const error = apiErrorOf(result.error);
    if (error) {
      const { errors: fieldErrors, unmatched } = toFormErrors(error, API_FIELDS, describeAccountField(t));
      setErrors(fieldErrors);
      if (unmatched.some((f) => f.field === 'token')) setAlert({ title: t('setPassword.invalidTitle'), text: t('setPassword.invalid') });
      else if (!Object.keys(fieldErrors).length) setAlert({ title: t('setPassword.failedTitle'), text: t('setPassword.failed') });
      return;
    }
    // The token is spent: keep it out of the address bar and the history.
    window.history.replaceState(null, '', '/set-password');
    setDone(true);
  };

  return (
    <Stack maw={480} mx="auto" mt="lg">
      <Title order={1}>{t('setPassword.title')}</Title>
      {done ? (
        <Notice color="green" title={t('setPassword.doneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('setPassword.done')}</Text>
            <Anchor component={Link} to="/sign-in" size="sm" c="dark">
              {t('setPassword.signIn')}
            </Anchor>
          </Stack>
        </Notice>
      ) : !token ? (
        <Notice color="yellow" title={t('setPassword.noTokenTitle')} role="alert">
          <Text size="sm" c="dark">
            {t('setPassword.noToken')}
          </Text>
        </Notice>
      ) : (
        <Paper
          withBorder
          p="lg"
          component="form"
          noValidate
          onSubmit={(e: FormEvent) => void submit(e)}
          aria-label={t('setPassword.title')}
        >
          <Stack>
            <Text size="sm">{t('setPassword.intro')}</Text>
            {alert ? (
              <Notice color="red" role="alert" title={alert.title}>
                <Text size="sm" c="dark">
                  {alert.text}
                </Text>
              </Notice>
            ) : null}
            <PasswordInput
              label={t('setPassword.password')}
              description={t('setup.passwordHelp')}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={set('password')}
              error={errors.password}
            />
            <PasswordInput
              label={t('setPassword.confirm')}
              required
              autoComplete="new-password"
              value={values.confirm}
              onChange={set('confirm')}
              error={errors.confirm}
            />
            <Button type="submit" loading={busy}>
              {t('setPassword.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
