import { describe, expect, it } from 'vitest';
import {
  allowedExternalUrl,
  filtersFromAccept,
  matchesAccept,
  normaliseAccept,
  refusalForPickedFile,
  resolveMaxBytes,
} from './file-rules';

const MB = 1024 * 1024;

describe('opening a file in the browser edition', () => {
  it('accepts a file of the right type within the default 50 MB limit', () => {
    expect(refusalForPickedFile({ name: 'Backup 2025.JSON', size: 50 * MB }, { accept: ['.json'] })).toBeNull();
  });

  it('refuses a file over the default limit, naming the file, its size and the limit', () => {
    expect(refusalForPickedFile({ name: 'backup.json', size: 75 * MB }, { accept: ['.json'] })).toBe(
      '"backup.json" is 75 MB, larger than the 50 MB limit for opening a file.',
    );
  });

  it('applies a smaller limit given by the caller', () => {
    expect(refusalForPickedFile({ name: 'import.csv', size: 3 * 1024 }, { accept: ['.csv'], maxBytes: 2 * 1024 })).toBe(
      '"import.csv" is 3 KB, larger than the 2 KB limit for opening a file.',
    );
    expect(
      refusalForPickedFile({ name: 'import.csv', size: 2 * 1024 }, { accept: ['.csv'], maxBytes: 2 * 1024 }),
    ).toBeNull();
  });

  it('refuses a file of another type even if the picker let it through', () => {
    expect(refusalForPickedFile({ name: 'photo.png', size: 10 }, { accept: ['.json', '.zip'] })).toBe(
      '"photo.png" is not a file DPO Desk can open here; choose a .json or .zip file.',
    );
    expect(refusalForPickedFile({ name: '.json', size: 10 }, { accept: ['.json'] })).not.toBeNull();
  });

  it('rejects an impossible size limit with the allowed range', () => {
    expect(() => resolveMaxBytes(0)).toThrow('between 1 and 500 MB');
    expect(() => resolveMaxBytes(1.5)).toThrow('whole number');
    expect(() => resolveMaxBytes(501 * MB)).toThrow('between 1 and 500 MB');
    expect(resolveMaxBytes(undefined)).toBe(50 * MB);
  });

  it('normalises extensions and refuses what is not one', () => {
    expect(normaliseAccept(['JSON', '.Csv', '.tar.gz'])).toEqual(['.json', '.csv', '.tar.gz']);
    expect(() => normaliseAccept(['application/json'])).toThrow('"application/json" is not a file extension');
    expect(() => normaliseAccept([])).toThrow('Say which file types');
    expect(matchesAccept('archive.TAR.GZ', ['.tar.gz'])).toBe(true);
    expect(matchesAccept('register.docx.exe', ['.docx'])).toBe(false);
  });

  it('turns an accept list into native dialog filters', () => {
    expect(filtersFromAccept(['.json', '.zip'])).toEqual([{ name: 'JSON, ZIP', extensions: ['json', 'zip'] }]);
  });
});

describe('opening a link in the browser edition', () => {
  it('lets through EUR-Lex and authorities, normalised', () => {
    expect(allowedExternalUrl('https://EUR-LEX.europa.eu/eli/reg/2016/679/oj')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    );
    expect(allowedExternalUrl('https://www.garanteprivacy.it/')).toBe('https://www.garanteprivacy.it/');
  });

  it('refuses anything else with the reason', () => {
    expect(() => allowedExternalUrl('https://tracker.example/')).toThrow('"tracker.example" is not on the list');
    expect(() => allowedExternalUrl('http://www.cnil.fr/')).toThrow('Only https links');
    expect(() => allowedExternalUrl('data:text/html,hi')).toThrow('Only https links');
  });
});
