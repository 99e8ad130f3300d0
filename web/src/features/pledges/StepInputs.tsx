import { Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_NARRATIVE, type StepFields, todayUtc } from './pledge-fields';

/**
 * The fields of a step in a pledge's implementation (its status, date, narrative and evidence):
 * the first step in the editor of a new pledge, the next one on the pledge's update page.
 */
export function StepInputs({
  step,
  onChange,
  errorOf,
  statuses,
  statusHelp,
  dateHelp,
  earliest,
  narrativeHelp,
  narrativeRequired = false,
  narrativeRows,
  lang,
}: {
  step: StepFields;
  onChange: <F extends keyof StepFields>(field: F, value: StepFields[F]) => void;
  errorOf: (field: keyof StepFields) => string | undefined;
  statuses: { value: StepFields['status']; label: string }[];
  statusHelp?: string;
  dateHelp: string;
  /** The earliest date the step may have (the date of the status it follows). */
  earliest?: string;
  narrativeHelp?: string;
  narrativeRequired?: boolean;
  narrativeRows: number;
  lang: string;
}) {
  const { t } = useTranslation('pledges');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('update.status')}
          description={statusHelp}
          data={statuses}
          value={step.status}
          onChange={(v) => v && onChange('status', v as StepFields['status'])}
          error={errorOf('status')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t('update.date')}
          description={dateHelp}
          value={step.date}
          min={earliest}
          max={todayUtc()}
          onChange={(e) => onChange('date', e.currentTarget.value)}
          error={errorOf('date')}
        />
      </SimpleGrid>
      <Textarea
        label={t('update.narrative')}
        description={narrativeHelp}
        value={step.narrative}
        onChange={(e) => onChange('narrative', e.currentTarget.value)}
        error={errorOf('narrative')}
        maxLength={MAX_NARRATIVE}
        withAsterisk={narrativeRequired}
        autosize
        minRows={narrativeRows}
        lang={lang}
      />
      <TagsInput
        label={t('update.evidenceLinks')}
        description={t('update.linksHelp')}
        value={step.evidenceLinks}
        onChange={(v) => onChange('evidenceLinks', v)}
        error={errorOf('evidenceLinks')}
        maxTags={20}
        clearable
      />
    </>
  );
}
