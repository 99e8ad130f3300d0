import { Notice } from './Notice';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { todayUtc, windowStatus, type WindowDates } from './reporting-window';

export interface ReportWindow extends WindowDates {
  extensionReason: string | null;
}

/** The window in one line: its dates, the days left, and an extension with its reason. */
export function WindowSummary({ window }: { window: ReportWindow }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const status = windowStatus(window, todayUtc());
  return (
    <Text size="sm" data-window={status.kind}>
      {window.opensOn && window.closesOn
        ? t('window.dates', { opens: formatDate(window.opensOn, lng), closes: formatDate(window.closesOn, lng) })
        : t('window.noDates')}{' '}
      {status.kind === 'open' ? <strong>{t('window.daysLeft', { count: status.daysLeft })}</strong> : null}
      {status.kind === 'notYetOpen' ? <strong>{t('window.opensIn', { count: status.daysUntilOpen })}</strong> : null}
      {status.kind === 'closed' ? <strong>{t('window.closed')}</strong> : null}
      {window.extendedTo ? (
        <>
          <br />
          {t('window.extended', { date: formatDate(window.extendedTo, lng) })}
          {window.extensionReason ? ` ${t('window.extensionReason', { reason: window.extensionReason })}` : ''}
        </>
      ) : null}
    </Text>
  );
}

/** Why a focal point cannot act now, with the dates; nothing while the window is open. */
export function WindowClosedNotice({ window, cycleName }: { window: ReportWindow; cycleName: string }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const status = windowStatus(window, todayUtc());
  if (status.kind === 'open') return null;
  const text =
    status.kind === 'none'
      ? t('window.outside.none', { cycle: cycleName })
      : status.kind === 'notYetOpen'
        ? t('window.outside.notYetOpen', {
            cycle: cycleName,
            opens: formatDate(status.opensOn, lng),
            closes: formatDate(window.countryClosesOn ?? window.closesOn, lng),
          })
        : t('window.outside.closed', {
            cycle: cycleName,
            opens: formatDate(window.opensOn, lng),
            closed: formatDate(status.closedOn, lng),
          });
  return (
    <Notice color="orange" title={t('window.outside.title')} data-notice="window">
      {text}
      {status.kind === 'closed' && window.extendedTo ? ` ${t('window.outside.extensionIncluded')}` : ''}
      {status.kind !== 'notYetOpen' ? ` ${t('window.outside.askExtension')}` : ''}
    </Notice>
  );
}
