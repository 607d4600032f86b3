import { describe, expect, it } from 'vitest';
import { EXAMPLES, type Example } from '../../examples';
import { activityCompleteness } from './completeness';
import { runChecks } from './engine';
import type { Finding } from './types';

/**
 * The example workspaces are the five seed pages as a DPO would record them. Their findings must be
 * the gaps a reader of the page can see, nothing invented and nothing hidden.
 */
const TODAY = '2026-06-15';
const TRANSFER_RULES = [
  'recipient.third-country-uncovered',
  'processor.third-country-uncovered',
  'processor.sub-processor-third-country',
  'transfer.us-adequacy-without-dpf',
  'transfer.adequacy-without-decision',
  'transfer.art49-documentation',
];

const example = (slug: string): Example => {
  const ex = EXAMPLES.find((e) => e.slug === slug);
  if (!ex) throw new Error(`No example ${slug}`);
  return ex;
};
const findingsOf = (slug: string): Finding[] => runChecks(example(slug).workspace, { today: TODAY }).findings;
const activityNamed = (slug: string, name: string) => {
  const a = example(slug).workspace.activities.find((x) => x.name === name);
  if (!a) throw new Error(`No activity "${name}" in ${slug}`);
  return a;
};
const of = (findings: Finding[], ruleId: string, label?: string): Finding[] =>
  findings.filter((f) => f.ruleId === ruleId && (label === undefined || f.target.label === label));

describe('checks on the example workspaces', () => {
  it('are stable: the same record gives the same findings in the same order', () => {
    for (const ex of EXAMPLES) {
      const first = runChecks(ex.workspace, { today: TODAY }).findings;
      expect(runChecks(ex.workspace, { today: TODAY }).findings).toEqual(first);
    }
  });

  describe('LuxCloud (seeds/004)', () => {
    const findings = findingsOf('luxcloud');
    const service = activityNamed('luxcloud', 'Providing and Improving the LuxCloud Service');

    it('counts "until the end of our business relationship" as a retention criterion, not a blank', () => {
      if (service.kind !== 'controller') throw new Error('expected a controller activity');
      const byCriterion = service.dataCategories
        .map((c, i) => ({ c, field: `dataCategories.${i}.retention` }))
        .filter(({ c }) => c.retention.criteria === 'Until the end of our business relationship');
      expect(byCriterion.length).toBeGreaterThan(0);
      const retentionGaps = of(findings, 'activity.retention-missing').filter((f) => f.target.id === service.id);
      expect(retentionGaps).toEqual([]);
      const item = activityCompleteness(example('luxcloud').workspace, service.id).items.find(
        (i) => i.key === 'retention',
      );
      expect(item).toMatchObject({ applicable: true, present: true });
    });

    it('flags the cookie data, for which the page gives no retention at all', () => {
      const cookies = activityNamed('luxcloud', 'Cookies and similar technology');
      const gaps = of(findings, 'activity.retention-missing', cookies.name);
      expect(gaps.map((f) => f.params['category'])).toContain('The IP address attributed during the connection');
      expect(gaps).toHaveLength(cookies.kind === 'controller' ? cookies.dataCategories.length : -1);
    });

    it('flags legitimate interests that the page never states (cookies and direct marketing)', () => {
      const labels = of(findings, 'purpose.legitimate-interest-missing').map((f) => f.target.label);
      expect(labels).toContain('Cookies and similar technology');
      expect(labels).toContain('Direct Marketing');
    });

    it('flags the processors whose contract the page does not mention, and no transfer (none without written approval)', () => {
      expect(of(findings, 'processor.dpa-missing').map((f) => f.target.label)).toContain('Tier-IV datacenters');
      expect(findings.filter((f) => TRANSFER_RULES.includes(f.ruleId))).toEqual([]);
    });

    it('does not complain about the DPO, named with a postal address on the page', () => {
      expect(of(findings, 'organisation.dpo-contact')).toEqual([]);
      expect(of(findings, 'organisation.dpo-not-published')).toEqual([]);
    });
  });

  describe('Tixeo (seeds/001)', () => {
    const findings = findingsOf('tixeo');
    it('finds no missing retention: the page gives one for every collection point', () => {
      expect(of(findings, 'activity.retention-missing')).toEqual([]);
    });
    it('accepts the transfer to Ubcom in Switzerland on the adequacy decision, and OVH hosting in France', () => {
      expect(findings.filter((f) => TRANSFER_RULES.includes(f.ruleId))).toEqual([]);
    });
    it('finds the DPO published with contact details', () => {
      expect(of(findings, 'organisation.dpo-contact')).toEqual([]);
      expect(of(findings, 'organisation.dpo-not-published')).toEqual([]);
    });
  });

  describe('Infomaniak (seeds/002)', () => {
    const findings = findingsOf('infomaniak');
    it('asks for an EU representative: the company is in Switzerland and names none', () => {
      expect(of(findings, 'organisation.representative-missing')).toHaveLength(1);
    });
    it("asks for the delegate's contact details: the page offers only a contact form", () => {
      expect(of(findings, 'organisation.dpo-contact')).toHaveLength(1);
    });
    it('sees no transfer problem: the data stays in Swiss datacenters, covered by adequacy', () => {
      expect(findings.filter((f) => TRANSFER_RULES.includes(f.ruleId))).toEqual([]);
    });
  });

  describe('EximiTech (seeds/003)', () => {
    const findings = findingsOf('eximitech');
    it('asks for the signed agreements with its hosting providers, which the page does not mention', () => {
      expect(of(findings, 'processor.dpa-missing').map((f) => f.target.label)).toContain(
        'Server hosting providers in Europe',
      );
    });
    it('sees no transfer problem: the servers are in Europe', () => {
      expect(findings.filter((f) => TRANSFER_RULES.includes(f.ruleId))).toEqual([]);
    });
  });

  describe('Utixo (seeds/000)', () => {
    const findings = findingsOf('utixo');
    it('flags the employee processing the page mentions without purposes or data', () => {
      expect(of(findings, 'activity.purposes-missing', 'Personal data of employees')).toHaveLength(1);
      expect(of(findings, 'activity.data-categories-missing', 'Personal data of employees')).toHaveLength(1);
    });
    it('flags the support data (name, phone, e-mail) for which the page gives no retention', () => {
      expect(
        of(findings, 'activity.retention-missing', 'Technical support requests').map((f) => f.params['category']),
      ).toEqual(['last name', 'first name', 'phone number', 'email address']);
    });
    it("sees no transfer problem: nothing leaves the EU without the customer's request", () => {
      expect(findings.filter((f) => TRANSFER_RULES.includes(f.ruleId))).toEqual([]);
    });
  });
});
