import { Notice } from '../../components/Notice';
import { Anchor, Button, Grid, Group, MultiSelect, Paper, Radio, Skeleton, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { settledProps, settledState } from '../../lib/settled';
import { apiLanguage } from '../../lib/i18n';
import { ConflictPanel } from './ConflictPanel';
import { browserStore, clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft } from './draft-storage';
import { EntryThread } from './EntryThread';
import {
  changedFields,
  conflictsOf,
  createInput,
  EMPTY_ENTRY,
  type EntryField,
  type EntryFields,
  fieldsOfEntry,
  type FieldConflict,
  LEVELS,
  MAX_TEXT,
  MIN_NARRATIVE_TO_SUBMIT,
  updateInput,
} from './entry-fields';
import { StateBadge } from './EntryStateBadge';
import { type ApiError, apiErrorOf, messagesByField, otherFieldMessages } from '../../lib/field-errors';
import {
  CountryLinksQuery,
  CreateEntryMutation,
  CurrentEntryQuery,
  EntryEditorQuery,
  SubmitEntryMutation,
  UpdateEntryMutation,
} from './reports.operations';
import { todayUtc, windowStatus } from './reporting-window';
import { WindowClosedNotice, WindowSummary } from './WindowNotice';
import { formatDateTime } from './format-time';

export type EditorEntry = ResultOf<typeof EntryEditorQuery>['progressReports']['nodes'][number]['entries'][number];

const EDITABLE = new Set(['DRAFT', 'RETURNED']);
/** The fields the form shows at a place of their own (API field names, `input.` removed). */
const SHOWN_FIELDS = ['reportedLevel', ...['narrative', 'measuresTaken', 'challenges', 'evidenceLinks', 'pledgeIds', 'practiceIds']];

interface Conflict {
  theirs: EditorEntry;
  conflicts: FieldConflict[];
}

/** The editor of one objective's entry in one cycle, with its thread and history beside it. */
export function EntryEditorPage() {
  const { t, i18n } = useTranslation('reports');
  const { account } = useSession();
  const params = useParams();
  const cycle = params.cycle ?? '';
  const objective = Number(params.objective);
  const validObjective = Number.isInteger(objective) && objective >= 1 && objective <= 23;
  const isFocalPoint = account?.role === 'FOCAL_POINT';
  const lang = apiLanguage(i18n.language);
  const [{ data, error }] = useQuery({
    query: EntryEditorQuery,
    variables: { country: account?.country ?? '', cycle, objective, lang },
    pause: !isFocalPoint || !validObjective,
    requestPolicy: 'network-only',
  });
  if (!account)
    return (
      <Notice color="blue">
        {t('signInFirst')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('signIn')}
        </Anchor>
      </Notice>
    );
  if (!isFocalPoint) return <Notice color="blue">{t('forFocalPoints')}</Notice>;
  if (!validObjective) return <Notice color="red">{t('editor.unknownObjective')}</Notice>;
  if (error)
    return (
      <Notice color="red" {...settledProps('entry-editor', 'error')}>
        {apiErrorOf(error).message}
      </Notice>
    );
  if (!data) return <Skeleton height={500} {...settledProps('entry-editor', 'loading')} />;
  if (!data.reviewCycle || !data.objective) return <Notice color="red">{t('editor.unknownCycle', { cycle })}</Notice>;
  const mine = data.myReports.find((r) => r.cycle.code === cycle);
  const window = mine?.reportingWindow ??
    data.reviewCycle.reportingWindow ?? {
      opensOn: null,
      closesOn: null,
      extendedTo: null,
      extensionReason: null,
      countryClosesOn: null,
      isOpen: false,
      daysLeft: null,
    };
  const entry = data.progressReports.nodes[0]?.entries[0] ?? null;
  return (
    <EntryEditor
      key={`${account.id}:${cycle}:${objective}`}
      accountId={account.id}
      country={account.country ?? ''}
      cycle={cycle}
      cycleName={data.reviewCycle.name}
      objective={objective}
      objectiveTitle={data.objective.shortTitle}
      window={window}
      initial={entry}
    />
  );
}

interface EditorProps {
  accountId: string;
  country: string;
  cycle: string;
  cycleName: string;
  objective: number;
  objectiveTitle: string;
  window: Parameters<typeof WindowSummary>[0]['window'];
  initial: EditorEntry | null;
}

function EntryEditor({ accountId, country, cycle, cycleName, objective, objectiveTitle, window, initial }: EditorProps) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const client = useClient();
  const lang = apiLanguage(lng);
  const key = draftKey(accountId, cycle, objective);
  const store = useMemo(browserStore, []);

  /** The entry as last read from the API (null: none yet). */
  const [stored, setStored] = useState<EditorEntry | null>(initial);
  /** The version the form started from: what "changed by me" is measured against. */
  const [base, setBase] = useState<StoredDraft['base']>(initial ? { version: initial.version, values: fieldsOfEntry(initial) } : null);
  const [form, setForm] = useState<EntryFields>(initial ? fieldsOfEntry(initial) : EMPTY_ENTRY);
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const kept = store ? loadDraft(store, key) : null;
    if (!kept) return null;
    const current = initial ? fieldsOfEntry(initial) : EMPTY_ENTRY;
    return changedFields(current, kept.values).length ? kept : null;
  });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [localErrors, setLocalErrors] = useState<Partial<Record<EntryField, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [storageRefused, setStorageRefused] = useState(false);
  /** A reply to the secretariat, sent with the submission of a returned entry. */
  const [reply, setReply] = useState('');

  const status = windowStatus(window, todayUtc());
  const inWindow = status.kind === 'open';
  const editableState = !stored || EDITABLE.has(stored.state);
  const canEdit = inWindow && editableState;
  const baseValues = base?.values ?? EMPTY_ENTRY;
  const dirty = changedFields(baseValues, form).length > 0;

  // Keep an unsaved copy in the browser while the form differs from what is stored (not while
  // a kept copy waits for the user's answer: it would be overwritten).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!store || offer) return;
    if (dirty || conflict) setStorageRefused(!saveDraft(store, key, { values: form, base, savedAt: new Date().toISOString() }));
    else clearDraft(store, key);
  }, [form, base, dirty, conflict, offer, store, key]);

  const set = <F extends EntryField>(field: F, value: EntryFields[F]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setLocalErrors((e) => ({ ...e, [field]: undefined }));
    setNotice(null);
  };

  const [linksResult] = useQuery({ query: CountryLinksQuery, variables: { country, lang }, pause: !country });
  const links = linksResult.data;
  const pledgeOptions = useMemo(() => {
    const all = new Map<string, string>();
    for (const p of [...(links?.madeBy.nodes ?? []), ...(links?.implementedIn.nodes ?? []), ...(stored?.pledges ?? [])])
      all.set(p.id.toLowerCase(), p.title);
    return [...all].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, lng));
  }, [links, stored, lng]);
  const practiceOptions = useMemo(() => {
    const all = new Map<string, string>();
    for (const p of [...(links?.goodPractices.nodes ?? []), ...(stored?.goodPractices ?? [])]) all.set(p.id.toLowerCase(), p.title);
    return [...all].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, lng));
  }, [links, stored, lng]);

  /** A save or submission went through: the stored version is now what the form shows. */
  const accept = useCallback(
    (entry: EditorEntry) => {
      const values = fieldsOfEntry(entry);
      setStored(entry);
      setBase({ version: entry.version, values });
      setForm(values);
      setConflict(null);
      setRefusal(null);
      if (store) clearDraft(store, key);
    },
    [store, key],
  );

  const readCurrent = useCallback(async (): Promise<EditorEntry | null> => {
    if (stored) {
      const res = await client.query(CurrentEntryQuery, { id: stored.id, lang }, { requestPolicy: 'network-only' }).toPromise();
      return res.data?.progressEntry ?? null;
    }
    const res = await client.query(EntryEditorQuery, { country, cycle, objective, lang }, { requestPolicy: 'network-only' }).toPromise();
    return res.data?.progressReports.nodes[0]?.entries[0] ?? null;
  }, [client, stored, country, cycle, objective, lang]);

  /** Someone else saved first: show what changed, keep what was typed. */
  const meetConflict = async (values: EntryFields) => {
    const theirs = await readCurrent();
    if (!theirs) {
      setRefusal({ code: 'CONFLICT', message: t('errors.CONFLICT'), fields: [] });
      return;
    }
    setStored(theirs);
    setConflict({ theirs, conflicts: conflictsOf(base?.values ?? null, values, fieldsOfEntry(theirs)) });
  };

  const check = (values: EntryFields, forSubmit: boolean): boolean => {
    const errors: Partial<Record<EntryField, string>> = {};
    if (!values.reportedLevel) errors.reportedLevel = t('errors.levelRequired');
    if (forSubmit && values.narrative.trim().length < MIN_NARRATIVE_TO_SUBMIT)
      errors.narrative = t('errors.narrativeTooShort', { min: MIN_NARRATIVE_TO_SUBMIT });
    setLocalErrors(errors);
    return Object.keys(errors).length === 0;
  };

  /** Saves `values` as a draft (creates the entry, or updates it on `version`); the saved entry, or null. */
  const save = async (
    values: EntryFields,
    on: { id: string; version: number; values: EntryFields } | null,
  ): Promise<EditorEntry | null> => {
    setRefusal(null);
    setNotice(null);
    const res = on
      ? await client
          .mutation(UpdateEntryMutation, { id: on.id, version: on.version, input: updateInput(on.values, values) as never })
          .toPromise()
      : await client.mutation(CreateEntryMutation, { input: createInput(cycle, objective, values) as never }).toPromise();
    if (res.error) {
      const r = apiErrorOf(res.error);
      if (r.code === 'CONFLICT') await meetConflict(values);
      else setRefusal(r);
      return null;
    }
    const entry = res.data && ('updateProgressEntry' in res.data ? res.data.updateProgressEntry : res.data.createProgressEntry);
    if (entry) accept(entry);
    return entry ?? null;
  };

  const target = (): { id: string; version: number; values: EntryFields } | null =>
    stored && base ? { id: stored.id, version: base.version, values: base.values } : null;

  const onSave = async () => {
    if (!check(form, false)) return;
    setBusy('save');
    const saved = await save(form, target());
    setBusy(null);
    if (saved) setNotice(t('editor.saved', { version: saved.version }));
  };

  const onSubmit = async () => {
    if (!check(form, true)) return;
    setBusy('submit');
    const entry: EditorEntry | null = stored && !dirty ? stored : await save(form, target());
    if (entry) {
      const res = await client
        .mutation(SubmitEntryMutation, { id: entry.id, version: entry.version, comment: reply.trim() || null })
        .toPromise();
      if (res.error) {
        const r = apiErrorOf(res.error);
        if (r.code === 'CONFLICT') await meetConflict(form);
        else setRefusal(r);
      } else if (res.data) {
        accept(res.data.submitProgressEntry);
        setReply('');
        setNotice(t('editor.submitted'));
      }
    }
    setBusy(null);
  };

  const onMerge = async (merged: EntryFields) => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    const theirValues = fieldsOfEntry(theirs);
    setForm(merged);
    setBase({ version: theirs.version, values: theirValues });
    setConflict(null);
    if (!EDITABLE.has(theirs.state)) return;
    setBusy('save');
    const saved = await save(merged, { id: theirs.id, version: theirs.version, values: theirValues });
    setBusy(null);
    if (saved) setNotice(t('editor.saved', { version: saved.version }));
  };

  const restore = () => {
    if (!offer) return;
    setForm(offer.values);
    // The copy's own starting point: saving it on a version changed since meets the conflict.
    if (offer.base) setBase(offer.base);
    setOffer(null);
  };
  const discard = () => {
    if (store) clearDraft(store, key);
    setOffer(null);
  };

  const errorOf = (field: EntryField): string | undefined =>
    localErrors[field] ?? (refusal ? messagesByField(refusal)[field]?.join('; ') : undefined);
  const narrativeLength = form.narrative.trim().length;
  const readOnlyReason = !editableState && stored ? t(`editor.readOnly.${stored.state}`) : null;

  return (
    <Stack {...settledProps('entry-editor', settledState(country ? linksResult : null))}>
      <Anchor component={Link} to="/reports" size="sm">
        ← {t('backToReports')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>
            {t('objectiveN', { number: objective })}: {objectiveTitle}
          </Title>
          <Text c="dimmed">{cycleName}</Text>
          <WindowSummary window={window} />
        </div>
        <StateBadge state={stored?.state ?? 'NONE'} />
      </Group>
      <WindowClosedNotice window={window} cycleName={cycleName} />
      {readOnlyReason ? (
        <Notice color="blue" title={t('editor.readOnly.title')} data-notice="read-only">
          {readOnlyReason}
        </Notice>
      ) : null}
      {offer ? (
        <Notice color="yellow" title={t('draft.offerTitle')} data-notice="restore">
          <Stack gap="xs">
            <Text size="sm">{t('draft.offer', { date: formatDateTime(offer.savedAt, lng) })}</Text>
            <Group>
              <Button size="xs" onClick={restore}>
                {t('draft.restore')}
              </Button>
              <Button size="xs" variant="default" onClick={discard}>
                {t('draft.discard')}
              </Button>
            </Group>
          </Stack>
        </Notice>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" component="form" onSubmit={(e) => e.preventDefault()} aria-labelledby="entry-form-title" noValidate>
            <Stack>
              <Title order={2} size="h3" id="entry-form-title">
                {t('editor.formTitle')}
              </Title>
              {conflict ? (
                <ConflictPanel
                  conflicts={conflict.conflicts}
                  mine={form}
                  theirs={conflict.theirs}
                  pledgeLabel={(id) => pledgeOptions.find((o) => o.value === id)?.label ?? id}
                  practiceLabel={(id) => practiceOptions.find((o) => o.value === id)?.label ?? id}
                  onMerge={(merged) => void onMerge(merged)}
                  busy={busy === 'save'}
                />
              ) : null}
              <Radio.Group
                label={t('fields.reportedLevel')}
                description={t('editor.levelHelp')}
                value={form.reportedLevel ?? ''}
                onChange={(v) => set('reportedLevel', v as EntryFields['reportedLevel'])}
                error={errorOf('reportedLevel')}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {LEVELS.map((level, score) => (
                    <Radio
                      key={level}
                      value={level}
                      disabled={!canEdit}
                      label={`${score} – ${t(`levels.${level}.name`)}`}
                      description={t(`levels.${level}.meaning`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('fields.narrative')}
                description={
                  narrativeLength < MIN_NARRATIVE_TO_SUBMIT
                    ? t('editor.narrativeShort', { count: narrativeLength, min: MIN_NARRATIVE_TO_SUBMIT })
                    : t('editor.narrativeLength', { count: narrativeLength, max: MAX_TEXT })
                }
                value={form.narrative}
                onChange={(e) => set('narrative', e.currentTarget.value)}
                error={errorOf('narrative')}
                readOnly={!canEdit}
                maxLength={MAX_TEXT}
                autosize
                minRows={5}
                data-field="narrative"
              />
              <Textarea
                label={t('fields.measuresTaken')}
                value={form.measuresTaken}
                onChange={(e) => set('measuresTaken', e.currentTarget.value)}
                error={errorOf('measuresTaken')}
                readOnly={!canEdit}
                maxLength={MAX_TEXT}
                autosize
                minRows={2}
              />
              <Textarea
                label={t('fields.challenges')}
                value={form.challenges}
                onChange={(e) => set('challenges', e.currentTarget.value)}
                error={errorOf('challenges')}
                readOnly={!canEdit}
                maxLength={MAX_TEXT}
                autosize
                minRows={2}
              />
              <TagsInput
                label={t('fields.evidenceLinks')}
                description={t('editor.evidenceHelp')}
                value={form.evidenceLinks}
                onChange={(v) => set('evidenceLinks', v)}
                error={errorOf('evidenceLinks')}
                disabled={!canEdit}
                maxTags={20}
                clearable
              />
              <MultiSelect
                label={t('fields.pledgeIds')}
                description={t('editor.pledgesHelp')}
                data={pledgeOptions}
                value={form.pledgeIds}
                onChange={(v) => set('pledgeIds', v)}
                error={errorOf('pledgeIds')}
                disabled={!canEdit}
                searchable
                clearable
                nothingFoundMessage={t('editor.nothingFound')}
                comboboxProps={{ withinPortal: true }}
              />
              <MultiSelect
                label={t('fields.practiceIds')}
                description={t('editor.practicesHelp')}
                data={practiceOptions}
                value={form.practiceIds}
                onChange={(v) => set('practiceIds', v)}
                error={errorOf('practiceIds')}
                disabled={!canEdit}
                searchable
                clearable
                nothingFoundMessage={t('editor.nothingFound')}
                comboboxProps={{ withinPortal: true }}
              />
              {canEdit && stored?.state === 'RETURNED' ? (
                <Textarea
                  label={t('editor.reply')}
                  description={t('editor.replyHelp')}
                  value={reply}
                  onChange={(e) => setReply(e.currentTarget.value)}
                  error={refusal ? messagesByField(refusal).comment?.join('; ') : undefined}
                  maxLength={5000}
                  autosize
                  minRows={2}
                />
              ) : null}
              {refusal ? (
                <Notice color="red" role="alert" title={t(`errors.title`)}>
                  {t(`errors.${refusal.code ?? 'OTHER'}`, { defaultValue: refusal.message })}
                  {refusal.code === 'BAD_USER_INPUT' ? '' : ` (${refusal.message})`}
                  {otherFieldMessages(refusal, SHOWN_FIELDS).map((m) => (
                    <Text key={m} size="sm">
                      {m}
                    </Text>
                  ))}
                </Notice>
              ) : null}
              {notice ? (
                <Notice color="green" role="status">
                  {notice}
                </Notice>
              ) : null}
              {storageRefused ? <Notice color="orange">{t('draft.notKept')}</Notice> : null}
              {canEdit ? (
                <Group>
                  <Button type="button" variant="default" onClick={() => void onSave()} loading={busy === 'save'} disabled={!!conflict}>
                    {t('editor.saveDraft')}
                  </Button>
                  <Button type="button" onClick={() => void onSubmit()} loading={busy === 'submit'} disabled={!!conflict}>
                    {t('editor.submit')}
                  </Button>
                  {dirty ? (
                    <Text size="sm" c="dimmed" data-unsaved>
                      {t('draft.unsaved')}
                    </Text>
                  ) : stored ? (
                    <Text size="sm" c="dimmed">
                      {t('editor.version', { version: stored.version, date: formatDate(stored.updatedAt, lng) })}
                    </Text>
                  ) : null}
                </Group>
              ) : null}
              <Text size="sm">
                <Anchor component={Link} to="/reports">
                  {t('editor.submitWholeReport')}
                </Anchor>
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <EntryThread entry={stored} onCommented={(e) => setStored(e)} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
