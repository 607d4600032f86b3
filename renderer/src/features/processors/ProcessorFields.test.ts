import { describe, expect, it } from 'vitest';
import { shownLabels } from '../../../../test/support/form-specs';
import { blankOf, processorContentSchema, type ProcessorInput } from '../../domain';
import { processorSections } from './ProcessorFields';

const dpa = (values: ProcessorInput): string[] => shownLabels(processorSections([]), 'dpa', values);

describe('the processor editor', () => {
  const blank = blankOf(processorContentSchema, { name: '' });

  it('asks when the DPA was signed and expires only once it is signed', () => {
    const always = ['fields.dpaSigned', 'fields.dpaReference'];
    const after = ['fields.certifications', 'fields.dpfCertified'];
    expect(dpa(blank)).toEqual([...always, ...after]);
    expect(dpa({ ...blank, dpa: { ...blank.dpa, signed: true } })).toEqual([
      ...always,
      'fields.dpaSignedOn',
      'fields.dpaExpiresOn',
      ...after,
    ]);
  });
});
