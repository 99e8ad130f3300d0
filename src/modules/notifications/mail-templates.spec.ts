import { describe, expect, it } from '@jest/globals';
import { Language } from '../../common/i18n/language.js';
import { cycleLabel, formatExpiry, type MailItem, objectiveLabel, renderMail } from './mail-templates.js';
import { NotificationKind } from './notification.enums.js';

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
