import { describe, expect, it } from '@jest/globals';
import { Language } from '../../common/i18n/language.js';
import { cycleLabel, formatExpiry, type MailItem, objectiveLabel, renderMail } from './mail-templates.js';
import { NotificationKind } from './notification.enums.js';
import { nextDigestAt } from './notifications.service.js';

const returned = (lang: Language): MailItem => ({
  kind: NotificationKind.ENTRY_RETURNED,
  country: { [Language.EN]: 'Morocco', [Language.FR]: 'Maroc', [Language.ES]: 'Marruecos' }[lang],
  cycle: 'RR2',
  objective: objectiveLabel(lang, 16, 'X'),
  comment: 'Add the <regions> & dates',
  link: 'https://gcm.example.org/reports/RR2/16',
});

describe('mail templates', () => {
  it('words a returned entry in each language, with the comment and the link', () => {
    const en = renderMail({ displayName: 'Amina', language: Language.EN }, [returned(Language.EN)], 'https://gcm.example.org/account');
    expect(en.subject).toBe('Returned for changes: Objective 16: X (Morocco, RR2)');
    expect(en.text).toContain("The secretariat returned Morocco's entry on Objective 16: X for RR2 for changes.");
    expect(en.text).toContain('Comment: Add the <regions> & dates');
    expect(en.text).toContain('https://gcm.example.org/reports/RR2/16');
    const fr = renderMail({ displayName: 'Amina', language: Language.FR }, [returned(Language.FR)], 'https://gcm.example.org/account');
    expect(fr.subject).toBe('Renvoyée pour modification : Objectif 16 : X (Maroc, RR2)');
    expect(fr.text).toMatch(/^Bonjour Amina,\n/);
    expect(fr.text).toContain('Commentaire : Add the');
    const es = renderMail({ displayName: 'Amina', language: Language.ES }, [returned(Language.ES)], 'https://gcm.example.org/account');
    expect(es.subject).toBe('Devuelta para cambios: Objetivo 16: X (Marruecos, RR2)');
    expect(es.text).toContain('Comentario: Add the');
  });

  it('escapes what people wrote in the HTML part', () => {
    const { html } = renderMail({ displayName: 'A <b>', language: Language.EN }, [returned(Language.EN)], 'https://x/account');
    expect(html).toContain('Add the &lt;regions&gt; &amp; dates');
    expect(html).toContain('Hello A &lt;b&gt;,');
    expect(html).not.toContain('<regions>');
    expect(html).toContain('<html lang="en">');
  });

  it('lists several submissions in one mail', () => {
    const items: MailItem[] = [1, 2, 3].map((n) => ({
      kind: NotificationKind.ENTRY_SUBMITTED,
      country: 'Maroc',
      cycle: 'RR2',
      objective: objectiveLabel(Language.FR, n, 'T'),
      link: `https://x/review/entries/${n}`,
    }));
    const mail = renderMail({ displayName: 'S', language: Language.FR }, items, 'https://x/account');
    expect(mail.subject).toBe('3 soumissions à examiner');
    for (const n of [1, 2, 3]) expect(mail.text).toContain(`https://x/review/entries/${n}`);
    expect(mail.text).toContain('Maroc a soumis son entrée sur Objectif 2 : T pour RR2.');
  });

  it('says until when a password link works, in the language, in UTC', () => {
    const at = new Date('2026-03-04T15:30:00Z');
    expect(formatExpiry(Language.EN, at)).toBe('4 March 2026 at 15:30 UTC');
    expect(formatExpiry(Language.FR, at)).toMatch(/^4 mars 2026( à)? 15:30 UTC$/);
    const mail = renderMail(
      { displayName: 'Ana', language: Language.ES },
      [{ kind: NotificationKind.ACCOUNT_CREATED, link: 'https://x/set-password#tok', expiresAt: at }],
      'https://x/account',
    );
    expect(mail.subject).toBe('Su cuenta de GCM Tracker: elija su contraseña');
    expect(mail.text).toContain('https://x/set-password#tok');
    expect(mail.text).toContain('4 de marzo de 2026');
  });

  it('names cycles in the GCM’s words: the IMRF by name, regional reviews by round, region and code', () => {
    const imrf = { code: 'IMRF-2022', kind: 'IMRF' as const, year: 2022, round: null, regionCode: null, name: 'First IMRF' };
    expect(cycleLabel(Language.FR, imrf)).toBe('Forum d’examen des migrations internationales 2022');
    expect(cycleLabel(Language.ES, imrf)).toBe('Foro de Examen de la Migración Internacional 2022');
    const rr = {
      code: 'RR2-ECA-2024',
      kind: 'REGIONAL' as const,
      year: 2024,
      round: 2,
      regionCode: 'UNECE',
      name: 'Second Regional Review - UNECE region',
    };
    expect(cycleLabel(Language.EN, rr)).toBe('Second Regional Review - UNECE region (RR2-ECA-2024)');
    expect(cycleLabel(Language.FR, rr)).toBe('2e examen régional, UNECE 2024 (RR2-ECA-2024)');
    expect(cycleLabel(Language.ES, { ...rr, round: 1 })).toBe('1.º examen regional, UNECE 2024 (RR2-ECA-2024)');
  });
});

describe('daily digest', () => {
  it('is one mail listing the day’s items with their comments, even of one item, in the recipient’s language', () => {
    const one = renderMail({ displayName: 'Amina', language: Language.FR }, [returned(Language.FR)], 'https://x/account', { digest: true });
    expect(one.subject).toBe('Résumé quotidien de GCM Tracker : 1 notifications');
    expect(one.text).toContain('Depuis votre dernier résumé :');
    expect(one.text).toContain('- Le secrétariat a renvoyé pour modification l’entrée de Maroc');
    expect(one.text).toContain('  Commentaire : Add the <regions> & dates');
    const two = renderMail(
      { displayName: 'Amina', language: Language.EN },
      [returned(Language.EN), returned(Language.EN)],
      'https://x/account',
      {
        digest: true,
      },
    );
    expect(two.subject).toBe('GCM Tracker daily digest: 2 notifications');
    expect(two.html).toContain('<q>Comment: Add the &lt;regions&gt; &amp; dates</q>');
  });
});

describe('reminders', () => {
  it('say what a report still lacks, and the day in the recipient’s words', () => {
    const closing: MailItem = {
      kind: NotificationKind.WINDOW_CLOSING,
      country: 'Marruecos',
      cycle: 'RR2',
      date: '2025-03-31',
      days: 1,
      work: { draft: 0, returned: 2, missing: 1 },
      link: 'https://x/reports',
    };
    const es = renderMail({ displayName: 'Amina', language: Language.ES }, [closing], 'https://x/account');
    expect(es.subject).toBe('Los informes se cierran en 1 día: RR2');
    expect(es.text).toContain(
      'se cierra para Marruecos el 31 de marzo de 2025 (en 1 día). Queda trabajo pendiente en el informe: 2 entradas devueltas para cambios, 1 objetivo sin entrada.',
    );
    const en = renderMail(
      { displayName: 'Amina', language: Language.EN },
      [{ ...closing, country: 'Morocco', days: 3 }],
      'https://x/account',
    );
    expect(en.text).toContain(
      'closes for Morocco on 31 March 2025 (in 3 days). The report still has work left: 2 entries returned for changes, 1 objective not reported on.',
    );
  });
});

describe('the digest hour', () => {
  it('is today at the hour when it is still ahead, else tomorrow', () => {
    expect(nextDigestAt(new Date('2026-12-03T05:59:59Z'), 6).toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-03T06:00:00Z'), 6).toISOString()).toBe('2026-12-04T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-31T23:30:00Z'), 0).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
