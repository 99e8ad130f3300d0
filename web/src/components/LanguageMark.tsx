import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiLanguage } from '../lib/i18n';

/** Marks a text the API served in another language than asked (its `…Language` field). */
export function LanguageMark({ served }: { served: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!served || served === apiLanguage(i18n.language)) return null;
  const code = served.toLowerCase();
  return (
    <Badge size="xs" variant="outline" color="dark" ml={4} title={t('language.servedIn', { language: t(`languages.${code}`) })}>
      {t('language.mark', { code: served })}
    </Badge>
  );
}

/** A text followed by its mark when the API served it in another language than asked. */
export function MarkedText({ text, served }: { text: string; served: string | null | undefined }) {
  return (
    <>
      {text}
      <LanguageMark served={served} />
    </>
  );
}
