import { Button, Group, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Notice } from '../../components/Notice';
import { graphql } from '../../graphql/graphql';
import { settledProps, settledState } from '../../lib/settled';

const MyPreferencesQuery = graphql(`
  query MyPreferences {
    me {
      id
      language
      mailMode
    }
  }
`);

const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($language: Language, $mailMode: MailMode) {
    updateMyPreferences(language: $language, mailMode: $mailMode) {
      id
      language
      mailMode
    }
  }
`);

type Language = 'EN' | 'FR' | 'ES';
type MailMode = 'IMMEDIATE' | 'DAILY_DIGEST' | 'NONE';
const MODES: MailMode[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NONE'];

/** One's own mail preferences: the language of one's mails and how notifications reach one by e-mail. */
export function MailPreferences() {
  const { t } = useTranslation('accounts');
  const [{ data, fetching, error }] = useQuery({ query: MyPreferencesQuery });
  const [, update] = useMutation(UpdateMyPreferencesMutation);
  const [language, setLanguage] = useState<Language>('EN');
  const [mailMode, setMailMode] = useState<MailMode>('IMMEDIATE');
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!data?.me) return;
    setLanguage(data.me.language as Language);
    setMailMode(data.me.mailMode as MailMode);
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await update({ language, mailMode });
    setBusy(false);
    setOutcome(result.error ? 'failed' : 'saved');
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="mail-preferences"
      {...settledProps('mail-preferences', settledState({ fetching, error, data }))}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={2} size="h3" id="mail-preferences">
            {t('preferences.title')}
          </Title>
          {outcome === 'saved' ? (
            <Notice color="green" role="status" title={t('preferences.saved')}>
              {t(`preferences.modes.${mailMode}.hint`)}
            </Notice>
          ) : null}
          {outcome === 'failed' ? (
            <Notice color="red" role="alert" title={t('preferences.failed')}>
              {t('preferences.failedText')}
            </Notice>
          ) : null}
          <Select
            label={t('preferences.language')}
            description={t('preferences.languageHint')}
            data={(['EN', 'FR', 'ES'] as const).map((l) => ({ value: l, label: t(`preferences.languages.${l}`) }))}
            value={language}
            onChange={(v) => v && setLanguage(v as Language)}
            allowDeselect={false}
            maw={320}
          />
          <Radio.Group label={t('preferences.mailMode')} value={mailMode} onChange={(v) => setMailMode(v as MailMode)}>
            <Stack gap="xs" mt="xs">
              {MODES.map((mode) => (
                <Radio
                  key={mode}
                  value={mode}
                  label={t(`preferences.modes.${mode}.label`)}
                  description={t(`preferences.modes.${mode}.hint`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('preferences.linksAlways')}
          </Text>
          <Group>
            <Button type="submit" loading={busy} disabled={!data?.me}>
              {t('preferences.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
