import {
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { SignedInAccount } from '../../app/session';
import { ObjectiveSelects, WritingLanguageSelect } from '../../components/EditorFields';
import { DoneNotice, EditorForm, EditorHeading, LoadFailure, RefusalNotice, SavedState } from '../../components/EditorPage';
import { Notice } from '../../components/Notice';
import { useReference } from '../../components/reference.query';
import type { ResultOf } from '../../graphql/graphql';
import { apiErrorOf, toFormErrors } from '../../lib/field-errors';
import { apiLanguage } from '../../lib/i18n';
import { type CarriedNotice, useEditedRecord } from '../../lib/use-edited-record';
import { RequireAccount } from '../accounts/RequireAccount';
import { formatDateTime } from '../reports/format-time';
import { focusFirstInvalid } from '../review/focus-invalid';
import {
  changedFields,
  createInput,
  emptyPractice,
  fieldsOfPractice,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_TEXT,
  MAX_TITLE,
  mayEdit,
  maySubmit,
  mergeOnConflict,
  MIN_SUMMARY,
  MIN_TITLE,
  missingFields,
  PRACTICE_TYPES,
  type PracticeField,
  type PracticeFields,
  returnComment,
  SCOPES,
  updateInput,
  WRITING_LANGUAGES,
} from './practice-fields';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import {
  CreatePracticeMutation,
  EditedPracticeQuery,
  PrincipleOptionsQuery,
  SubmitPracticeMutation,
  UpdatePracticeMutation,
} from './practices.operations';
import { ReviewThread } from './ReviewThread';

type EditedPractice = ResultOf<typeof EditedPracticeQuery>['goodPractice'];

/** Where each of the API's field errors is shown (`input.` on create and update; none on submit). */
const FIELD_PATHS: Record<string, PracticeField> = {
  'input.title': 'title',
  'input.summary': 'summary',
  'input.language': 'language',
  'input.scope': 'scope',
  'input.countries': 'countries',
  'input.regions': 'regions',
  'input.ownerCountry': 'ownerCountry',
  'input.implementingPartners': 'implementingPartners',
  'input.practiceType': 'practiceType',
  'input.objectives': 'objectives',
  'input.mainObjective': 'mainObjective',
  'input.guidingPrinciples': 'guidingPrinciples',
  'input.sdgs': 'sdgs',
  'input.startYear': 'startYear',
  'input.endYear': 'endYear',
  'input.results': 'results',
  'input.lessonsLearned': 'lessonsLearned',
  'input.links': 'links',
  results: 'results',
  lessonsLearned: 'lessonsLearned',
};

/** A focal point drafts, edits and submits its country's good practices (the secretariat may edit any). */
export function PracticeEditorPage() {
  return <RequireAccount>{(account) => <PracticeEditorFor account={account} />}</RequireAccount>;
}

function PracticeEditorFor({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation('practices');
  const id = useParams().id ?? null;
  const [{ data, error }] = useQuery({
    query: EditedPracticeQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  if (account.role !== 'FOCAL_POINT' && account.role !== 'SECRETARIAT') return <Notice color="blue">{t('editor.forFocalPoints')}</Notice>;
  if (!id) return <PracticeEditor key="new" account={account} initial={null} />;
  if (error) return <LoadFailure error={error} notFound={t('notFound')} />;
  if (!data) return <Skeleton height={600} />;
  return <PracticeEditor key={data.goodPractice.id} account={account} initial={data.goodPractice} />;
}

interface Conflict {
  taken: PracticeField[];
  bothChanged: PracticeField[];
  theirs: PracticeFields;
  version: number;
}

function PracticeEditor({ account, initial }: { account: SignedInAccount; initial: EditedPractice | null }) {
  const { t, i18n } = useTranslation('practices');
  const lng = i18n.language;
  const client = useClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const reference = useReference(lng).data;
  const [{ data: principles }] = useQuery({ query: PrincipleOptionsQuery, variables: { lang: apiLanguage(lng) } });
  const isSecretariat = account.role === 'SECRETARIAT';

  const editor = useEditedRecord<EditedPractice, PracticeFields, Conflict>({
    initial,
    fieldsOf: fieldsOfPractice,
    blank: emptyPractice(account.country),
  });
  const { stored, setStored, base, setBase, form, setForm, set, local, setLocal, conflict, setConflict } = editor;
  const { notice, setNotice, refusal, setRefusal, accept } = editor;
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const practice = stored ? { status: stored.status, ownerCountryIso3: stored.ownerCountryIso3 } : null;
  const editable = practice ? mayEdit(account, practice) : true;
  const submittable = practice ? maySubmit(account, practice) : true;
  const dirty = base ? changedFields(base, form).length > 0 : true;

  const apiErrors = useMemo(
    () => toFormErrors<PracticeField>(refusal, FIELD_PATHS, (_field, _code, messages) => messages.join('; ')),
    [refusal],
  );
  const errorOf = (field: PracticeField): string | undefined => local[field] ?? apiErrors.errors[field];

  const check = (): boolean => {
    const missing = missingFields(form);
    const errors: Partial<Record<PracticeField, string>> = {};
    for (const [field, problem] of Object.entries(missing) as [PracticeField, string][]) errors[field] = t(`editor.errors.${problem}`);
    setLocal(errors);
    return Object.keys(errors).length === 0;
  };

  /** Someone saved first: carry on from their version, keeping the user's changes. */
  const meetConflict = async () => {
    if (!stored || !base) return;
    const res = await client.query(EditedPracticeQuery, { id: stored.id }, { requestPolicy: 'network-only' }).toPromise();
    const current = res.data?.goodPractice;
    if (!current) {
      setRefusal({ code: 'CONFLICT', message: t('editor.errors.CONFLICT'), fields: [] });
      return;
    }
    const theirs = fieldsOfPractice(current);
    const merged = mergeOnConflict(base, form, theirs);
    setStored(current);
    setBase(theirs);
    setForm(merged.form);
    setConflict({ taken: merged.taken, bothChanged: merged.bothChanged, theirs, version: current.version });
  };

  /** Saves the form: creates the practice or updates it on the version read; the saved practice, or null. */
  const save = async (): Promise<EditedPractice | null> => {
    setRefusal(null);
    setNotice(null);
    if (stored && base && !dirty) return stored;
    const res =
      stored && base
        ? await client
            .mutation(UpdatePracticeMutation, { id: stored.id, version: stored.version, input: updateInput(base, form) as never })
            .toPromise()
        : await client.mutation(CreatePracticeMutation, { input: createInput(form, isSecretariat) as never }).toPromise();
    if (res.error) {
      const r = apiErrorOf(res.error);
      if (r.code === 'CONFLICT') await meetConflict();
      else setRefusal(r);
      return null;
    }
    const saved = res.data && ('updateGoodPractice' in res.data ? res.data.updateGoodPractice : res.data.createGoodPractice);
    if (!saved) return null;
    if (stored) accept(saved);
    return saved;
  };

  /** A new practice gets its own address (a reload or a shared link opens it again); the page says there what happened. */
  const moveToOwnAddress = (id: string, state: CarriedNotice) => void navigate(`/practices/${id}/edit`, { replace: true, state });

  const onSave = async () => {
    if (!check()) return focusFirstInvalid(formRef.current);
    setBusy('save');
    const saved = await save();
    setBusy(null);
    if (!saved) return focusFirstInvalid(formRef.current);
    const said = t('editor.saved', { version: saved.version });
    if (!stored) moveToOwnAddress(saved.id, { notice: said });
    else setNotice(said);
  };

  const onSubmit = async () => {
    if (!check()) return focusFirstInvalid(formRef.current);
    setBusy('submit');
    const saved = await save();
    if (!saved) {
      setBusy(null);
      return focusFirstInvalid(formRef.current);
    }
    const res = await client.mutation(SubmitPracticeMutation, { id: saved.id, version: saved.version }).toPromise();
    setBusy(null);
    const r = res.error ? apiErrorOf(res.error) : null;
    if (!stored) return moveToOwnAddress(saved.id, r ? { refusal: r } : { notice: t('editor.submitted') });
    if (r) {
      if (r.code === 'CONFLICT') await meetConflict();
      else setRefusal(r);
      focusFirstInvalid(formRef.current);
    } else if (res.data) {
      accept(res.data.submitGoodPractice);
      setNotice(t('editor.submitted'));
    }
  };

  const countryOptions = (reference?.countries.nodes ?? []).map((c) => ({ value: c.iso3, label: c.name }));
  const regionOptions = ['REVIEW', 'GEOGRAPHIC'].map((scheme) => ({
    group: t(`scheme.${scheme}`),
    items: (reference?.regions ?? []).filter((r) => r.scheme === scheme).map((r) => ({ value: r.code, label: r.name })),
  }));
  const principleOptions = (principles?.guidingPrinciples ?? []).map((g) => ({ value: String(g.number), label: g.name }));
  const sdgOptions = Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: t('editor.sdg', { number: i + 1 }) }));
  const fieldLabel = (f: PracticeField) => t(`fields.${f}`);
  const comment = stored?.status === 'RETURNED' ? returnComment(stored.reviewHistory) : null;
  const shownFields = new Set(Object.values(FIELD_PATHS));
  const years = { min: FIRST_YEAR, max: LAST_YEAR, allowDecimal: false, allowNegative: false, hideControls: true } as const;
  const lang = form.language.toLowerCase();

  return (
    <Stack>
      <EditorHeading
        back={isSecretariat ? '/practices' : '/my-practices'}
        backLabel={isSecretariat ? t('backToList') : t('mine.back')}
        title={stored ? t('editor.editTitle') : t('editor.newTitle')}
        subtitle={
          stored ? (
            <Text c="dimmed" lang={stored.language.toLowerCase()}>
              {stored.title}
            </Text>
          ) : (
            <Text c="dimmed">{t('editor.newIntro', { country: account.country ?? '–' })}</Text>
          )
        }
        status={stored ? <PracticeStatusBadge status={stored.status} /> : null}
      />
      {comment ? (
        <Notice color="red" title={t('editor.returnedTitle')} data-notice="returned">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment}
          </Text>
          <Text size="sm" mt="xs">
            {t('editor.returnedHelp')}
          </Text>
        </Notice>
      ) : null}
      {stored && !editable ? (
        <Notice color="blue" title={t('editor.readOnlyTitle')} data-notice="read-only">
          {t(`editor.readOnly.${stored.status}`)}{' '}
          <Anchor component={Link} to={`/practices/${stored.id}`}>
            {t('actions.view')}
          </Anchor>
        </Notice>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <EditorForm formRef={formRef} titleId="practice-form-title" title={t('editor.formTitle')} onSubmit={() => void onSave()}>
            {conflict ? (
              <Notice color="orange" role="alert" title={t('editor.conflict.title')} data-notice="conflict">
                <Stack gap="xs">
                  <Text size="sm">{t('editor.conflict.intro', { version: conflict.version })}</Text>
                  {conflict.taken.length ? (
                    <Text size="sm">{t('editor.conflict.taken', { fields: conflict.taken.map(fieldLabel).join(', ') })}</Text>
                  ) : null}
                  {conflict.bothChanged.length ? (
                    <>
                      <Text size="sm">{t('editor.conflict.both')}</Text>
                      <List size="sm">
                        {conflict.bothChanged.map((f) => (
                          <List.Item key={f}>
                            {fieldLabel(f)}{' '}
                            <Button
                              size="compact-xs"
                              variant="default"
                              onClick={() => {
                                set(f, conflict.theirs[f]);
                                setConflict((c) => c && { ...c, bothChanged: c.bothChanged.filter((x) => x !== f) });
                              }}
                            >
                              {t('editor.conflict.takeTheirs')}
                            </Button>
                          </List.Item>
                        ))}
                      </List>
                    </>
                  ) : null}
                  <Text size="sm">{t('editor.conflict.saveAgain')}</Text>
                </Stack>
              </Notice>
            ) : null}
            <TextInput
              label={t('fields.title')}
              value={form.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errorOf('title')}
              description={t('editor.titleHelp', { min: MIN_TITLE, max: MAX_TITLE })}
              maxLength={MAX_TITLE}
              withAsterisk
              readOnly={!editable}
              lang={lang}
            />
            <Textarea
              label={t('fields.summary')}
              description={t('editor.summaryHelp', { min: MIN_SUMMARY, count: form.summary.trim().length })}
              value={form.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
              error={errorOf('summary')}
              maxLength={MAX_TEXT}
              withAsterisk
              readOnly={!editable}
              autosize
              minRows={4}
              lang={lang}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <WritingLanguageSelect
                ns="practices"
                languages={WRITING_LANGUAGES}
                value={form.language}
                onChange={(v) => set('language', v)}
                error={errorOf('language')}
                disabled={!editable}
              />
              <Select
                label={t('fields.practiceType')}
                data={PRACTICE_TYPES.map((p) => ({ value: p, label: t(`types.${p}`) }))}
                value={form.practiceType}
                onChange={(v) => set('practiceType', v as PracticeFields['practiceType'])}
                error={errorOf('practiceType')}
                withAsterisk
                disabled={!editable}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('fields.scope')}
                description={t(`editor.scopeHelp.${form.scope}`)}
                data={SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
                value={form.scope}
                onChange={(v) => v && set('scope', v as PracticeFields['scope'])}
                error={errorOf('scope')}
                allowDeselect={false}
                disabled={!editable}
                comboboxProps={{ withinPortal: true }}
              />
              {isSecretariat && !stored ? (
                <Select
                  label={t('fields.ownerCountry')}
                  description={t('editor.ownerHelp')}
                  data={countryOptions}
                  value={form.ownerCountry}
                  onChange={(v) => set('ownerCountry', v)}
                  error={errorOf('ownerCountry')}
                  searchable
                  clearable
                  comboboxProps={{ withinPortal: true }}
                />
              ) : null}
            </SimpleGrid>
            {form.scope !== 'GLOBAL' ? (
              <MultiSelect
                label={t('fields.countries')}
                description={t(form.scope === 'NATIONAL' ? 'editor.countriesHelp' : 'editor.countriesOptional')}
                data={countryOptions}
                value={form.countries}
                onChange={(v) => set('countries', v)}
                error={errorOf('countries')}
                withAsterisk={form.scope === 'NATIONAL'}
                searchable
                clearable
                disabled={!editable}
                nothingFoundMessage={t('editor.nothingFound')}
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
            {form.scope === 'REGIONAL' ? (
              <MultiSelect
                label={t('fields.regions')}
                data={regionOptions}
                value={form.regions}
                onChange={(v) => set('regions', v)}
                error={errorOf('regions')}
                withAsterisk
                searchable
                clearable
                disabled={!editable}
                nothingFoundMessage={t('editor.nothingFound')}
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ObjectiveSelects
                ns="practices"
                reference={reference?.objectives ?? []}
                objectives={form.objectives}
                mainObjective={form.mainObjective}
                onObjectives={(v) => set('objectives', v)}
                onMainObjective={(v) => set('mainObjective', v)}
                errors={{ objectives: errorOf('objectives'), mainObjective: errorOf('mainObjective') }}
                disabled={!editable}
              />
              <MultiSelect
                label={t('fields.guidingPrinciples')}
                data={principleOptions}
                value={form.guidingPrinciples.map(String)}
                onChange={(v) => set('guidingPrinciples', v.map(Number))}
                error={errorOf('guidingPrinciples')}
                searchable
                clearable
                disabled={!editable}
                comboboxProps={{ withinPortal: true }}
              />
              <MultiSelect
                label={t('fields.sdgs')}
                data={sdgOptions}
                value={form.sdgs.map(String)}
                onChange={(v) => set('sdgs', v.map(Number))}
                error={errorOf('sdgs')}
                searchable
                clearable
                disabled={!editable}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('fields.startYear')}
                value={form.startYear ?? ''}
                onChange={(v) => set('startYear', typeof v === 'number' ? v : null)}
                error={errorOf('startYear')}
                withAsterisk
                readOnly={!editable}
                {...years}
              />
              <NumberInput
                label={t('fields.endYear')}
                value={form.ongoing ? '' : (form.endYear ?? '')}
                onChange={(v) => set('endYear', typeof v === 'number' ? v : null)}
                error={errorOf('endYear')}
                disabled={form.ongoing || !editable}
                {...years}
              />
              <Checkbox
                mt={{ base: 0, sm: 30 }}
                label={t('fields.ongoing')}
                checked={form.ongoing}
                onChange={(e) => set('ongoing', e.currentTarget.checked)}
                disabled={!editable}
              />
            </SimpleGrid>
            <TagsInput
              label={t('fields.implementingPartners')}
              description={t('editor.tagsHelp')}
              value={form.implementingPartners}
              onChange={(v) => set('implementingPartners', v)}
              error={errorOf('implementingPartners')}
              disabled={!editable}
              maxTags={50}
              clearable
            />
            <Textarea
              label={t('fields.results')}
              description={t('editor.neededToSubmit')}
              value={form.results}
              onChange={(e) => set('results', e.currentTarget.value)}
              error={errorOf('results')}
              maxLength={MAX_TEXT}
              readOnly={!editable}
              autosize
              minRows={3}
              lang={lang}
            />
            <Textarea
              label={t('fields.lessonsLearned')}
              description={t('editor.neededToSubmit')}
              value={form.lessonsLearned}
              onChange={(e) => set('lessonsLearned', e.currentTarget.value)}
              error={errorOf('lessonsLearned')}
              maxLength={MAX_TEXT}
              readOnly={!editable}
              autosize
              minRows={3}
              lang={lang}
            />
            <TagsInput
              label={t('fields.links')}
              description={t('editor.linksHelp')}
              value={form.links}
              onChange={(v) => set('links', v)}
              error={errorOf('links')}
              disabled={!editable}
              maxTags={20}
              clearable
            />
            {refusal ? (
              <RefusalNotice
                title={t('editor.errors.title')}
                message={t(`editor.errors.${refusal.code ?? 'OTHER'}`, { defaultValue: refusal.message })}
                detail={refusal.code === 'BAD_USER_INPUT' ? undefined : refusal.message}
                lines={apiErrors.unmatched
                  .filter((e) => !shownFields.has(e.field as PracticeField))
                  .flatMap((e) => e.messages.map((m) => `${e.field}: ${m}`))}
              />
            ) : null}
            <DoneNotice notice={notice} />
            {editable ? (
              <Group>
                <Button type="submit" variant="default" loading={busy === 'save'}>
                  {t('editor.save')}
                </Button>
                {submittable ? (
                  <Button type="button" onClick={() => void onSubmit()} loading={busy === 'submit'}>
                    {stored?.status === 'RETURNED' ? t('editor.resubmit') : t('editor.submit')}
                  </Button>
                ) : null}
                {stored ? (
                  <SavedState
                    dirty={dirty}
                    unsaved={t('editor.unsaved')}
                    saved={t('editor.version', { version: stored.version, date: formatDateTime(stored.updatedAt, lng) })}
                  />
                ) : null}
              </Group>
            ) : null}
          </EditorForm>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            {stored ? <ReviewThread steps={stored.reviewHistory ?? []} /> : <Notice color="blue">{t('editor.workflow')}</Notice>}
            {stored ? (
              <Anchor component={Link} to={`/practices/${stored.id}`} size="sm">
                {t('actions.view')}
              </Anchor>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
