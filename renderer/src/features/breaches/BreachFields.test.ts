import { createFormControl } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { NO_RECORD_LINKS as links, shownLabels as shown } from '../../../../test/support/form-specs';
import { blankOf, breachContentSchema, type BreachContent, type BreachInput } from '../../domain';
import { breachSections } from './BreachFields';

describe('the breach editor', () => {
  const blank: BreachInput = blankOf(breachContentSchema, { title: '', awareAt: '', timeZone: 'Europe/Paris' });
  const form = createFormControl<BreachInput, unknown, BreachContent>({ defaultValues: blank });
  const sections = breachSections({ form, links, zone: 'Europe/Paris' });

  it('asks why a breach was dismissed, and a processor’s client, only in those cases', () => {
    const breach = ['fields.title', 'fields.reference', 'fields.status', 'fields.role', 'fields.loggedBy'];
    expect(shown(sections, 'breach', blank)).toEqual(breach);
    expect(shown(sections, 'breach', { ...blank, status: 'dismissed' })).toContain('fields.dismissalReason');
    expect(shown(sections, 'breach', { ...blank, role: 'processor' })).toEqual([
      'fields.title',
      'fields.reference',
      'fields.status',
      'fields.role',
      'fields.clientName',
      'fields.clientInformedAt',
      'fields.loggedBy',
    ]);
  });

  it('asks for member states only across borders, a justification only when not notifying, evidence only for an exemption', () => {
    expect(shown(sections, 'people', blank)).not.toContain('fields.memberStates');
    expect(shown(sections, 'people', { ...blank, crossBorder: true }).slice(-3)).toEqual([
      'fields.crossBorder',
      'fields.memberStates',
      'fields.leadAuthority',
    ]);
    expect(shown(sections, 'authority', blank)).not.toContain('fields.notifyJustification');
    expect(shown(sections, 'authority', { ...blank, notifyDecision: 'do_not_notify' })).toContain(
      'fields.notifyJustification',
    );
    expect(shown(sections, 'subjects', blank)).not.toContain('fields.art34ExemptionEvidence');
    expect(shown(sections, 'subjects', { ...blank, art34Exemption: 'a_unintelligible' })).toContain(
      'fields.art34ExemptionEvidence',
    );
  });
});
