import { describe, expect, it } from 'vitest';
import { logExportFileName, slug } from './file-name';

describe('log export file names', () => {
  it('names the document, the organisation and the date, without accents or separators', () => {
    expect(
      logExportFileName({
        document: 'breach-register',
        organisation: 'Société Générale / Lyon',
        date: '2026-12-01',
        format: 'pdf',
      }),
    ).toBe('breach-register-societe-generale-lyon-2026-12-01.pdf');
  });

  it('keeps a detail such as the breach reference and leaves out empty parts', () => {
    expect(
      logExportFileName({
        document: 'letter-refusal',
        organisation: '',
        detail: 'REQ 7',
        date: '2026-01-31',
        format: 'docx',
      }),
    ).toBe('letter-refusal-req-7-2026-01-31.docx');
  });

  it('never yields an empty name', () => {
    expect(slug('«»')).toBe('');
    expect(logExportFileName({ document: '', organisation: '***', date: '', format: 'xlsx' })).toBe(
      'dpo-desk-export.xlsx',
    );
  });
});
