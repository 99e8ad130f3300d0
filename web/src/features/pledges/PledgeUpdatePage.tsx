import { Anchor, Button, Grid, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { DoneNotice, EditorForm, EditorHeading, RefusalNotice } from '../../components/EditorPage';
import { Notice } from '../../components/Notice';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { type ApiError, apiErrorOf, messagesByField } from '../../lib/field-errors';
import { formatDate } from '../../lib/format';
import { settledProps } from '../../lib/settled';
import { RequireAccount } from '../accounts/RequireAccount';
import { formatDateTime } from '../reports/format-time';
import { focusFirstInvalid } from '../review/focus-invalid';
import { type EditedPledge, EditedPledgeGate } from './EditedPledgeGate';
import { StepInputs } from './StepInputs';
import { useProblemText } from './PledgeEditorPage';
import { emptyStep, mayDraftPractice, STATUS_NEXT, type StepFields, stepInput, stepProblems } from './pledge-fields';
import { DraftPracticeFromPledgeMutation, EditedPledgeQuery, RecordPledgeUpdateMutation } from './pledges.operations';

/** Evidence links are shown as links only when they are web addresses. */
const isWebAddress = (href: string): boolean => /^https?:\/\//i.test(href);

/** A pledge's status over time: record a dated update with its narrative and evidence; draft a good practice once it is fulfilled. */
export function PledgeUpdatePage() {
  return <RequireAccount>{(account) => <PledgeUpdateFor account={account} />}</RequireAccount>;
}

function PledgeUpdateFor({ account }: { account: SignedInAccount }) {
  const id = useParams().id ?? '';
  return (
    <EditedPledgeGate id={id} account={account} page="pledge-update">
      {(pledge) => <PledgeUpdate key={pledge.id} initial={pledge} />}
    </EditedPledgeGate>
  );
}

function PledgeUpdate({ initial }: { initial: EditedPledge }) {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const client = useClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const problemText = useProblemText();
  const [pledge, setPledge] = useState<EditedPledge>(initial);
  const next = STATUS_NEXT[pledge.status];
  const [step, setStep] = useState<StepFields>(emptyStep(next.includes('IN_PROGRESS') ? 'IN_PROGRESS' : (next[0] ?? 'PLANNING')));
  const [local, setLocal] = useState<Partial<Record<keyof StepFields, string>>>({});
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Updates someone else recorded meanwhile (after a CONFLICT): the step typed is kept, to record on the version now stored. */
  const [meanwhile, setMeanwhile] = useState<EditedPledge['updates'] | null>(null);
  const [busy, setBusy] = useState<'record' | 'draft' | null>(null);
  const apiMessages = useMemo(() => (refusal ? messagesByField(refusal) : {}), [refusal]);
  const errorOf = (field: keyof StepFields): string | undefined => local[field] || apiMessages[field]?.join('; ') || undefined;

  const set = <F extends keyof StepFields>(field: F, value: StepFields[F]) => {
    setStep((s) => ({ ...s, [field]: value }));
    setLocal((e) => ({ ...e, [field]: undefined }));
    setNotice(null);
  };

  const onRecord = async () => {
    const problems = stepProblems(step, { status: pledge.status, statusDate: pledge.statusDate });
    const errors = Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, problemText(p)]));
    setLocal(errors);
    setRefusal(null);
    setNotice(null);
    if (Object.keys(errors).length) return focusFirstInvalid(formRef.current);
    setBusy('record');
    const res = await client
      .mutation(RecordPledgeUpdateMutation, { pledgeId: pledge.id, version: pledge.version, input: stepInput(step) as never })
      .toPromise();
    setBusy(null);
    if (res.error) {
      const r = apiErrorOf(res.error);
      if (r.code === 'CONFLICT') {
        const fresh = await client.query(EditedPledgeQuery, { id: pledge.id }, { requestPolicy: 'network-only' }).toPromise();
        if (fresh.data) {
          const known = new Set(pledge.updates.map((u) => u.id));
          setMeanwhile(fresh.data.pledge.updates.filter((u) => !known.has(u.id)));
          setPledge(fresh.data.pledge);
          if (!STATUS_NEXT[fresh.data.pledge.status].includes(step.status))
            setLocal({ status: problemText({ kind: 'notAllowed', from: fresh.data.pledge.status }) });
          return;
        }
      }
      setRefusal(r);
      return focusFirstInvalid(formRef.current);
    }
    if (res.data) {
      const saved = res.data.recordPledgeUpdate;
      setPledge(saved);
      setMeanwhile(null);
      const after = STATUS_NEXT[saved.status];
      setStep(emptyStep(after.includes(step.status) ? step.status : (after[0] ?? saved.status)));
      setNotice(t('update.recorded', { status: t(`pledgeStatus.${saved.status}`, { ns: 'common' }), version: saved.version }));
    }
  };

  const onDraftPractice = async () => {
    setBusy('draft');
    setRefusal(null);
    const res = await client.mutation(DraftPracticeFromPledgeMutation, { pledgeId: pledge.id }).toPromise();
    setBusy(null);
    if (res.error) return setRefusal(apiErrorOf(res.error));
    if (res.data)
      void navigate(`/practices/${res.data.draftGoodPracticeFromPledge.id}/edit`, { state: { notice: t('update.practiceDrafted') } });
  };

  const history = [...pledge.updates].reverse();
  const lang = pledge.language.toLowerCase();

  return (
    <Stack {...settledProps('pledge-update', 'ready')}>
      <EditorHeading
        back="/my-pledges"
        backLabel={t('mine.back')}
        title={t('update.title')}
        subtitle={
          <Text c="dimmed" lang={lang}>
            {pledge.title}
          </Text>
        }
        status={
          <Group gap="xs">
            <PledgeStatusBadge status={pledge.status} />
            <Text size="sm" c="dimmed">
              {t('since', { date: formatDate(pledge.statusDate, lng) })}
            </Text>
          </Group>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={12} maw={880}>
          <Stack>
            {pledge.status === 'FULFILLED' ? (
              <Paper withBorder p="md" data-section="good-practice">
                <Stack gap="xs">
                  <Title order={2} size="h3">
                    {t('update.practiceTitle')}
                  </Title>
                  {pledge.goodPractice ? (
                    <Text size="sm">
                      {t('update.practiceExists')}{' '}
                      <Anchor component={Link} to={`/practices/${pledge.goodPractice.id}`}>
                        {pledge.goodPractice.title}
                      </Anchor>
                    </Text>
                  ) : (
                    <Text size="sm">{t('update.practiceHelp')}</Text>
                  )}
                  {mayDraftPractice(pledge) ? (
                    <div>
                      <Button onClick={() => void onDraftPractice()} loading={busy === 'draft'}>
                        {t('update.draftPractice')}
                      </Button>
                    </div>
                  ) : null}
                </Stack>
              </Paper>
            ) : null}
            {next.length === 0 ? (
              <Notice color="blue" data-notice="final">
                {t('update.final')}
              </Notice>
            ) : (
              <EditorForm formRef={formRef} titleId="update-form-title" title={t('update.formTitle')} onSubmit={() => void onRecord()}>
                {meanwhile ? (
                  <Notice color="orange" role="alert" title={t('update.conflictTitle')} data-notice="conflict">
                    <Text size="sm">{t('update.conflictIntro', { version: pledge.version })}</Text>
                    <List size="sm" mt="xs">
                      {meanwhile.map((u) => (
                        <List.Item key={u.id}>
                          {formatDate(u.date, lng)}: {t(`pledgeStatus.${u.status}`, { ns: 'common' })}.{' '}
                          <span lang={lang}>{u.narrative}</span>
                        </List.Item>
                      ))}
                    </List>
                    <Text size="sm" mt="xs">
                      {t('update.conflictKept')}
                    </Text>
                  </Notice>
                ) : null}
                <StepInputs
                  step={step}
                  onChange={set}
                  errorOf={errorOf}
                  statuses={next.map((s) => ({
                    value: s,
                    label:
                      s === pledge.status
                        ? t('update.sameStatus', { status: t(`pledgeStatus.${s}`, { ns: 'common' }) })
                        : t(`pledgeStatus.${s}`, { ns: 'common' }),
                  }))}
                  statusHelp={t('update.statusHelp')}
                  dateHelp={t('update.dateRange', { date: formatDate(pledge.statusDate, lng) })}
                  earliest={pledge.statusDate}
                  narrativeHelp={t('update.narrativeHelp')}
                  narrativeRequired
                  narrativeRows={3}
                  lang={lang}
                />
                {refusal ? (
                  <RefusalNotice
                    title={t('editor.refusedTitle')}
                    message={t(`editor.refused.${refusal.code ?? 'OTHER'}`, { defaultValue: refusal.message })}
                    detail={refusal.message}
                  />
                ) : null}
                <DoneNotice notice={notice} />
                <Group>
                  <Button type="submit" loading={busy === 'record'}>
                    {t('update.record')}
                  </Button>
                  <Anchor component={Link} to={`/pledges/${pledge.id}/edit`} size="sm">
                    {t('mine.edit')}
                  </Anchor>
                </Group>
              </EditorForm>
            )}
            {next.length === 0 && refusal ? <RefusalNotice title={t('editor.refusedTitle')} message={refusal.message} /> : null}
            {next.length === 0 && notice ? (
              <Notice color="green" role="status">
                {notice}
              </Notice>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={2} size="h3" id="history-title">
                {t('update.history')}
              </Title>
              <Table.ScrollContainer minWidth={560}>
                <Table withTableBorder aria-labelledby="history-title" data-history>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('update.date')}</Table.Th>
                      <Table.Th scope="col">{t('update.status')}</Table.Th>
                      <Table.Th scope="col">{t('update.narrative')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {history.map((u) => (
                      <Table.Tr key={u.id} data-update={u.status}>
                        <Table.Th scope="row" style={{ fontWeight: 'normal', whiteSpace: 'nowrap' }}>
                          {formatDate(u.date, lng)}
                        </Table.Th>
                        <Table.Td>
                          {u.previousStatus && u.previousStatus !== u.status
                            ? `${t(`pledgeStatus.${u.previousStatus}`, { ns: 'common' })} → `
                            : ''}
                          {t(`pledgeStatus.${u.status}`, { ns: 'common' })}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
                            {u.narrative}
                          </Text>
                          {u.evidenceLinks.length ? (
                            <List size="sm">
                              {u.evidenceLinks.map((l) => (
                                <List.Item key={l}>
                                  {isWebAddress(l) ? (
                                    <Anchor href={l} target="_blank" rel="noreferrer">
                                      {l}
                                    </Anchor>
                                  ) : (
                                    l
                                  )}
                                </List.Item>
                              ))}
                            </List>
                          ) : null}
                          {u.recordedBy ? (
                            <Text size="xs" c="dimmed">
                              {t('update.recordedBy', { who: u.recordedBy, date: formatDateTime(u.recordedAt, lng) })}
                            </Text>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
