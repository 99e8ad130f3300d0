import { Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useReference } from '../../components/reference.query';
import { graphql } from '../../graphql/graphql';
import { apiErrorOf, toFormErrors } from '../../lib/field-errors';
import { describeAccountField, passwordProblem } from './account-fields';
import { Notice } from './Notice';

const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
    }
  }
`);

const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, version: $version, input: $input) {
      id
      email
      version
    }
  }
`);

const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {
    resetAccountPassword(id: $id, newPassword: $newPassword) {
      id
      email
    }
  }
`);

export const ROLES = ['FOCAL_POINT', 'ANALYST', 'SECRETARIAT'] as const;
export type AccountRole = (typeof ROLES)[number];

export interface EditedAccount {
  id: string;
  email: string;
  displayName: string;
  role: AccountRole;
  country: string | null;
  version: number;
}

type Field = 'email' | 'displayName' | 'role' | 'country' | 'password';
const API_FIELDS: Record<string, Field> = {
  'input.email': 'email',
  'input.displayName': 'displayName',
  'input.role': 'role',
  'input.country': 'country',
  'input.password': 'password',
  newPassword: 'password',
};

interface Props {
  /** 'create', an account to edit, or one whose password to reset; null: closed. */
  mode: { kind: 'create' } | { kind: 'edit'; account: EditedAccount } | { kind: 'reset'; account: EditedAccount } | null;
  onClose: () => void;
  /** After a change the API accepted: the message to show on the page. */
  onDone: (message: string) => void;
}

/** Creating an account, editing its name, role and country, or setting a new password: one form in a modal. */
export function AccountFormModal({ mode, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation('accounts');
  const reference = useReference(i18n.language).data;
  const [, create] = useMutation(CreateAccountMutation);
  const [, update] = useMutation(UpdateAccountMutation);
  const [, reset] = useMutation(ResetAccountPasswordMutation);
  const editing = mode && mode.kind !== 'create' ? mode.account : null;
  const [values, setValues] = useState({ email: '', displayName: '', role: 'FOCAL_POINT' as AccountRole, country: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setValues({
      email: editing?.email ?? '',
      displayName: editing?.displayName ?? '',
      role: editing?.role ?? 'FOCAL_POINT',
      country: editing?.country ?? '',
      password: '',
    });
    setErrors({});
    setAlert(null);
  }, [mode, editing]);

  const countries = (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: `${c.name} (${c.iso3})` }));
  const focalPoint = values.role === 'FOCAL_POINT';
  const title =
    mode?.kind === 'create'
      ? t('admin.createTitle')
      : mode?.kind === 'reset'
        ? t('admin.resetTitle', { name: editing?.displayName })
        : t('admin.editTitle', { name: editing?.displayName });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!mode) return;
    const local: Partial<Record<Field, string>> = {};
    if (mode.kind !== 'reset') {
      if (mode.kind === 'create' && !values.email.trim()) local.email = t('fieldErrors.required');
      if (!values.displayName.trim()) local.displayName = t('fieldErrors.required');
      if (focalPoint && !values.country) local.country = t('fieldErrors.required');
    }
    if (mode.kind !== 'edit' && passwordProblem(values.password)) local.password = t('fieldErrors.passwordLength');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    const country = focalPoint ? values.country : null;
    const result =
      mode.kind === 'create'
        ? await create({
            input: {
              email: values.email,
              displayName: values.displayName,
              role: values.role,
              password: values.password,
              ...(country ? { country } : {}),
            },
          })
        : mode.kind === 'edit'
          ? await update({
              id: mode.account.id,
              version: mode.account.version,
              input: { displayName: values.displayName, role: values.role, country },
            })
          : await reset({ id: mode.account.id, newPassword: values.password });
    setBusy(false);
    const error = apiErrorOf(result.error);
    if (error) {
      const mapped = toFormErrors(error, API_FIELDS, describeAccountField(t));
      setErrors(mapped.errors);
      if (Object.keys(mapped.errors).length) return;
      if (error.code === 'CONFLICT') setAlert(t('admin.stale'));
      else if (error.code === 'FORBIDDEN') setAlert(t('admin.self'));
      else setAlert(t('admin.failed', { reason: error.message }));
      return;
    }
    const email = mode.kind === 'create' ? values.email.trim().toLowerCase() : mode.account.email;
    onDone(t(mode.kind === 'create' ? 'admin.created' : mode.kind === 'edit' ? 'admin.updated' : 'admin.passwordReset', { email }));
  };

  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('admin.close') }} size="lg">
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={title}>
        <Stack>
          {alert ? (
            <Notice color="red" title={t('admin.failedTitle')} role="alert">
              <Text size="sm" c="dark">
                {alert}
              </Text>
            </Notice>
          ) : null}
          {mode?.kind === 'reset' ? (
            <Text size="sm">{t('admin.resetHelp')}</Text>
          ) : (
            <>
              {mode?.kind === 'create' ? (
                <TextInput
                  label={t('fields.email')}
                  type="email"
                  required
                  autoComplete="off"
                  value={values.email}
                  onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
                  error={errors.email}
                />
              ) : null}
              <TextInput
                label={t('fields.name')}
                required
                autoComplete="off"
                value={values.displayName}
                onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })}
                error={errors.displayName}
              />
              <Select
                label={t('fields.role')}
                required
                allowDeselect={false}
                data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
                value={values.role}
                onChange={(v) => v && setValues({ ...values, role: v as AccountRole, country: v === 'FOCAL_POINT' ? values.country : '' })}
                error={errors.role}
                comboboxProps={{ withinPortal: true }}
              />
              {focalPoint ? (
                <Select
                  label={t('fields.country')}
                  description={t('fields.countryHelp')}
                  required
                  searchable
                  data={countries}
                  value={values.country || null}
                  onChange={(v) => setValues({ ...values, country: v ?? '' })}
                  error={errors.country}
                  comboboxProps={{ withinPortal: true }}
                />
              ) : null}
            </>
          )}
          {mode?.kind !== 'edit' ? (
            <PasswordInput
              label={t('fields.password')}
              description={t('fields.passwordHelp')}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => setValues({ ...values, password: e.currentTarget.value })}
              error={errors.password}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {mode?.kind === 'create' ? t('admin.create') : mode?.kind === 'reset' ? t('admin.resetPassword') : t('admin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
