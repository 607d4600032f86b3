import { describe, expect, it } from 'vitest';
import { activityTemplates } from './activity-template';
import { proposeStarterRegister, type GuidedProfile } from './guided-start';
import { PROCESSOR_LIBRARY } from './processor-library';

const propose = (over: Partial<GuidedProfile>) =>
  proposeStarterRegister(
    { sector: 'retail_ecommerce', headcount: '10_49', role: 'controller', toolIds: [], clientName: '', ...over },
    activityTemplates(),
    PROCESSOR_LIBRARY.entries,
  );
const ticked = (p: ReturnType<typeof propose>) => p.activities.filter((a) => a.ticked).map((a) => a.templateId);

describe('proposeStarterRegister', () => {
  it('proposes payroll and HR to an employer, and not to an organisation without employees', () => {
    expect(ticked(propose({}))).toEqual(expect.arrayContaining(['fr.payroll', 'fr.hr-administration']));
    const solo = propose({ headcount: 'none' });
    expect(ticked(solo)).not.toContain('fr.payroll');
    expect(solo.activities.find((a) => a.templateId === 'fr.payroll')?.reason.key).toBe('noEmployees');
  });

  it('proposes customer management to every business and the sector activities to a shop', () => {
    expect(ticked(propose({ sector: 'other' }))).toContain('fr.customer-management');
    expect(ticked(propose({}))).toContain('fr.ecommerce-payments');
    expect(ticked(propose({ sector: 'other' }))).not.toContain('fr.ecommerce-payments');
  });

  it('links the chosen tools to the activities they serve and proposes them as processors', () => {
    const p = propose({ sector: 'other', toolIds: ['mailchimp', 'payfit', 'stripe'] });
    expect(p.processors.map((x) => x.entryId)).toEqual(['mailchimp', 'payfit', 'stripe']);
    const newsletter = p.activities.find((a) => a.templateId === 'fr.newsletter');
    expect(newsletter).toMatchObject({ ticked: true, reason: { key: 'tools', params: { tools: 'Mailchimp' } } });
    expect(p.activities.find((a) => a.templateId === 'fr.payroll')?.processorEntryIds).toEqual(['payfit']);
  });

  it('offers processor activities only to a processor, and only once a client is named', () => {
    const sp = (p: ReturnType<typeof propose>) =>
      p.activities.find((a) => a.templateId === 'fr.saas-hosting-processor');
    expect(sp(propose({ sector: 'software_it' }))?.reason.key).toBe('notForRole');
    expect(sp(propose({ sector: 'software_it', role: 'both' }))).toMatchObject({ available: false, ticked: false });
    expect(sp(propose({ sector: 'software_it', role: 'both', clientName: 'Client SA' }))).toMatchObject({
      available: true,
      ticked: true,
    });
  });
});
