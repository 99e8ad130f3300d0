import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { MergeNotice } from '../../components/MergeNotice';
import { ObjectiveSelects, WritingLanguageSelect } from '../../components/EditorFields';
import { DoneNotice, EditorForm, EditorHeading, RefusalNotice, SavedState } from '../../components/EditorPage';
import { Notice } from '../../components/Notice';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { useReference } from '../../components/reference.query';
import { apiErrorOf, messagesByField } from '../../lib/field-errors';
import { apiLanguage } from '../../lib/i18n';
import { useEditedRecord } from '../../lib/use-edited-record';
import { settledProps, settledState } from '../../lib/settled';
import { RequireAccount } from '../accounts/RequireAccount';
import { PrincipleOptionsQuery } from '../practices/practices.operations';
import { formatDateTime } from '../reports/format-time';
import { focusFirstInvalid } from '../review/focus-invalid';
import { type EditedPledge, EditedPledgeGate } from './EditedPledgeGate';
import { StepInputs } from './StepInputs';
import { browserStore, clearPledgeDraft, loadPledgeDraft, pledgeDraftKey, type PledgeDraft, savePledgeDraft } from './pledge-draft';
import {
  changedFields,
  conflictsOf,
  createInput,
  emptyPledge,
  emptyStep,
  ENTITY_KINDS,
  type FieldConflict,
  fieldsOfPledge,
  MAX_DESCRIPTION,
  MAX_EXTERNAL_ID,
  MAX_TARGET,
  MAX_TITLE,
  mergeFields,
  MIN_DESCRIPTION,
  NATURES,
  type Participant,
  PLEDGE_TYPES,
  type PledgeField,
  type PledgeFields,
  pledgeProblems,
  type Problem,
  STATUSES,
  type StepFields,
  stepProblems,
  stepTouched,
  updateInput,
  WRITING_LANGUAGES,
} from './pledge-fields';
import { CreatePledgeMutation, EditedPledgeQuery, UpdatePledgeMutation } from './pledges.operations';

/** A focal point records and edits its own state's pledges (the secretariat any pledge, stakeholders' too). */
export function PledgeEditorPage() {
  return <RequireAccount>{(account) => <PledgeEditorFor account={account} />}</RequireAccount>;
}

function PledgeEditorFor({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation('pledges');
  const id = useParams().id ?? null;
  if (account.role !== 'FOCAL_POINT' && account.role !== 'SECRETARIAT') return <Notice color="blue">{t('editor.forFocalPoints')}</Notice>;
  if (!id) return <PledgeEditor key="new" account={account} initial={null} />;
  return (
    <EditedPledgeGate id={id} account={account} page="pledge-editor">
      {(pledge) => <PledgeEditor key={pledge.id} account={account} initial={pledge} />}
    </EditedPledgeGate>
  );
}

interface Conflict {
  theirs: EditedPledge;
  /** The version the user had started from, to tell who changed what. */
  base: PledgeFields;
}

/** The message of a problem the form finds, in the page's language. */
export function useProblemText() {
  const { t } = useTranslation('pledges');
  return (p: Problem): string =>
    t(`editor.problems.${p.kind}`, { ...p, from: 'from' in p ? t(`pledgeStatus.${p.from}`, { ns: 'common' }) : undefined });
}

function PledgeEditor({ account, initial }: { account: SignedInAccount; initial: EditedPledge | null }) {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const client = useClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const referenceResult = useReference(lng);
  const reference = referenceResult.data;
  const [principlesResult] = useQuery({ query: PrincipleOptionsQuery, variables: { lang: apiLanguage(lng) } });
  const principles = principlesResult.data;
  const isSecretariat = account.role === 'SECRETARIAT';
  const problemText = useProblemText();
  const store = browserStore();
  const key = pledgeDraftKey(account.id, initial?.id ?? null);
  const blank = useMemo(() => emptyPledge(isSecretariat ? null : account.country), [isSecretariat, account.country]);

  const editor = useEditedRecord<EditedPledge, PledgeFields, Conflict>({ initial, fieldsOf: fieldsOfPledge, blank });
  const { stored, setStored, base, setBase, form, setForm, set, local, setLocal, conflict, setConflict } = editor;
  const { notice, setNotice, refusal, setRefusal } = editor;
  const [step, setStep] = useState<StepFields>(emptyStep());
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<PledgeDraft | null>(() => {
    const kept = store ? loadPledgeDraft(store, key) : null;
    if (!kept) return null;
    const start = initial ? fieldsOfPledge(initial) : blank;
    return changedFields(start, kept.values).length ? kept : null;
  });
  const [storageRefused, setStorageRefused] = useState(false);
  const dirty = changedFields(base ?? blank, form).length > 0;

  // What is typed is kept in the browser until it is saved (not while a kept copy is offered back).
  useEffect(() => {
    if (!store || offer) return;
    if (dirty || conflict)
      setStorageRefused(
        !savePledgeDraft(store, key, {
          values: form,
          base: stored && base ? { version: stored.version, values: base } : null,
          savedAt: new Date().toISOString(),
        }),
      );
    else clearPledgeDraft(store, key);
  }, [form, base, stored, dirty, conflict, offer, store, key]);

  const setStepField = <F extends keyof StepFields>(field: F, value: StepFields[F]) => {
    setStep((s) => ({ ...s, [field]: value }));
    setLocal((e) => ({ ...e, [`initialUpdate.${field}`]: undefined }));
  };
  const setParticipant = (i: number, change: Partial<Participant>) => {
    set(
      'participants',
      form.participants.map((p, j) => (j === i ? { ...p, ...change } : p)),
    );
    setLocal((e) => ({ ...e, [`participants.${i}.name`]: undefined, [`participants.${i}.country`]: undefined }));
  };

  /** The API's field errors by form field (`title`, `participants.0.country`, `initialUpdate.date`). */
  const apiMessages = useMemo(() => (refusal ? messagesByField(refusal) : {}), [refusal]);
  const errorOf = (field: string): string | undefined => local[field] || apiMessages[field]?.join('; ') || undefined;

  const check = (): boolean => {
    const errors: Record<string, string> = {};
    for (const [field, problem] of Object.entries(pledgeProblems(form))) if (problem) errors[field] = problemText(problem);
    if (!stored && stepTouched(step))
      for (const [field, problem] of Object.entries(stepProblems(step, null)))
        if (problem) errors[`initialUpdate.${field}`] = problemText(problem);
    setLocal(errors);
    return Object.keys(errors).length === 0;
  };

  const accept = (p: EditedPledge) => {
    editor.accept(p);
    if (store) clearPledgeDraft(store, key);
  };

  /** Someone saved first: read their version; the form keeps what the user typed until they merge. */
  const meetConflict = async (startedFrom: PledgeFields) => {
    if (!stored) return;
    const res = await client.query(EditedPledgeQuery, { id: stored.id }, { requestPolicy: 'network-only' }).toPromise();
    if (!res.data?.pledge) {
      setRefusal(res.error ? apiErrorOf(res.error) : { code: 'CONFLICT', message: t('editor.problems.conflict'), fields: [] });
      return;
    }
    setConflict({ theirs: res.data.pledge, base: startedFrom });
  };

  /** Saves `values` on `onVersion` (or creates the pledge). */
  const save = async (values: PledgeFields, onVersion: { stored: EditedPledge; base: PledgeFields } | null) => {
    setRefusal(null);
    setNotice(null);
    setBusy(true);
    const res = onVersion
      ? await client
          .mutation(UpdatePledgeMutation, {
            id: onVersion.stored.id,
            version: onVersion.stored.version,
            input: updateInput(onVersion.base, values) as never,
          })
          .toPromise()
      : await client.mutation(CreatePledgeMutation, { input: createInput(values, step) as never }).toPromise();
    setBusy(false);
    if (res.error) {
      const r = apiErrorOf(res.error);
      // A stale version is a CONFLICT on `version`; an external id already in use names its own field.
      const stale = r.code === 'CONFLICT' && r.fields.every((f) => f.field === 'version');
      if (stale && onVersion) await meetConflict(onVersion.base);
      else setRefusal(r);
      return focusFirstInvalid(formRef.current);
    }
    const saved = res.data && ('updatePledge' in res.data ? res.data.updatePledge : res.data.createPledge);
    if (!saved) return;
    const said = t('editor.saved', { version: saved.version });
    if (!onVersion) {
      if (store) clearPledgeDraft(store, key);
      void navigate(`/pledges/${saved.id}/edit`, { replace: true, state: { notice: said } });
      return;
    }
    accept(saved);
    setNotice(said);
  };

  const onSave = async () => {
    if (!check()) return focusFirstInvalid(formRef.current);
    if (stored && base && !dirty) return setNotice(t('editor.nothingChanged'));
    await save(form, stored && base ? { stored, base } : null);
  };

  const onMerge = async (conflicts: FieldConflict[], choices: Record<PledgeField, 'mine' | 'theirs'>) => {
    if (!conflict) return;
    const theirs = fieldsOfPledge(conflict.theirs);
    const merged = mergeFields(form, theirs, conflicts, choices);
    setForm(merged);
    setStored(conflict.theirs);
    setBase(theirs);
    setConflict(null);
    if (changedFields(theirs, merged).length === 0) {
      if (store) clearPledgeDraft(store, key);
      return setNotice(t('editor.mergedSame', { version: conflict.theirs.version }));
    }
    await save(merged, { stored: conflict.theirs, base: theirs });
  };

  const countryOptions = (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name }));
  const countryName = (iso3: string | null) => (iso3 ? (reference?.countries.nodes.find((c) => c.iso3 === iso3)?.name ?? iso3) : '–');
  const cycleOptions = (reference?.reviewCycles ?? []).map((c) => ({ value: c.code, label: c.name }));
  const principleOptions = (principles?.guidingPrinciples ?? []).map((g) => ({ value: String(g.number), label: `${g.number}. ${g.name}` }));
  const kindOptions = ENTITY_KINDS.map((k) => ({ value: k, label: t(`entityKinds.${k}`) }));
  const lang = form.language.toLowerCase();
  const listsParticipants = form.type === 'COMMON' || form.type === 'PARTNERSHIP';
  const shown = new Set<string>([
    ...Object.keys(local),
    'title',
    'description',
    'language',
    'externalId',
    'pledgingEntityKind',
    'pledgingCountry',
    'pledgingEntityName',
    'nature',
    'type',
    'matchesPledge',
    'participants',
    ...form.participants.flatMap((_, i) => [`participants.${i}.name`, `participants.${i}.kind`, `participants.${i}.country`]),
    'isGlobal',
    'implementationCountries',
    'cycle',
    'objectives',
    'mainObjective',
    'guidingPrinciples',
    'target',
    'targetDate',
    ...(stored ? [] : ['initialUpdate.status', 'initialUpdate.date', 'initialUpdate.narrative', 'initialUpdate.evidenceLinks']),
  ]);
  const unshown = Object.entries(apiMessages).filter(([f]) => !shown.has(f));

  const showValue = (field: PledgeField, f: PledgeFields): string => {
    const v = f[field];
    if (field === 'pledgingCountry') return countryName(v as string | null);
    if (field === 'implementationCountries') return (v as string[]).map(countryName).join('; ') || t('editor.none');
    if (field === 'participants')
      return (
        (v as Participant[]).map((p) => `${p.name} (${t(`entityKinds.${p.kind}`)}${p.country ? `, ${p.country}` : ''})`).join('; ') ||
        t('editor.none')
      );
    if (field === 'nature' || field === 'type' || field === 'pledgingEntityKind')
      return v ? t(`${field === 'nature' ? 'natures' : field === 'type' ? 'types' : 'entityKinds'}.${v as string}`) : '–';
    if (field === 'language') return t(`languages.${(v as string).toLowerCase()}`, { ns: 'common' });
    if (field === 'isGlobal') return v ? t('editor.yes') : t('editor.no');
    if (Array.isArray(v)) return v.join(', ') || t('editor.none');
    if (v === null || v === '') return t('editor.empty');
    return String(v);
  };

  return (
    <Stack {...settledProps('pledge-editor', settledState(referenceResult, principlesResult))}>
      <EditorHeading
        back={isSecretariat ? '/pledges' : '/my-pledges'}
        backLabel={isSecretariat ? t('backToList') : t('mine.back')}
        title={stored ? t('editor.editTitle') : t('editor.newTitle')}
        subtitle={
          stored ? (
            <Text c="dimmed" lang={stored.language.toLowerCase()}>
              {stored.title}
            </Text>
          ) : (
            <Text c="dimmed">
              {isSecretariat ? t('editor.newIntroSecretariat') : t('editor.newIntro', { country: countryName(account.country) })}
            </Text>
          )
        }
        status={stored ? <PledgeStatusBadge status={stored.status} /> : null}
      />
      {offer ? (
        <Notice color="yellow" title={t('draft.offerTitle')} data-notice="restore">
          <Text size="sm">{t('draft.offer', { date: formatDateTime(offer.savedAt, lng) })}</Text>
          <Group mt="xs">
            <Button
              size="xs"
              onClick={() => {
                setForm(offer.values);
                setOffer(null);
                // The copy's own starting point: saving it on a version changed since meets the conflict.
                if (stored && offer.base && offer.base.version !== stored.version) {
                  setBase(offer.base.values);
                  setStored({ ...stored, version: offer.base.version });
                }
              }}
            >
              {t('draft.restore')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                if (store) clearPledgeDraft(store, key);
                setOffer(null);
              }}
            >
              {t('draft.discard')}
            </Button>
          </Group>
        </Notice>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <EditorForm formRef={formRef} titleId="pledge-form-title" title={t('editor.formTitle')} onSubmit={() => void onSave()}>
            {conflict && base ? (
              <ConflictRows
                conflict={conflict}
                mine={form}
                showValue={showValue}
                busy={busy}
                onMerge={(conflicts, choices) => void onMerge(conflicts, choices)}
              />
            ) : null}
            <Fieldset legend={t('editor.what')}>
              <Stack>
                <TextInput
                  label={t('fields.title')}
                  value={form.title}
                  onChange={(e) => set('title', e.currentTarget.value)}
                  error={errorOf('title')}
                  description={t('editor.lengthHelp', { min: 3, max: MAX_TITLE })}
                  maxLength={MAX_TITLE}
                  withAsterisk
                  lang={lang}
                />
                <Textarea
                  label={t('fields.description')}
                  description={t('editor.descriptionHelp', { min: MIN_DESCRIPTION, count: form.description.trim().length })}
                  value={form.description}
                  onChange={(e) => set('description', e.currentTarget.value)}
                  error={errorOf('description')}
                  maxLength={MAX_DESCRIPTION}
                  withAsterisk
                  autosize
                  minRows={4}
                  lang={lang}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <WritingLanguageSelect
                    ns="pledges"
                    languages={WRITING_LANGUAGES}
                    value={form.language}
                    onChange={(v) => set('language', v)}
                    error={errorOf('language')}
                  />
                  <TextInput
                    label={t('fields.externalId')}
                    description={t('editor.externalIdHelp')}
                    value={form.externalId}
                    onChange={(e) => set('externalId', e.currentTarget.value)}
                    error={errorOf('externalId')}
                    maxLength={MAX_EXTERNAL_ID}
                  />
                  <Select
                    label={t('fields.nature')}
                    description={t('editor.natureHelp')}
                    data={NATURES.map((n) => ({ value: n, label: t(`natures.${n}`) }))}
                    value={form.nature}
                    onChange={(v) => set('nature', v as PledgeFields['nature'])}
                    error={errorOf('nature')}
                    withAsterisk
                    comboboxProps={{ withinPortal: true }}
                  />
                  <Select
                    label={t('fields.type')}
                    description={t(`editor.typeHelp.${form.type}`)}
                    data={PLEDGE_TYPES.map((p) => ({ value: p, label: t(`types.${p}`) }))}
                    value={form.type}
                    onChange={(v) => v && set('type', v as PledgeFields['type'])}
                    error={errorOf('type')}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                </SimpleGrid>
                {form.type === 'MATCHING' ? (
                  <TextInput
                    label={t('fields.matchesPledge')}
                    description={t('editor.matchesHelp')}
                    value={form.matchesPledge}
                    onChange={(e) => set('matchesPledge', e.currentTarget.value)}
                    error={errorOf('matchesPledge')}
                    withAsterisk
                  />
                ) : null}
              </Stack>
            </Fieldset>
            <Fieldset legend={t('editor.who')}>
              <Stack>
                {isSecretariat ? (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('fields.pledgingEntityKind')}
                      data={kindOptions}
                      value={form.pledgingEntityKind}
                      onChange={(v) => v && set('pledgingEntityKind', v as PledgeFields['pledgingEntityKind'])}
                      error={errorOf('pledgingEntityKind')}
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                    <Select
                      label={t('fields.pledgingCountry')}
                      description={t(form.pledgingEntityKind === 'MEMBER_STATE' ? 'editor.stateHelp' : 'editor.basedHelp')}
                      data={countryOptions}
                      value={form.pledgingCountry}
                      onChange={(v) => set('pledgingCountry', v)}
                      error={errorOf('pledgingCountry')}
                      withAsterisk={form.pledgingEntityKind === 'MEMBER_STATE'}
                      searchable
                      clearable
                      nothingFoundMessage={t('editor.nothingFound')}
                      comboboxProps={{ withinPortal: true }}
                    />
                    {form.pledgingEntityKind !== 'MEMBER_STATE' ? (
                      <TextInput
                        label={t('fields.pledgingEntityName')}
                        value={form.pledgingEntityName}
                        onChange={(e) => set('pledgingEntityName', e.currentTarget.value)}
                        error={errorOf('pledgingEntityName')}
                        withAsterisk
                      />
                    ) : null}
                  </SimpleGrid>
                ) : (
                  <Text size="sm" data-pledging-country={form.pledgingCountry ?? ''}>
                    {t('editor.pledgedByYou', { country: countryName(form.pledgingCountry) })}
                  </Text>
                )}
                {errorOf('pledgingCountry') && !isSecretariat ? (
                  <Text size="sm" c="red.8" role="alert">
                    {errorOf('pledgingCountry')}
                  </Text>
                ) : null}
                {listsParticipants ? (
                  <Fieldset
                    legend={t('fields.participants')}
                    variant="unstyled"
                    aria-describedby={errorOf('participants') ? 'participants-error' : undefined}
                  >
                    <Stack gap="xs">
                      {form.participants.map((p, i) => (
                        <Group key={i} align="flex-start" wrap="wrap" data-participant={i}>
                          <TextInput
                            label={t('editor.participantName', { n: i + 1 })}
                            value={p.name}
                            onChange={(e) => setParticipant(i, { name: e.currentTarget.value })}
                            error={errorOf(`participants.${i}.name`)}
                            withAsterisk
                            style={{ flex: 2, minWidth: 180 }}
                          />
                          <Select
                            label={t('editor.participantKind', { n: i + 1 })}
                            data={kindOptions}
                            value={p.kind}
                            onChange={(v) => v && setParticipant(i, { kind: v as Participant['kind'] })}
                            error={errorOf(`participants.${i}.kind`)}
                            allowDeselect={false}
                            comboboxProps={{ withinPortal: true }}
                            style={{ flex: 1, minWidth: 160 }}
                          />
                          <Select
                            label={t('editor.participantCountry', { n: i + 1 })}
                            data={countryOptions}
                            value={p.country}
                            onChange={(v) => setParticipant(i, { country: v })}
                            error={errorOf(`participants.${i}.country`)}
                            withAsterisk={p.kind === 'MEMBER_STATE'}
                            searchable
                            clearable
                            nothingFoundMessage={t('editor.nothingFound')}
                            comboboxProps={{ withinPortal: true }}
                            style={{ flex: 1, minWidth: 160 }}
                          />
                          <ActionIcon
                            variant="default"
                            mt={26}
                            size="lg"
                            aria-label={t('editor.removeParticipant', { n: i + 1 })}
                            onClick={() =>
                              set(
                                'participants',
                                form.participants.filter((_, j) => j !== i),
                              )
                            }
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      ))}
                      {errorOf('participants') ? (
                        <Text size="sm" c="red.8" id="participants-error" role="alert">
                          {errorOf('participants')}
                        </Text>
                      ) : null}
                      <div>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => set('participants', [...form.participants, { name: '', kind: 'MEMBER_STATE', country: null }])}
                        >
                          {t('editor.addParticipant')}
                        </Button>
                      </div>
                    </Stack>
                  </Fieldset>
                ) : null}
              </Stack>
            </Fieldset>
            <Fieldset legend={t('editor.where')}>
              <Stack>
                <Checkbox
                  label={t('fields.isGlobal')}
                  checked={form.isGlobal}
                  onChange={(e) => set('isGlobal', e.currentTarget.checked)}
                  error={errorOf('isGlobal')}
                />
                {!form.isGlobal ? (
                  <MultiSelect
                    label={t('fields.implementationCountries')}
                    description={t('editor.countriesHelp')}
                    data={countryOptions}
                    value={form.implementationCountries}
                    onChange={(v) => set('implementationCountries', v)}
                    error={errorOf('implementationCountries')}
                    searchable
                    clearable
                    nothingFoundMessage={t('editor.nothingFound')}
                    comboboxProps={{ withinPortal: true }}
                  />
                ) : null}
                <Select
                  label={t('fields.cycle')}
                  description={t('editor.cycleHelp')}
                  data={cycleOptions}
                  value={form.cycle}
                  onChange={(v) => set('cycle', v)}
                  error={errorOf('cycle')}
                  searchable
                  clearable
                  nothingFoundMessage={t('editor.nothingFound')}
                  comboboxProps={{ withinPortal: true }}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <ObjectiveSelects
                    ns="pledges"
                    reference={reference?.objectives ?? []}
                    objectives={form.objectives}
                    mainObjective={form.mainObjective}
                    onObjectives={(v) => set('objectives', v)}
                    onMainObjective={(v) => set('mainObjective', v)}
                    errors={{ objectives: errorOf('objectives'), mainObjective: errorOf('mainObjective') }}
                  />
                </SimpleGrid>
                <MultiSelect
                  label={t('fields.guidingPrinciples')}
                  data={principleOptions}
                  value={form.guidingPrinciples.map(String)}
                  onChange={(v) => set('guidingPrinciples', v.map(Number))}
                  error={errorOf('guidingPrinciples')}
                  searchable
                  clearable
                  comboboxProps={{ withinPortal: true }}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('editor.targetLegend')}>
              <Stack>
                <Textarea
                  label={t('fields.target')}
                  description={t('editor.targetHelp')}
                  value={form.target}
                  onChange={(e) => set('target', e.currentTarget.value)}
                  error={errorOf('target')}
                  maxLength={MAX_TARGET}
                  withAsterisk
                  autosize
                  minRows={2}
                  lang={lang}
                />
                <TextInput
                  type="date"
                  label={t('fields.targetDate')}
                  value={form.targetDate}
                  onChange={(e) => set('targetDate', e.currentTarget.value)}
                  error={errorOf('targetDate')}
                  maw={240}
                />
              </Stack>
            </Fieldset>
            {!stored ? (
              <Fieldset legend={t('editor.firstStep')}>
                <Stack>
                  <Text size="sm" c="dimmed">
                    {t('editor.firstStepHelp')}
                  </Text>
                  <StepInputs
                    step={step}
                    onChange={setStepField}
                    errorOf={(field) => errorOf(`initialUpdate.${field}`)}
                    statuses={STATUSES.filter((s) => s !== 'WITHDRAWN').map((s) => ({
                      value: s,
                      label: t(`pledgeStatus.${s}`, { ns: 'common' }),
                    }))}
                    dateHelp={t('update.dateHelp')}
                    narrativeRows={2}
                    lang={lang}
                  />
                </Stack>
              </Fieldset>
            ) : null}
            {refusal ? (
              <RefusalNotice
                title={t('editor.refusedTitle')}
                message={t(`editor.refused.${refusal.code ?? 'OTHER'}`, { defaultValue: refusal.message })}
                detail={refusal.code === 'BAD_USER_INPUT' || refusal.code === 'CONFLICT' ? undefined : refusal.message}
                lines={unshown.flatMap(([f, messages]) => messages.map((m) => `${f}: ${m}`))}
              />
            ) : null}
            <DoneNotice notice={notice} />
            {storageRefused ? <Notice color="orange">{t('draft.notKept')}</Notice> : null}
            <Group>
              <Button type="submit" loading={busy} disabled={!!conflict}>
                {stored ? t('editor.save') : t('editor.create')}
              </Button>
              {stored ? (
                <SavedState
                  dirty={dirty}
                  unsaved={t('editor.unsaved')}
                  saved={t('editor.version', { version: stored.version, date: formatDateTime(stored.updatedAt, lng) })}
                />
              ) : null}
            </Group>
          </EditorForm>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            {stored ? (
              <Paper withBorder p="md">
                <Stack gap="xs">
                  <Title order={2} size="h4">
                    {t('editor.status')}
                  </Title>
                  <Text size="sm">{t('editor.statusHelp')}</Text>
                  <Anchor component={Link} to={`/pledges/${stored.id}/update`} data-link="update">
                    {t('mine.recordUpdate')}
                  </Anchor>
                  <Anchor component={Link} to={`/pledges/${stored.id}`}>
                    {t('editor.view')}
                  </Anchor>
                </Stack>
              </Paper>
            ) : (
              <Notice color="blue">{t('editor.workflow')}</Notice>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The fields where their version and the form differ, with a choice for each; the merge saves on their version. */
function ConflictRows({
  conflict,
  mine,
  showValue,
  busy,
  onMerge,
}: {
  conflict: Conflict;
  mine: PledgeFields;
  showValue: (field: PledgeField, f: PledgeFields) => string;
  busy: boolean;
  onMerge: (conflicts: FieldConflict[], choices: Record<PledgeField, 'mine' | 'theirs'>) => void;
}) {
  const { t, i18n } = useTranslation('pledges');
  const theirs = fieldsOfPledge(conflict.theirs);
  const conflicts = conflictsOf(conflict.base, mine, theirs);
  return (
    <MergeNotice<PledgeField>
      title={t('conflict.title')}
      intro={`${t('conflict.intro', { version: conflict.theirs.version, date: formatDateTime(conflict.theirs.updatedAt, i18n.language) })} ${t('conflict.kept')}`}
      rows={conflicts.map((c) => ({
        field: c.field,
        label: t(`fields.${c.field}`),
        theirs: showValue(c.field, theirs),
        mine: showValue(c.field, mine),
        proposed: c.proposed,
        changedByThem: c.changedByThem,
      }))}
      mergeLabel={t('conflict.saveMerged', { version: conflict.theirs.version })}
      onMerge={(choices) => onMerge(conflicts, choices)}
      busy={busy}
    />
  );
}
