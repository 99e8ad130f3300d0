import { Language } from '../../common/i18n/language.js';
import { NotificationKind } from './notification.enums.js';

/** One event of a mail, its names already in the recipient's language. */
export interface MailItem {
  kind: NotificationKind;
  /** The country's short name. */
  country?: string | null;
  /** The review cycle, as cycleLabel words it. */
  cycle?: string | null;
  /** The objective, as objectiveLabel words it. */
  objective?: string | null;
  /** A good practice's title. */
  title?: string | null;
  /** The secretariat's comment or reason. */
  comment?: string | null;
  /** Where to open the subject (or, for an account, the single-use link to set the password). */
  link: string;
  /** When a password link stops working. */
  expiresAt?: Date | null;
  /** A reminder's date (YYYY-MM-DD): the window's last day or the pledge's target date. */
  date?: string | null;
  /** A reminder's days: left before the window closes, or waited for review. */
  days?: number | null;
  /** What a report still lacks. */
  work?: { draft: number; returned: number; missing: number } | null;
}

export interface MailRecipient {
  displayName: string;
  language: Language;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Words = {
  /** Subject and first line of one item. */
  subject: Record<NotificationKind, (i: MailItem) => string>;
  sentence: Record<NotificationKind, (i: MailItem, when: string) => string>;
  grouped: (n: number) => string;
  groupedIntro: string;
  digest: (n: number) => string;
  digestIntro: string;
  comment: string;
  reason: string;
  open: string;
  hello: (name: string) => string;
  footer: (settings: string) => string;
};

const where = (i: MailItem): string => [i.country, i.cycle].filter(Boolean).join(', ');

const plural = (n: number | null | undefined, one: string, many: string): string => `${n ?? 0} ${n === 1 ? one : many}`;

/** A reminder's day (the window's last day, the pledge's target date) in the recipient's words, e.g. "31 March 2025". */
const day = (lang: Language, i: MailItem): string => (i.date ? formatDay(lang, i.date) : '');

const WORK_WORDS: Record<Language, { draft: [string, string]; returned: [string, string]; missing: [string, string] }> = {
  [Language.EN]: {
    draft: ['draft', 'drafts'],
    returned: ['entry returned for changes', 'entries returned for changes'],
    missing: ['objective not reported on', 'objectives not reported on'],
  },
  [Language.FR]: {
    draft: ['brouillon', 'brouillons'],
    returned: ['entrée renvoyée pour modification', 'entrées renvoyées pour modification'],
    missing: ['objectif sans entrée', 'objectifs sans entrée'],
  },
  [Language.ES]: {
    draft: ['borrador', 'borradores'],
    returned: ['entrada devuelta para cambios', 'entradas devueltas para cambios'],
    missing: ['objetivo sin entrada', 'objetivos sin entrada'],
  },
};

/** What a report still lacks, e.g. "2 drafts, 20 objectives not reported on". */
function work(lang: Language, i: MailItem): string {
  const w = WORK_WORDS[lang];
  const parts: string[] = [];
  for (const key of ['draft', 'returned', 'missing'] as const) {
    const n = i.work?.[key] ?? 0;
    if (n > 0) parts.push(plural(n, ...w[key]));
  }
  return parts.join(', ');
}

const WORDS: Record<Language, Words> = {
  [Language.EN]: {
    subject: {
      [NotificationKind.ENTRY_RETURNED]: (i) => `Returned for changes: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `Submitted for review: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `Validated: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_REOPENED]: (i) => `Reopened: ${i.objective} (${where(i)})`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `Good practice returned for changes: ${i.title}`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) => `Good practice submitted for review: ${i.title}`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `Good practice published: ${i.title}`,
      [NotificationKind.ACCOUNT_CREATED]: () => 'Your GCM Tracker account: set your password',
      [NotificationKind.PASSWORD_RESET]: () => 'GCM Tracker: set a new password',
      [NotificationKind.PASSWORD_RESET_REQUESTED]: () => 'GCM Tracker: reset your password',
      [NotificationKind.WINDOW_CLOSING]: (i) => `Reporting closes in ${plural(i.days, 'day', 'days')}: ${i.cycle}`,
      [NotificationKind.WINDOW_CLOSED]: (i) => `Reporting has closed with work left: ${i.cycle}`,
      [NotificationKind.REPORT_UNFINISHED]: (i) => `Unfinished report: ${where(i)}`,
      [NotificationKind.REVIEW_WAITING]: (i) => `Waiting for review for ${plural(i.days, 'day', 'days')}: ${i.objective} (${where(i)})`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) => `Pledge past its target date: ${i.title}`,
    },
    sentence: {
      [NotificationKind.ENTRY_RETURNED]: (i) =>
        `The secretariat returned ${i.country}'s entry on ${i.objective} for ${i.cycle} for changes.`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `${i.country} submitted its entry on ${i.objective} for ${i.cycle}.`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `The secretariat validated ${i.country}'s entry on ${i.objective} for ${i.cycle}.`,
      [NotificationKind.ENTRY_REOPENED]: (i) =>
        `The secretariat reopened ${i.country}'s validated entry on ${i.objective} for ${i.cycle}: it is back with the country for changes.`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `The secretariat returned the good practice "${i.title}" for changes.`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) =>
        `The good practice "${i.title}"${i.country ? ` (${i.country})` : ''} was submitted for review.`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `The secretariat published the good practice "${i.title}".`,
      [NotificationKind.ACCOUNT_CREATED]: (_i, when) =>
        `An account was created for you on GCM Tracker. Set your password with the link below. It works once, until ${when}.`,
      [NotificationKind.PASSWORD_RESET]: (_i, when) =>
        `Your GCM Tracker password was reset. Set a new one with the link below. It works once, until ${when}.`,
      [NotificationKind.PASSWORD_RESET_REQUESTED]: (_i, when) =>
        `Someone, most likely you, asked to reset your GCM Tracker password. Set a new one with the link below. It works once, until ${when}. If you did not ask, ignore this mail: your password has not changed.`,
      [NotificationKind.WINDOW_CLOSING]: (i) =>
        `Reporting for ${i.cycle} closes for ${i.country} on ${day(Language.EN, i)} (in ${plural(i.days, 'day', 'days')}). The report still has work left: ${work(Language.EN, i)}.`,
      [NotificationKind.WINDOW_CLOSED]: (i) =>
        `Reporting for ${i.cycle} closed for ${i.country} on ${day(Language.EN, i)} with work left in the report: ${work(Language.EN, i)}. Ask the secretariat for an extension to finish it.`,
      [NotificationKind.REPORT_UNFINISHED]: (i) =>
        `Reporting for ${i.cycle} closed for ${i.country} on ${day(Language.EN, i)} with work left in its report: ${work(Language.EN, i)}. You may extend its window.`,
      [NotificationKind.REVIEW_WAITING]: (i) =>
        `${i.country}'s entry on ${i.objective} for ${i.cycle} has waited ${plural(i.days, 'day', 'days')} for review.`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) =>
        `The pledge "${i.title}" passed its target date, ${day(Language.EN, i)}, without being fulfilled. Record a status update.`,
    },
    grouped: (n) => `${n} submissions to review`,
    groupedIntro: 'These were submitted for review:',
    digest: (n) => `GCM Tracker daily digest: ${n} notifications`,
    digestIntro: 'Since your last digest:',
    comment: 'Comment',
    reason: 'Reason',
    open: 'Open',
    hello: (name) => `Hello ${name},`,
    footer: (settings) => `GCM Tracker sends you this mail as your notification settings ask. Change them at ${settings}.`,
  },
  [Language.FR]: {
    subject: {
      [NotificationKind.ENTRY_RETURNED]: (i) => `Renvoyée pour modification : ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `Soumise pour examen : ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `Validée : ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_REOPENED]: (i) => `Rouverte : ${i.objective} (${where(i)})`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `Bonne pratique renvoyée pour modification : ${i.title}`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) => `Bonne pratique soumise pour examen : ${i.title}`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `Bonne pratique publiée : ${i.title}`,
      [NotificationKind.ACCOUNT_CREATED]: () => 'Votre compte GCM Tracker : choisissez votre mot de passe',
      [NotificationKind.PASSWORD_RESET]: () => 'GCM Tracker : choisissez un nouveau mot de passe',
      [NotificationKind.PASSWORD_RESET_REQUESTED]: () => 'GCM Tracker : réinitialisez votre mot de passe',
      [NotificationKind.WINDOW_CLOSING]: (i) => `Les rapports se clôturent dans ${plural(i.days, 'jour', 'jours')} : ${i.cycle}`,
      [NotificationKind.WINDOW_CLOSED]: (i) => `Rapports clôturés avec du travail restant : ${i.cycle}`,
      [NotificationKind.REPORT_UNFINISHED]: (i) => `Rapport inachevé : ${where(i)}`,
      [NotificationKind.REVIEW_WAITING]: (i) =>
        `En attente d’examen depuis ${plural(i.days, 'jour', 'jours')} : ${i.objective} (${where(i)})`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) => `Engagement dont la date cible est dépassée : ${i.title}`,
    },
    sentence: {
      [NotificationKind.ENTRY_RETURNED]: (i) =>
        `Le secrétariat a renvoyé pour modification l’entrée de ${i.country} sur ${i.objective} pour ${i.cycle}.`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `${i.country} a soumis son entrée sur ${i.objective} pour ${i.cycle}.`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `Le secrétariat a validé l’entrée de ${i.country} sur ${i.objective} pour ${i.cycle}.`,
      [NotificationKind.ENTRY_REOPENED]: (i) =>
        `Le secrétariat a rouvert l’entrée validée de ${i.country} sur ${i.objective} pour ${i.cycle} : elle revient au pays pour modification.`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `Le secrétariat a renvoyé pour modification la bonne pratique « ${i.title} ».`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) =>
        `La bonne pratique « ${i.title} »${i.country ? ` (${i.country})` : ''} a été soumise pour examen.`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `Le secrétariat a publié la bonne pratique « ${i.title} ».`,
      [NotificationKind.ACCOUNT_CREATED]: (_i, when) =>
        `Un compte a été créé pour vous sur GCM Tracker. Choisissez votre mot de passe avec le lien ci-dessous. Il ne sert qu’une fois, jusqu’au ${when}.`,
      [NotificationKind.PASSWORD_RESET]: (_i, when) =>
        `Votre mot de passe GCM Tracker a été réinitialisé. Choisissez-en un nouveau avec le lien ci-dessous. Il ne sert qu’une fois, jusqu’au ${when}.`,
      [NotificationKind.PASSWORD_RESET_REQUESTED]: (_i, when) =>
        `Quelqu’un, sans doute vous, a demandé à réinitialiser votre mot de passe GCM Tracker. Choisissez-en un nouveau avec le lien ci-dessous. Il ne sert qu’une fois, jusqu’au ${when}. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe n’a pas changé.`,
      [NotificationKind.WINDOW_CLOSING]: (i) =>
        `Les rapports pour ${i.cycle} se clôturent pour ${i.country} le ${day(Language.FR, i)} (dans ${plural(i.days, 'jour', 'jours')}). Il reste du travail dans le rapport : ${work(Language.FR, i)}.`,
      [NotificationKind.WINDOW_CLOSED]: (i) =>
        `Les rapports pour ${i.cycle} ont été clôturés pour ${i.country} le ${day(Language.FR, i)} avec du travail restant : ${work(Language.FR, i)}. Demandez une prolongation au secrétariat pour terminer le rapport.`,
      [NotificationKind.REPORT_UNFINISHED]: (i) =>
        `Les rapports pour ${i.cycle} ont été clôturés pour ${i.country} le ${day(Language.FR, i)} avec du travail restant : ${work(Language.FR, i)}. Vous pouvez prolonger sa période de rapport.`,
      [NotificationKind.REVIEW_WAITING]: (i) =>
        `L’entrée de ${i.country} sur ${i.objective} pour ${i.cycle} attend un examen depuis ${plural(i.days, 'jour', 'jours')}.`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) =>
        `L’engagement « ${i.title} » a dépassé sa date cible, le ${day(Language.FR, i)}, sans être réalisé. Enregistrez une mise à jour de son état.`,
    },
    grouped: (n) => `${n} soumissions à examiner`,
    groupedIntro: 'Ces éléments ont été soumis pour examen :',
    digest: (n) => `Résumé quotidien de GCM Tracker : ${n} notifications`,
    digestIntro: 'Depuis votre dernier résumé :',
    comment: 'Commentaire',
    reason: 'Motif',
    open: 'Ouvrir',
    hello: (name) => `Bonjour ${name},`,
    footer: (settings) => `GCM Tracker vous envoie ce message selon vos préférences de notification. Modifiez-les sur ${settings}.`,
  },
  [Language.ES]: {
    subject: {
      [NotificationKind.ENTRY_RETURNED]: (i) => `Devuelta para cambios: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `Presentada para examen: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `Validada: ${i.objective} (${where(i)})`,
      [NotificationKind.ENTRY_REOPENED]: (i) => `Reabierta: ${i.objective} (${where(i)})`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `Buena práctica devuelta para cambios: ${i.title}`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) => `Buena práctica presentada para examen: ${i.title}`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `Buena práctica publicada: ${i.title}`,
      [NotificationKind.ACCOUNT_CREATED]: () => 'Su cuenta de GCM Tracker: elija su contraseña',
      [NotificationKind.PASSWORD_RESET]: () => 'GCM Tracker: elija una nueva contraseña',
      [NotificationKind.PASSWORD_RESET_REQUESTED]: () => 'GCM Tracker: restablezca su contraseña',
      [NotificationKind.WINDOW_CLOSING]: (i) => `Los informes se cierran en ${plural(i.days, 'día', 'días')}: ${i.cycle}`,
      [NotificationKind.WINDOW_CLOSED]: (i) => `Informes cerrados con trabajo pendiente: ${i.cycle}`,
      [NotificationKind.REPORT_UNFINISHED]: (i) => `Informe sin terminar: ${where(i)}`,
      [NotificationKind.REVIEW_WAITING]: (i) =>
        `En espera de examen desde hace ${plural(i.days, 'día', 'días')}: ${i.objective} (${where(i)})`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) => `Compromiso con la fecha meta vencida: ${i.title}`,
    },
    sentence: {
      [NotificationKind.ENTRY_RETURNED]: (i) =>
        `La secretaría devolvió para cambios la entrada de ${i.country} sobre el ${i.objective} para ${i.cycle}.`,
      [NotificationKind.ENTRY_SUBMITTED]: (i) => `${i.country} presentó su entrada sobre el ${i.objective} para ${i.cycle}.`,
      [NotificationKind.ENTRY_VALIDATED]: (i) => `La secretaría validó la entrada de ${i.country} sobre el ${i.objective} para ${i.cycle}.`,
      [NotificationKind.ENTRY_REOPENED]: (i) =>
        `La secretaría reabrió la entrada validada de ${i.country} sobre el ${i.objective} para ${i.cycle}: vuelve al país para cambios.`,
      [NotificationKind.PRACTICE_RETURNED]: (i) => `La secretaría devolvió para cambios la buena práctica «${i.title}».`,
      [NotificationKind.PRACTICE_SUBMITTED]: (i) =>
        `La buena práctica «${i.title}»${i.country ? ` (${i.country})` : ''} se presentó para examen.`,
      [NotificationKind.PRACTICE_PUBLISHED]: (i) => `La secretaría publicó la buena práctica «${i.title}».`,
      [NotificationKind.ACCOUNT_CREATED]: (_i, when) =>
        `Se creó una cuenta para usted en GCM Tracker. Elija su contraseña con el enlace de abajo. Sirve una sola vez, hasta el ${when}.`,
      [NotificationKind.PASSWORD_RESET]: (_i, when) =>
        `Se restableció su contraseña de GCM Tracker. Elija una nueva con el enlace de abajo. Sirve una sola vez, hasta el ${when}.`,
      [NotificationKind.PASSWORD_RESET_REQUESTED]: (_i, when) =>
        `Alguien, probablemente usted, pidió restablecer su contraseña de GCM Tracker. Elija una nueva con el enlace de abajo. Sirve una sola vez, hasta el ${when}. Si no lo pidió, ignore este mensaje: su contraseña no ha cambiado.`,
      [NotificationKind.WINDOW_CLOSING]: (i) =>
        `La presentación de informes para ${i.cycle} se cierra para ${i.country} el ${day(Language.ES, i)} (en ${plural(i.days, 'día', 'días')}). Queda trabajo pendiente en el informe: ${work(Language.ES, i)}.`,
      [NotificationKind.WINDOW_CLOSED]: (i) =>
        `La presentación de informes para ${i.cycle} se cerró para ${i.country} el ${day(Language.ES, i)} con trabajo pendiente: ${work(Language.ES, i)}. Pida una prórroga a la secretaría para terminar el informe.`,
      [NotificationKind.REPORT_UNFINISHED]: (i) =>
        `La presentación de informes para ${i.cycle} se cerró para ${i.country} el ${day(Language.ES, i)} con trabajo pendiente: ${work(Language.ES, i)}. Puede prorrogar su plazo.`,
      [NotificationKind.REVIEW_WAITING]: (i) =>
        `La entrada de ${i.country} sobre el ${i.objective} para ${i.cycle} espera examen desde hace ${plural(i.days, 'día', 'días')}.`,
      [NotificationKind.PLEDGE_OVERDUE]: (i) =>
        `El compromiso «${i.title}» superó su fecha meta, el ${day(Language.ES, i)}, sin cumplirse. Registre una actualización de su estado.`,
    },
    grouped: (n) => `${n} presentaciones por examinar`,
    groupedIntro: 'Se presentaron para examen:',
    digest: (n) => `Resumen diario de GCM Tracker: ${n} notificaciones`,
    digestIntro: 'Desde su último resumen:',
    comment: 'Comentario',
    reason: 'Motivo',
    open: 'Abrir',
    hello: (name) => `Hola, ${name}:`,
    footer: (settings) => `GCM Tracker le envía este mensaje según sus preferencias de notificación. Puede cambiarlas en ${settings}.`,
  },
};

const LOCALE: Record<Language, string> = { [Language.EN]: 'en-GB', [Language.FR]: 'fr-FR', [Language.ES]: 'es-ES' };

/** "Objective 5: <title>", the title as the reference data gives it in the language (English where unverified). */
export function objectiveLabel(lang: Language, number: number, title: string): string {
  return {
    [Language.EN]: `Objective ${number}: ${title}`,
    [Language.FR]: `Objectif ${number} : ${title}`,
    [Language.ES]: `Objetivo ${number}: ${title}`,
  }[lang];
}

/** A review cycle in the recipient's words: the IMRF by its name, a regional review by its round and region, with the code. */
export function cycleLabel(
  lang: Language,
  cycle: { code: string; kind: 'IMRF' | 'REGIONAL'; year: number; round: number | null; regionCode: string | null; name: string },
): string {
  if (cycle.kind === 'IMRF') {
    const name = {
      [Language.EN]: 'International Migration Review Forum',
      [Language.FR]: 'Forum d’examen des migrations internationales',
      [Language.ES]: 'Foro de Examen de la Migración Internacional',
    }[lang];
    return `${name} ${cycle.year}`;
  }
  if (lang === Language.EN) return `${cycle.name} (${cycle.code})`;
  const round = cycle.round ?? 1;
  const words =
    lang === Language.FR
      ? `${round === 1 ? '1er' : `${round}e`} examen régional, ${cycle.regionCode ?? ''} ${cycle.year}`
      : `${round}.º examen regional, ${cycle.regionCode ?? ''} ${cycle.year}`;
  return `${words} (${cycle.code})`;
}

export function formatDay(lang: Language, isoDay: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

export function formatExpiry(lang: Language, at: Date): string {
  return `${new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at)} UTC`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * One mail in the recipient's language: one item (an event), or several (the secretariat's
 * submissions of one delivery round, listed in one mail). Text and HTML say the same.
 */
export function renderMail(
  to: MailRecipient,
  items: readonly MailItem[],
  settingsLink: string,
  options: { digest?: boolean } = {},
): RenderedMail {
  const first = items[0];
  if (!first) throw new Error('A mail needs at least one item');
  const w = WORDS[to.language];
  const when = (i: MailItem): string => (i.expiresAt ? formatExpiry(to.language, i.expiresAt) : '');
  const note = (i: MailItem): string | null => {
    if (!i.comment) return null;
    const label = i.kind === NotificationKind.ENTRY_REOPENED ? w.reason : w.comment;
    return `${label}${to.language === Language.FR ? ' :' : ':'} ${i.comment}`;
  };
  // A digest is a list even of one item, so that it always reads as the day's digest.
  const list = items.length > 1 || options.digest === true;
  const subject = options.digest ? w.digest(items.length) : items.length === 1 ? w.subject[first.kind](first) : w.grouped(items.length);
  const text: string[] = [w.hello(to.displayName), ''];
  const html: string[] = [`<p>${escapeHtml(w.hello(to.displayName))}</p>`];
  if (!list) {
    text.push(w.sentence[first.kind](first, when(first)));
    html.push(`<p>${escapeHtml(w.sentence[first.kind](first, when(first)))}</p>`);
    const n = note(first);
    if (n) {
      text.push('', n);
      html.push(`<blockquote>${escapeHtml(n)}</blockquote>`);
    }
    text.push('', first.link);
    html.push(`<p><a href="${escapeHtml(first.link)}">${escapeHtml(first.link)}</a></p>`);
  } else {
    const intro = options.digest ? w.digestIntro : w.groupedIntro;
    text.push(intro, '');
    html.push(`<p>${escapeHtml(intro)}</p>`, '<ul>');
    for (const i of items) {
      const n = note(i);
      text.push(`- ${w.sentence[i.kind](i, when(i))}`, ...(n ? [`  ${n}`] : []), `  ${i.link}`);
      html.push(
        `<li>${escapeHtml(w.sentence[i.kind](i, when(i)))}${n ? ` <q>${escapeHtml(n)}</q>` : ''} <a href="${escapeHtml(i.link)}">${escapeHtml(w.open)}</a></li>`,
      );
    }
    html.push('</ul>');
  }
  text.push('', '--', w.footer(settingsLink));
  html.push(`<hr><p><small>${escapeHtml(w.footer(settingsLink))}</small></p>`);
  return {
    subject,
    text: `${text.join('\n')}\n`,
    html: `<!doctype html><html lang="${to.language.toLowerCase()}"><body>${html.join('')}</body></html>`,
  };
}
