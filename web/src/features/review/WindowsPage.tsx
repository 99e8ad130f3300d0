import { Button, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { useReference } from '../../components/reference.query';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { settledProps, settledState } from '../../lib/settled';
import { useFilters } from '../../lib/use-filters';
import { type ApiError, apiErrorOf, messagesByField, otherFieldMessages } from '../../lib/field-errors';
import { Notice } from '../../components/Notice';
import { todayUtc } from '../reports/reporting-window';
import { WindowSummary } from '../reports/WindowNotice';
import { MAX_EXTENSION_REASON, MIN_REVIEW_TEXT, textProblem, windowProblems } from './review-rules';
import { CycleWindowQuery, ExtendWindowMutation, SetWindowMutation } from './review.operations';
import { focusFirstInvalid } from './focus-invalid';
import { SecretariatOnly } from './SecretariatOnly';

const FILTERS = { cycle: { kind: 'string' } } as const;

/** The secretariat's reporting windows: a cycle's window for every country, and a later last day for one country with a reason. */
export function WindowsPage() {
  return (
    <SecretariatOnly>
      <Windows />
    </SecretariatOnly>
  );
}

function Windows() {
  const { t, i18n } = useTranslation('review');
  const lng = i18n.language;
  const referenceResult = useReference(lng);
  const reference = referenceResult.data;
  const [f, setFilters] = useFilters(FILTERS);
  const cycle = (f.cycle as string | null) ?? '';
  return (
    <Stack {...settledProps('reporting-windows', settledState(referenceResult))}>
      <Title order={1}>{t('windows.title')}</Title>
      <Text c="dimmed">{t('windows.intro')}</Text>
      <Select
        label={t('windows.cycle')}
        data={(reference?.reviewCycles ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
        value={cycle || null}
        onChange={(v) => setFilters({ cycle: v })}
        searchable
        placeholder={t('windows.chooseCycle')}
        comboboxProps={{ withinPortal: true }}
        maw={520}
      />
      {cycle ? <CycleWindows key={cycle} cycle={cycle} countries={reference?.countries.nodes ?? []} /> : null}
    </Stack>
  );
}

function RefusalNotice({ refusal, shown }: { refusal: ApiError; shown: string[] }) {
  const { t } = useTranslation('review');
  return (
    <Notice color="red" role="alert" title={t('errors.title')}>
      {t(`errors.${refusal.code ?? 'OTHER'}`, { defaultValue: refusal.message })}
      {refusal.code === 'BAD_USER_INPUT' ? '' : ` (${refusal.message})`}
      {otherFieldMessages(refusal, shown).map((m) => (
        <Text key={m} size="sm">
          {m}
        </Text>
      ))}
    </Notice>
  );
}

function CycleWindows({ cycle, countries }: { cycle: string; countries: readonly { iso3: string; name: string }[] }) {
  const { t, i18n } = useTranslation('review');
  const lng = i18n.language;
  const client = useClient();
  const [windowResult, reexecute] = useQuery({
    query: CycleWindowQuery,
    variables: { cycle, lang: apiLanguage(lng) },
    requestPolicy: 'network-only',
  });
  const { data, error } = windowResult;
  const marks = settledProps('cycle-window', settledState(windowResult));
  const inForce = data?.reviewCycle?.reportingWindow ?? null;

  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [windowReason, setWindowReason] = useState('');
  const [windowErrors, setWindowErrors] = useState<{ opensOn?: string; closesOn?: string }>({});
  const [windowRefusal, setWindowRefusal] = useState<ApiError | null>(null);
  const [windowDone, setWindowDone] = useState<string | null>(null);

  const [country, setCountry] = useState<string | null>(null);
  const [extendTo, setExtendTo] = useState('');
  const [extendReason, setExtendReason] = useState('');
  const [extendErrors, setExtendErrors] = useState<{ country?: string; closesOn?: string; reason?: string }>({});
  const [extendRefusal, setExtendRefusal] = useState<ApiError | null>(null);
  const [extendDone, setExtendDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<'set' | 'extend' | null>(null);

  useEffect(() => {
    if (inForce && !opensOn && !closesOn) {
      setOpensOn(inForce.opensOn ?? '');
      setClosesOn(inForce.closesOn ?? '');
    }
    // Filled once from the window in force; what is typed afterwards stays.
  }, [inForce, opensOn, closesOn]);

  if (error)
    return (
      <Notice color="red" {...marks}>
        {apiErrorOf(error).message}
      </Notice>
    );
  if (!data) return <Skeleton height={300} {...marks} />;
  if (!data.reviewCycle)
    return (
      <Notice color="red" {...marks}>
        {t('windows.unknownCycle', { cycle })}
      </Notice>
    );

  const problem = (p: string | null, kind: 'window' | 'text', min = MIN_REVIEW_TEXT) =>
    p ? t(kind === 'window' ? `windows.errors.${p}` : `errors.${p}`, { min }) : undefined;
  const apiField = (r: ApiError | null, field: string) => (r ? messagesByField(r)[field]?.join('; ') : undefined);

  async function setWindow() {
    setWindowDone(null);
    setWindowRefusal(null);
    const p = windowProblems(opensOn, closesOn);
    const errors = { opensOn: problem(p.opensOn, 'window'), closesOn: problem(p.closesOn, 'window') };
    setWindowErrors(errors);
    if (errors.opensOn || errors.closesOn) return;
    setBusy('set');
    const res = await client.mutation(SetWindowMutation, { cycle, opensOn, closesOn, reason: windowReason.trim() || null }).toPromise();
    setBusy(null);
    if (res.error) {
      setWindowRefusal(apiErrorOf(res.error));
      return;
    }
    setWindowReason('');
    setWindowDone(t('windows.set', { opens: formatDate(opensOn, lng), closes: formatDate(closesOn, lng) }));
    reexecute({ requestPolicy: 'network-only' });
  }

  async function extend() {
    setExtendDone(null);
    setExtendRefusal(null);
    const dayProblem = windowProblems(todayUtc(), extendTo).closesOn;
    const errors = {
      country: country ? undefined : t('errors.required'),
      closesOn: dayProblem === 'beforeOpening' ? undefined : problem(dayProblem, 'window'),
      reason: problem(textProblem(extendReason, MIN_REVIEW_TEXT), 'text'),
    };
    setExtendErrors(errors);
    if (errors.country || errors.closesOn || errors.reason) return;
    setBusy('extend');
    const res = await client
      .mutation(ExtendWindowMutation, { cycle, country: country ?? '', closesOn: extendTo, reason: extendReason.trim() })
      .toPromise();
    setBusy(null);
    if (res.error) {
      setExtendRefusal(apiErrorOf(res.error));
      return;
    }
    const name = countries.find((c) => c.iso3 === country)?.name ?? country;
    setExtendDone(t('windows.extended', { country: name, date: formatDate(extendTo, lng) }));
    setExtendReason('');
    reexecute({ requestPolicy: 'network-only' });
  }

  const extensions = data.progressReports.nodes.filter((r) => r.reportingWindow?.extendedTo);
  return (
    <Stack {...marks}>
      <Paper withBorder p="md" component="section" aria-labelledby="window-in-force">
        <Stack gap="xs">
          <Title order={2} size="h4" id="window-in-force">
            {t('windows.inForce', { cycle: data.reviewCycle.name })}
          </Title>
          {inForce ? (
            <WindowSummary window={{ ...inForce, extendedTo: null, extensionReason: null }} />
          ) : (
            <Text size="sm">{t('windows.none')}</Text>
          )}
          <Text size="sm" c="dimmed" data-set-by-secretariat={inForce?.setBySecretariat ? 'true' : 'false'}>
            {inForce?.setBySecretariat ? t('windows.bySecretariat') : t('windows.byDefault')}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="set-window">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            void setWindow().then(() => focusFirstInvalid(form));
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="set-window">
              {t('windows.setTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
              <TextInput
                type="date"
                label={t('windows.opensOn')}
                value={opensOn}
                onChange={(e) => setOpensOn(e.currentTarget.value)}
                error={windowErrors.opensOn ?? apiField(windowRefusal, 'opensOn')}
                withAsterisk
                required
              />
              <TextInput
                type="date"
                label={t('windows.closesOn')}
                value={closesOn}
                onChange={(e) => setClosesOn(e.currentTarget.value)}
                error={windowErrors.closesOn ?? apiField(windowRefusal, 'closesOn')}
                withAsterisk
                required
              />
            </SimpleGrid>
            <Textarea
              label={t('windows.setReason')}
              description={t('windows.setReasonHelp')}
              value={windowReason}
              onChange={(e) => setWindowReason(e.currentTarget.value)}
              error={apiField(windowRefusal, 'reason')}
              maxLength={MAX_EXTENSION_REASON}
              autosize
              minRows={2}
            />
            {windowRefusal ? <RefusalNotice refusal={windowRefusal} shown={['opensOn', 'closesOn', 'reason']} /> : null}
            {windowDone ? (
              <Notice color="green" role="status">
                {windowDone}
              </Notice>
            ) : null}
            <div>
              <Button type="submit" loading={busy === 'set'}>
                {t('windows.setSubmit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="extend-window">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            void extend().then(() => focusFirstInvalid(form));
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="extend-window">
              {t('windows.extendTitle')}
            </Title>
            <Text size="sm">{t('windows.extendIntro')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
              <Select
                label={t('windows.country')}
                data={countries.map((c) => ({ value: c.iso3, label: c.name }))}
                value={country}
                onChange={setCountry}
                searchable
                withAsterisk
                required
                error={extendErrors.country ?? apiField(extendRefusal, 'country')}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                type="date"
                label={t('windows.extendTo')}
                value={extendTo}
                onChange={(e) => setExtendTo(e.currentTarget.value)}
                error={extendErrors.closesOn ?? apiField(extendRefusal, 'closesOn')}
                withAsterisk
                required
              />
            </SimpleGrid>
            <Textarea
              label={t('windows.extendReason')}
              description={t('windows.extendReasonHelp')}
              value={extendReason}
              onChange={(e) => setExtendReason(e.currentTarget.value)}
              error={extendErrors.reason ?? apiField(extendRefusal, 'reason')}
              withAsterisk
              required
              maxLength={MAX_EXTENSION_REASON}
              autosize
              minRows={2}
            />
            {extendRefusal ? <RefusalNotice refusal={extendRefusal} shown={['country', 'closesOn', 'reason']} /> : null}
            {extendDone ? (
              <Notice color="green" role="status">
                {extendDone}
              </Notice>
            ) : null}
            <div>
              <Button type="submit" loading={busy === 'extend'}>
                {t('windows.extendSubmit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="extensions">
        <Stack gap="sm">
          <Title order={2} size="h4" id="extensions">
            {t('windows.extensionsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('windows.extensionsScope')}
          </Text>
          {extensions.length ? (
            <DataTable
              caption={t('windows.extensionsCaption', { cycle: data.reviewCycle.name })}
              header={[t('windows.country'), t('windows.lastDay'), t('windows.reason'), t('windows.status')]}
              rows={extensions.map((r) => [
                <span key="c" data-extension={r.country.iso3}>
                  {r.country.name}
                </span>,
                formatDate(r.reportingWindow?.extendedTo, lng),
                r.reportingWindow?.extensionReason ?? '–',
                r.reportingWindow?.isOpen ? t('windows.open', { count: r.reportingWindow.daysLeft ?? 0 }) : t('windows.closed'),
              ])}
            />
          ) : (
            <Text size="sm">{t('windows.noExtensions')}</Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
