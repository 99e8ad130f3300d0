import { Anchor, Badge, Button, Grid, Group, Paper, Radio, Skeleton, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { settledProps } from '../../lib/settled';
import { apiLanguage } from '../../lib/i18n';
import { StateBadge } from '../reports/EntryStateBadge';
import { EntryThread } from '../reports/EntryThread';
import { LEVELS, type Level } from '../reports/entry-fields';
import { type ApiError, apiErrorOf, messagesByField, otherFieldMessages } from '../../lib/field-errors';
import { formatDateTime } from '../reports/format-time';
import { Notice } from '../../components/Notice';
import { ConflictNotice } from './ConflictNotice';
import { LinkList } from './LinkList';
import {
  changeValueText,
  MAX_REVIEW_TEXT,
  MIN_JUSTIFICATION,
  MIN_REVIEW_TEXT,
  needsJustification,
  textProblem,
  validateInput,
} from './review-rules';
import { ReopenEntryMutation, ReturnEntryMutation, ReviewEntryQuery, ValidateEntryMutation } from './review.operations';
import { focusFirstInvalid } from './focus-invalid';
import { SecretariatOnly } from './SecretariatOnly';

type ReviewedEntry = ResultOf<typeof ReviewEntryQuery>['progressEntry'];
type Action = 'validate' | 'return' | 'reopen';

/** The secretariat's review of one entry: what the country reported, what changed since validation, the thread; validate, return or reopen. */
export function EntryReviewPage() {
  return (
    <SecretariatOnly>
      <EntryReview />
    </SecretariatOnly>
  );
}

function EntryReview() {
  const { t, i18n } = useTranslation('review');
  const id = useParams().id ?? '';
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ReviewEntryQuery,
    variables: { id, lang: apiLanguage(i18n.language) },
    requestPolicy: 'network-only',
  });
  if (error && !data)
    return (
      <Notice color="red" {...settledProps('entry-review', 'error')}>
        {apiErrorOf(error).message}
      </Notice>
    );
  if (!data) return <Skeleton height={500} {...settledProps('entry-review', 'loading')} />;
  return (
    <ReviewEntryView
      key={data.progressEntry.id}
      initial={data.progressEntry}
      reloading={fetching}
      reload={() => reexecute({ requestPolicy: 'network-only' })}
      t={t}
    />
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} component="h3">
        {label}
      </Text>
      {children}
    </div>
  );
}

function ReviewEntryView({
  initial,
  reload,
  reloading,
  t,
}: {
  initial: ReviewedEntry;
  reload: () => void;
  reloading: boolean;
  t: ReturnType<typeof useTranslation<'review'>>['t'];
}) {
  const { t: tr, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const client = useClient();
  const [entry, setEntry] = useState<ReviewedEntry>(initial);
  const reported = (entry.reportedLevel as Level | null) ?? null;
  const [level, setLevel] = useState<Level | null>(reported);
  const [justification, setJustification] = useState('');
  const [validateComment, setValidateComment] = useState('');
  const [returnComment, setReturnComment] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Partial<Record<'justification' | 'returnComment' | 'reason', string>>>({});
  const [refusal, setRefusal] = useState<{ action: Action; r: ApiError } | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A reload after CONFLICT brings the current version; what was typed in the forms stays.
  useEffect(() => {
    setEntry(initial);
    setRefusal(null);
  }, [initial]);

  const problemText = (p: 'required' | 'tooShort', min: number) => t(`errors.${p}`, { min });
  const apiError = (action: Action, field: string): string | undefined =>
    refusal?.action === action ? messagesByField(refusal.r)[field]?.join('; ') : undefined;

  async function run(action: Action): Promise<void> {
    setDone(null);
    setRefusal(null);
    const errors: typeof local = {};
    let result;
    setBusy(action);
    try {
      if (action === 'validate') {
        const built = validateInput(reported, { level, justification, comment: validateComment });
        if (!built.ok) {
          errors.justification = problemText(built.problem, MIN_JUSTIFICATION);
          setLocal(errors);
          return;
        }
        result = await client.mutation(ValidateEntryMutation, { id: entry.id, version: entry.version, input: built.input }).toPromise();
      } else if (action === 'return') {
        const p = textProblem(returnComment, MIN_REVIEW_TEXT);
        if (p) {
          setLocal({ returnComment: problemText(p, MIN_REVIEW_TEXT) });
          return;
        }
        result = await client
          .mutation(ReturnEntryMutation, { id: entry.id, version: entry.version, comment: returnComment.trim() })
          .toPromise();
      } else {
        const p = textProblem(reason, MIN_REVIEW_TEXT);
        if (p) {
          setLocal({ reason: problemText(p, MIN_REVIEW_TEXT) });
          return;
        }
        result = await client.mutation(ReopenEntryMutation, { id: entry.id, version: entry.version, reason: reason.trim() }).toPromise();
      }
    } finally {
      setBusy(null);
    }
    setLocal({});
    if (result.error) {
      setRefusal({ action, r: apiErrorOf(result.error) });
      return;
    }
    const d = result.data;
    const next =
      d &&
      ('validateProgressEntry' in d ? d.validateProgressEntry : 'returnProgressEntry' in d ? d.returnProgressEntry : d.reopenProgressEntry);
    if (next) setEntry((prev) => ({ ...prev, ...next }));
    setJustification('');
    setValidateComment('');
    setReturnComment('');
    setReason('');
    setDone(t(`done.${action}`));
  }

  const refusalNotice = (action: Action, shown: string[]) =>
    refusal?.action === action ? (
      refusal.r.code === 'CONFLICT' ? (
        <ConflictNotice onReload={reload} reloading={reloading} />
      ) : (
        <Notice color="red" role="alert" title={t('errors.title')}>
          {t(`errors.${refusal.r.code ?? 'OTHER'}`, { defaultValue: refusal.r.message })}
          {refusal.r.code === 'BAD_USER_INPUT' ? '' : ` (${refusal.r.message})`}
          {otherFieldMessages(refusal.r, shown).map((m) => (
            <Text key={m} size="sm">
              {m}
            </Text>
          ))}
        </Notice>
      )
    ) : null;

  const levelName = (l: string) => `${LEVELS.indexOf(l as Level)} – ${tr(`levels.${l}.name`)}`;
  const titles: Record<string, string> = Object.fromEntries([
    ...entry.pledges.map((p) => [p.id.toLowerCase(), p.title]),
    ...entry.goodPractices.map((p) => [p.id.toLowerCase(), p.title]),
  ]);
  const changes = entry.changesSinceValidation;
  const asksJustification = needsJustification(reported, level);

  return (
    <Stack {...settledProps('entry-review', reloading || busy ? 'loading' : 'ready')}>
      <Anchor component={Link} to="/review" size="sm">
        {t('backToQueue')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('entry.title', { number: entry.objective.number, title: entry.objective.shortTitle })}</Title>
          <Text c="dimmed">{t('entry.subtitle', { country: entry.country.name, cycle: entry.cycle.name })}</Text>
        </div>
        <Group gap="xs">
          <StateBadge state={entry.state} />
          {entry.state === 'SUBMITTED' && entry.waitingDays !== null ? (
            <Badge variant="outline" color="gray.7">
              {t('queue.waitingFor', { count: entry.waitingDays })}
            </Badge>
          ) : null}
        </Group>
      </Group>
      {done ? (
        <Notice color="green" role="status">
          {done}
        </Notice>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="reported-title">
              <Stack gap="sm">
                <Title order={2} size="h4" id="reported-title">
                  {t('entry.reported')}
                </Title>
                <Field label={t('entry.reportedLevel')}>
                  <Text data-reported-level={entry.reportedLevel ?? ''}>{entry.reportedLevel ? levelName(entry.reportedLevel) : '–'}</Text>
                  {entry.reportedLevel ? (
                    <Text size="sm" c="dimmed">
                      {tr(`levels.${entry.reportedLevel}.meaning`)}
                    </Text>
                  ) : null}
                </Field>
                {entry.validatedLevel ? (
                  <Field label={t('entry.validatedLevel')}>
                    <Text data-validated-level={entry.validatedLevel}>{levelName(entry.validatedLevel)}</Text>
                    {entry.validationJustification ? (
                      <Text size="sm">{t('entry.justification', { text: entry.validationJustification })}</Text>
                    ) : null}
                  </Field>
                ) : null}
                <Field label={tr('fields.narrative')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }} data-narrative>
                    {entry.narrative || '–'}
                  </Text>
                </Field>
                <Field label={tr('fields.measuresTaken')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.measuresTaken || '–'}</Text>
                </Field>
                <Field label={tr('fields.challenges')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.challenges || '–'}</Text>
                </Field>
                <Field label={tr('fields.evidenceLinks')}>
                  <LinkList items={entry.evidenceLinks.map((l) => ({ key: l, label: l, href: l }))} />
                </Field>
                <Field label={tr('fields.pledgeIds')}>
                  <LinkList items={entry.pledges.map((p) => ({ key: p.id, label: p.title, to: `/pledges/${p.id}` }))} />
                </Field>
                <Field label={tr('fields.practiceIds')}>
                  <LinkList items={entry.goodPractices.map((p) => ({ key: p.id, label: p.title, to: `/practices/${p.id}` }))} />
                </Field>
                <Text size="xs" c="dimmed">
                  {t('entry.versionLine', {
                    version: entry.version,
                    updated: formatDateTime(entry.updatedAt, lng),
                    submitted: entry.submittedAt ? formatDateTime(entry.submittedAt, lng) : '–',
                  })}
                </Text>
              </Stack>
            </Paper>

            <Paper withBorder p="md" component="section" aria-labelledby="changes-title" data-changes>
              <Stack gap="sm">
                <Title order={2} size="h4" id="changes-title">
                  {t('changes.title')}
                </Title>
                {changes === null || changes === undefined ? (
                  <Text size="sm">{t('changes.neverValidated')}</Text>
                ) : changes.length === 0 ? (
                  <Text size="sm">
                    {entry.state === 'VALIDATED'
                      ? t('changes.validatedNow')
                      : t('changes.none', { date: entry.lastValidatedAt ? formatDate(entry.lastValidatedAt, lng) : '–' })}
                  </Text>
                ) : (
                  <>
                    <Text size="sm">
                      {t('changes.since', { date: entry.lastValidatedAt ? formatDate(entry.lastValidatedAt, lng) : '–' })}
                    </Text>
                    <Table.ScrollContainer minWidth={480}>
                      <Table withTableBorder>
                        <Table.Caption>{t('changes.caption')}</Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('changes.field')}</Table.Th>
                            <Table.Th scope="col">{t('changes.validated')}</Table.Th>
                            <Table.Th scope="col">{t('changes.current')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {changes.map((c) => {
                            const names = { level: levelName, titles, none: t('changes.empty') };
                            return (
                              <Table.Tr key={c.field} data-change={c.field}>
                                <Table.Th scope="row">{tr(`fields.${c.field}`, { defaultValue: c.field })}</Table.Th>
                                <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="validated">
                                  {changeValueText(c.field, c.validated, names)}
                                </Table.Td>
                                <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="current">
                                  {changeValueText(c.field, c.current, names)}
                                </Table.Td>
                              </Table.Tr>
                            );
                          })}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </>
                )}
              </Stack>
            </Paper>

            {entry.state === 'SUBMITTED' ? (
              <>
                <Paper withBorder p="md" component="section" aria-labelledby="validate-title">
                  <form
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      const form = e.currentTarget;
                      void run('validate').then(() => focusFirstInvalid(form));
                    }}
                  >
                    <Stack gap="sm">
                      <Title order={2} size="h4" id="validate-title">
                        {t('validate.title')}
                      </Title>
                      <Radio.Group
                        label={t('validate.level')}
                        description={t('validate.levelHelp')}
                        value={level ?? ''}
                        onChange={(v) => {
                          setLevel(v as Level);
                          setLocal({});
                        }}
                        error={apiError('validate', 'validatedLevel')}
                      >
                        <Stack gap="xs" mt="xs">
                          {LEVELS.map((l) => (
                            <Radio
                              key={l}
                              value={l}
                              label={`${levelName(l)}${l === reported ? ` (${t('validate.asReported')})` : ''}`}
                              description={tr(`levels.${l}.meaning`)}
                            />
                          ))}
                        </Stack>
                      </Radio.Group>
                      {asksJustification ? (
                        <Textarea
                          label={t('validate.justification')}
                          description={t('validate.justificationHelp', {
                            reported: reported ? levelName(reported) : '–',
                            chosen: level ? levelName(level) : '–',
                            min: MIN_JUSTIFICATION,
                          })}
                          value={justification}
                          onChange={(e) => {
                            setJustification(e.currentTarget.value);
                            setLocal({});
                          }}
                          error={local.justification ?? apiError('validate', 'justification')}
                          withAsterisk
                          required
                          maxLength={MAX_REVIEW_TEXT}
                          autosize
                          minRows={3}
                        />
                      ) : null}
                      <Textarea
                        label={t('validate.comment')}
                        description={t('validate.commentHelp')}
                        value={validateComment}
                        onChange={(e) => setValidateComment(e.currentTarget.value)}
                        error={apiError('validate', 'comment')}
                        maxLength={MAX_REVIEW_TEXT}
                        autosize
                        minRows={2}
                      />
                      {refusalNotice('validate', ['justification', 'validatedLevel', 'comment'])}
                      <div>
                        <Button type="submit" color="green.9" loading={busy === 'validate'}>
                          {asksJustification && level ? t('validate.submitAt', { level: levelName(level) }) : t('validate.submit')}
                        </Button>
                      </div>
                    </Stack>
                  </form>
                </Paper>
                <Paper withBorder p="md" component="section" aria-labelledby="return-title">
                  <form
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      const form = e.currentTarget;
                      void run('return').then(() => focusFirstInvalid(form));
                    }}
                  >
                    <Stack gap="sm">
                      <Title order={2} size="h4" id="return-title">
                        {t('return.title')}
                      </Title>
                      <Textarea
                        label={t('return.comment')}
                        description={t('return.commentHelp')}
                        value={returnComment}
                        onChange={(e) => {
                          setReturnComment(e.currentTarget.value);
                          setLocal({});
                        }}
                        error={local.returnComment ?? apiError('return', 'comment')}
                        withAsterisk
                        required
                        maxLength={MAX_REVIEW_TEXT}
                        autosize
                        minRows={3}
                      />
                      {refusalNotice('return', ['comment'])}
                      <div>
                        <Button type="submit" color="red.9" loading={busy === 'return'}>
                          {t('return.submit')}
                        </Button>
                      </div>
                    </Stack>
                  </form>
                </Paper>
              </>
            ) : null}

            {entry.state === 'VALIDATED' ? (
              <Paper withBorder p="md" component="section" aria-labelledby="reopen-title">
                <form
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    const form = e.currentTarget;
                    void run('reopen').then(() => focusFirstInvalid(form));
                  }}
                >
                  <Stack gap="sm">
                    <Title order={2} size="h4" id="reopen-title">
                      {t('reopen.title')}
                    </Title>
                    <Text size="sm">{t('reopen.intro')}</Text>
                    <Textarea
                      label={t('reopen.reason')}
                      value={reason}
                      onChange={(e) => {
                        setReason(e.currentTarget.value);
                        setLocal({});
                      }}
                      error={local.reason ?? apiError('reopen', 'reason')}
                      withAsterisk
                      required
                      maxLength={MAX_REVIEW_TEXT}
                      autosize
                      minRows={3}
                    />
                    {refusalNotice('reopen', ['reason'])}
                    <div>
                      <Button type="submit" color="orange.9" loading={busy === 'reopen'}>
                        {t('reopen.submit')}
                      </Button>
                    </div>
                  </Stack>
                </form>
              </Paper>
            ) : null}

            {entry.state === 'DRAFT' || entry.state === 'RETURNED' ? (
              <Notice color="blue" data-notice="with-country">
                {t('entry.withCountry')}
              </Notice>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <EntryThread entry={entry} onCommented={(e) => setEntry((prev) => ({ ...prev, ...e }))} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
