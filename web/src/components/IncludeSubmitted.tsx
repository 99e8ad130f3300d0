import { Alert, Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';

/**
 * The option analysts and the secretariat have on every page of figures: count the submitted
 * entries not yet validated too (the API's `includeSubmitted`). Nothing for other callers.
 */
export function IncludeSubmittedOption({ checked, onChange }: { checked: boolean; onChange: (include: boolean) => void }) {
  const { t } = useTranslation();
  const { canAnalyse } = useSession();
  if (!canAnalyse) return null;
  return <Checkbox label={t('submitted.include')} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

/** Said above figures that count submitted entries (the answer's `includesSubmitted`). */
export function IncludesSubmittedNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('submitted.noticeTitle')}>
      {t('basis.withSubmitted')}
    </Alert>
  );
}
