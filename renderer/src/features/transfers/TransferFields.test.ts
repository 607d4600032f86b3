import { describe, expect, it } from 'vitest';
import { shownLabels } from '../../../../test/support/form-specs';
import { blankOf, transferContentSchema, type TransferInput } from '../../domain';
import { transferSections } from './TransferFields';

const sections = transferSections({ mechanisms: [], recipient: null, adequacy: null, art49Warning: null });

/** The label keys of a section's fields shown for these values, in order (custom blocks by their key). */
const shown = (key: string, values: TransferInput): string[] => shownLabels(sections, key, values);

describe('the transfer editor', () => {
  const blank = blankOf(transferContentSchema, { destinationType: 'country', recipientName: '', mechanism: 'scc' });

  it('asks for a country or an organisation as the destination, and shows its adequacy once one is given', () => {
    const rest = ['recipient', 'fields.dpfCertified'];
    expect(shown('destination', blank)).toEqual(['fields.destinationType', 'fields.country', ...rest]);
    expect(shown('destination', { ...blank, country: 'US' })).toEqual([
      'fields.destinationType',
      'fields.country',
      ...rest,
      'adequacy',
    ]);
    const organisation: TransferInput = { ...blank, destinationType: 'international_organisation' };
    expect(shown('destination', organisation)).toEqual([
      'fields.destinationType',
      'fields.internationalOrganisation',
      ...rest,
    ]);
    expect(shown('destination', { ...organisation, internationalOrganisation: ' ' })).not.toContain('adequacy');
    expect(shown('destination', { ...organisation, internationalOrganisation: 'UNHCR' })).toContain('adequacy');
  });

  it('asks for the copy of the safeguards a person may ask for, and for the Art. 49 assessment under the last resort', () => {
    expect(shown('mechanism', blank)).toEqual(['fields.mechanism', 'fields.conditions', 'fields.safeguardsCopy']);
    expect(shown('mechanism', { ...blank, mechanism: 'adequacy' })).toEqual(['fields.mechanism', 'fields.conditions']);
    expect(shown('mechanism', { ...blank, mechanism: 'compelling_legitimate_interest' })).toEqual([
      'fields.mechanism',
      'fields.conditions',
      'fields.safeguardsCopy',
      'art49',
      'fields.compellingInterest',
      'fields.art49Assessment',
    ]);
  });
});
