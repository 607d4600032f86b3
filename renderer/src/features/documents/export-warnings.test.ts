import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../../../assets/i18n/de/export-warnings.json';
import en from '../../../../assets/i18n/en/export-warnings.json';
import fr from '../../../../assets/i18n/fr/export-warnings.json';
import { savedNotice } from './export-warnings';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { 'export-warnings': en }, fr: { 'export-warnings': fr }, de: { 'export-warnings': de } },
  interpolation: { escapeValue: false },
});

describe('the notice after saving a Word file whose contents are left to Word', () => {
  it('says the numbers are missing and how Word fills them, in the interface language', () => {
    const said = (lng: string, reason: 'tooLong' | 'notLaidOut') =>
      savedNotice(i18n.getFixedT(lng), 'Saved.', [{ kind: 'wordContentsPagesLeftOut', entries: 1003, reason }]);
    expect(said('en', 'tooLong')).toEqual({
      severity: 'warning',
      message: expect.stringMatching(
        /^Saved\. The contents carry no page numbers for Word: the document is too long.*Update Field/,
      ),
    });
    expect(said('en', 'notLaidOut').message).toContain('cannot lay out as Word does');
    expect(said('fr', 'tooLong').message).toContain('Mettre à jour les champs');
    expect(said('de', 'notLaidOut').message).toContain('Felder aktualisieren');
    expect(savedNotice(i18n.getFixedT('en'), 'Saved.', [])).toEqual({ severity: 'success', message: 'Saved.' });
  });
});
