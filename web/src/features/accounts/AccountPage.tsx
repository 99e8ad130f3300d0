import { Button, Group, Modal, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type SignedInAccount, useSession } from '../../app/session';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf, toFormErrors } from '../../lib/field-errors';
import { describeAccountField, passwordProblem } from './account-fields';
import { MailPreferences } from './MailPreferences';
import { RequireAccount } from './RequireAccount';
import { Notice } from '../../components/Notice';

const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      version
    }
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'confirm';
const API_FIELDS: Record<string, Field> = { currentPassword: 'currentPassword', newPassword: 'newPassword' };

/** Everyone signed in: one's role and country, a new password, signing out here or everywhere. */
export function AccountPage() {
  return <RequireAccount>{(account) => <MyAccount account={account} />}</RequireAccount>;
}

function MyAccount({ account }: { account: SignedInAccount }) {
  const { t, i18n } = useTranslation('accounts');
  const { signOut } = useSession();
  const reference = useReference(i18n.language).data;
  const countryName = account.country
    ? `${reference?.countries.nodes.find((c) => c.iso3 === account.country)?.name ?? account.country} (${account.country})`
    : t('myAccount.noCountry');
  const [, changeMyPassword] = useMutation(ChangeMyPasswordMutation);
  const [, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<'changed' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, { open: confirm, close: cancel }] = useDisclosure(false);

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) local.currentPassword = t('fieldErrors.required');
    if (passwordProblem(values.newPassword)) local.newPassword = t('fieldErrors.passwordLength');
    else if (values.newPassword === values.currentPassword) local.newPassword = t('fieldErrors.passwordSame');
    else if (values.confirm !== values.newPassword) local.confirm = t('fieldErrors.passwordMismatch');
    setErrors(local);
    setOutcome(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await changeMyPassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    setBusy(false);
    const error = apiErrorOf(result.error);
    if (error) {
      const mapped = toFormErrors(error, API_FIELDS, describeAccountField(t));
      setErrors(mapped.errors);
      if (!Object.keys(mapped.errors).length) setOutcome('failed');
      return;
    }
    setValues({ currentPassword: '', newPassword: '', confirm: '' });
    setOutcome('changed');
  };

  const endEverywhere = async () => {
    await signOutEverywhere({});
    // The cookies are cleared: start again from the dashboard, signed out, as after signing out.
    window.location.assign('/');
  };

  return (
    <Stack maw={720}>
      <Title order={1}>{t('myAccount.title')}</Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" style={{ margin: 0 }}>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('myAccount.email')}
            </Text>
            <Text component="dd" m={0} data-account-email>
              {account.email}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('myAccount.role')}
            </Text>
            <Text component="dd" m={0} data-account-role>
              {t(`common:roles.${account.role}`)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('myAccount.country')}
            </Text>
            <Text component="dd" m={0}>
              {countryName}
            </Text>
          </div>
        </SimpleGrid>
      </Paper>

      <MailPreferences />

      <Paper withBorder p="md" component="section" aria-labelledby="change-password">
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={2} size="h3" id="change-password">
              {t('myAccount.changePassword')}
            </Title>
            {outcome === 'changed' ? (
              <Notice color="green" title={t('myAccount.changedTitle')} role="status">
                <Text size="sm" c="dark">
                  {t('myAccount.changed')}
                </Text>
              </Notice>
            ) : null}
            {outcome === 'failed' ? (
              <Notice color="red" title={t('myAccount.failedTitle')} role="alert">
                <Text size="sm" c="dark">
                  {t('setup.failed')}
                </Text>
              </Notice>
            ) : null}
            <PasswordInput
              label={t('myAccount.current')}
              required
              autoComplete="current-password"
              value={values.currentPassword}
              onChange={set('currentPassword')}
              error={errors.currentPassword}
            />
            <PasswordInput
              label={t('myAccount.new')}
              description={t('fields.passwordHelp')}
              required
              autoComplete="new-password"
              value={values.newPassword}
              onChange={set('newPassword')}
              error={errors.newPassword}
            />
            <PasswordInput
              label={t('myAccount.confirm')}
              required
              autoComplete="new-password"
              value={values.confirm}
              onChange={set('confirm')}
              error={errors.confirm}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('myAccount.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="sessions">
        <Stack>
          <Title order={2} size="h3" id="sessions">
            {t('myAccount.sessions')}
          </Title>
          <Text size="sm">{t('myAccount.sessionsText')}</Text>
          <Group>
            <Button variant="default" onClick={() => void signOut()}>
              {t('myAccount.signOut')}
            </Button>
            <Button color="red.9" variant="outline" onClick={confirm}>
              {t('myAccount.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Modal
        opened={confirming}
        onClose={cancel}
        title={t('myAccount.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('myAccount.close') }}
      >
        <Stack>
          <Text size="sm">{t('myAccount.confirmEverywhere')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('myAccount.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void endEverywhere()}>
              {t('myAccount.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
