import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { PageLoader } from '../../components/PageLoader';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf, toFormErrors } from '../../lib/field-errors';
import { describeAccountField, passwordProblem } from './account-fields';
import { SetupPendingQuery } from './setup.query';
import { Notice } from './Notice';

const CreateFirstAccountMutation = graphql(`
  mutation CreateFirstAccount($token: String!, $input: FirstAccountInput!) {
    createFirstAccount(token: $token, input: $input) {
      id
      email
    }
  }
`);

type Field = 'displayName' | 'email' | 'password' | 'confirm';
const API_FIELDS: Record<string, Field> = { 'input.displayName': 'displayName', 'input.email': 'email', 'input.password': 'password' };

/**
 * The first account of a new installation, with the one-time link the server prints at start
 * (`/setup#<token>`: the token never leaves the browser but in this request). Creates a
 * secretariat account, then signs it in.
 */
export function SetupPage() {
  const { t } = useTranslation('accounts');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [token, setToken] = useState(() => window.location.hash.replace(/^#/, ''));
  // The link opened on this page already (only the fragment changes): read the new token.
  useEffect(() => {
    const read = () => setToken(window.location.hash.replace(/^#/, ''));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const [{ data, fetching }] = useQuery({ query: SetupPendingQuery, requestPolicy: 'network-only' });
  const [, createFirstAccount] = useMutation(CreateFirstAccountMutation);
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<{ title: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (fetching && !data) return <PageLoader />;

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) local.displayName = t('fieldErrors.required');
    if (!values.email.trim()) local.email = t('fieldErrors.required');
    if (passwordProblem(values.password)) local.password = t('fieldErrors.passwordLength');
    else if (values.confirm !== values.password) local.confirm = t('fieldErrors.passwordMismatch');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    const input = { displayName: values.displayName, email: values.email, password: values.password };
    const result = await createFirstAccount({ token, input });
    const error = apiErrorOf(result.error);
    if (error) {
      setBusy(false);
      const { errors: fieldErrors, unmatched } = toFormErrors(error, API_FIELDS, describeAccountField(t));
      setErrors(fieldErrors);
      if (error.code === 'CONFLICT') setAlert({ title: t('setup.doneTitle'), text: t('setup.done') });
      else if (unmatched.some((f) => f.field === 'token')) setAlert({ title: t('setup.invalidTokenTitle'), text: t('setup.invalidToken') });
      else if (!Object.keys(fieldErrors).length) setAlert({ title: t('setup.failedTitle'), text: t('setup.failed') });
      return;
    }
    const signedIn = await signIn(input.email, input.password);
    setBusy(false);
    if (signedIn.ok) {
      // The token is spent: the accounts page replaces the setup link in the history.
      navigate('/admin/accounts', { replace: true });
    } else setAlert({ title: t('setup.failedTitle'), text: t('setup.signInFailed') });
  };

  if (data && !data.setupPending && !busy)
    return (
      <Stack maw={480} mx="auto" mt="lg">
        <Title order={1}>{t('setup.title')}</Title>
        <Notice color="blue" title={t('setup.doneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('setup.done')}</Text>
            <Anchor component={Link} to="/sign-in" size="sm" c="dark">
              {t('setup.signIn')}
            </Anchor>
          </Stack>
        </Notice>
      </Stack>
    );

  return (
    <Stack maw={480} mx="auto" mt="lg">
      <Title order={1}>{t('setup.title')}</Title>
      <Text>{t('setup.intro')}</Text>
      {!token ? (
        <Notice color="yellow" title={t('setup.noTokenTitle')} role="alert">
          <Text size="sm" c="dark">
            {t('setup.noToken')}
          </Text>
        </Notice>
      ) : (
        <Paper withBorder p="lg" component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('setup.title')}>
          <Stack>
            {alert ? (
              <Notice color="red" role="alert" title={alert.title}>
                <Text size="sm" c="dark">
                  {alert.text}
                </Text>
              </Notice>
            ) : null}
            <TextInput
              label={t('setup.name')}
              required
              autoComplete="name"
              value={values.displayName}
              onChange={set('displayName')}
              error={errors.displayName}
            />
            <TextInput
              label={t('setup.email')}
              type="email"
              required
              autoComplete="username"
              value={values.email}
              onChange={set('email')}
              error={errors.email}
            />
            <PasswordInput
              label={t('setup.password')}
              description={t('setup.passwordHelp')}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={set('password')}
              error={errors.password}
            />
            <PasswordInput
              label={t('setup.confirm')}
              required
              autoComplete="new-password"
              value={values.confirm}
              onChange={set('confirm')}
              error={errors.confirm}
            />
            <Button type="submit" loading={busy}>
              {t('setup.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
