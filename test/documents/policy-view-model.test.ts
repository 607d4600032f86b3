import { describe, expect, it } from 'vitest';
import { policySectionKeySchema, type PolicySetting } from '../../renderer/src/domain/document-setting';
import type { Workspace } from '../../renderer/src/domain/workspace';
import {
  buildPolicyViewModel,
  createPolicyOverride,
  POLICY_RUBRIC_ITEMS,
  POLICY_WORDING,
  PolicyNotFoundError,
  PolicyOverrideError,
  policyPlainText,
  type PolicySection,
  type PolicyViewModel,
} from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_FR_ID, SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import { wordingKeys } from '../../renderer/src/export/common/wording';

const TODAY = '2026-06-01';
const build = (ws: Workspace, id = SAMPLE_POLICY_ID): PolicyViewModel => buildPolicyViewModel(ws, id, { today: TODAY });
const section = (vm: PolicyViewModel, key: PolicySection['key']): PolicySection | undefined =>
  vm.sections.find((s) => s.key === key);
const sectionText = (vm: PolicyViewModel, key: PolicySection['key']): string => {
  const s = section(vm, key);
  if (!s) throw new Error(`Section ${key} is missing`);
  return policyPlainText({ ...vm, title: '', subtitle: '', sections: [s] });
};
const policyOf = (ws: Workspace, id = SAMPLE_POLICY_ID): PolicySetting => {
  const d = ws.documents.find((x) => x.id === id);
  if (d?.kind !== 'privacy_policy') throw new Error('no policy');
  return d;
};
const controllerActivity = (ws: Workspace, id: string) => {
  const a = ws.activities.find((x) => x.id === id);
  if (a?.kind !== 'controller') throw new Error(`no activity ${id}`);
  return a;
};

/** Hedging words WP260 asks to avoid (rubric N12-1(b)). */
const HEDGES = /\b(may|might|some|could|possibly|perhaps|certain)\b/gi;

describe('privacy policy view model: every rubric §2 item from the rich record', () => {
  const ws = samplePolicyWorkspace();
  const vm = build(ws);

  it('writes Art. 13 and Art. 14 content for a record that has both', () => {
    expect(vm.noticeBasis).toBe('art13_14');
    // Every section applies to this record, in the order the schema lists them.
    expect(vm.sections.map((s) => s.key)).toEqual(policySectionKeySchema.options);
  });

  it('N-1 / N26-2: controller identity and contact, and the joint controller with the arrangement', () => {
    const t = sectionText(vm, 'controller');
    expect(t).toContain('Northwind Cloud SAS');
    expect(t).toContain('contact@northwind.example');
    expect(t).toContain('18 rue des Lilas, 75011 Paris, France');
    expect(t).toContain('Northwind Finance SA');
    expect(t).toContain('Northwind Finance runs the scoring model');
  });

  it('N-2: DPO contact details', () => {
    const t = sectionText(vm, 'dpo');
    expect(t).toContain('Apolline Schmitt');
    expect(t).toContain('dpo@northwind.example');
  });

  it('N-3 / N-4: each purpose sits in the same table row as its legal basis and the interest pursued', () => {
    const table = section(vm, 'purposes')!.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no purposes table');
    const row = (purpose: string) =>
      table.rows
        .find((r) => r[1]?.includes(purpose))
        ?.flat()
        .join(' ') ?? '';
    expect(row('Answer your contact request')).toMatch(/Article 6\(1\)\(f\).*answering the requests people send us/);
    expect(row('Send you our monthly newsletter')).toContain('Your consent (Article 6(1)(a) GDPR)');
    expect(row('Keep accounting records')).toContain('French Commercial Code, article L123-22');
    expect(row('Pay salaries')).toBe(''); // the HR activity is outside this policy's audiences
  });

  it('N-5: recipients with categories and the processors with their sub-processors', () => {
    expect(sectionText(vm, 'recipients')).toContain('Alpine Partner AG (third party), located in Switzerland');
    const p = sectionText(vm, 'processors');
    expect(p).toMatch(/MailRelay Inc\. \| e-mail sending.*\| United States \| SkyCompute LLC/);
  });

  it('N-6 / N-8: data per collection point with retention, and retention sentences with period and start', () => {
    expect(sectionText(vm, 'data_collected')).toContain(
      'Contact form | Last name and first name; E-mail address; Question asked | Maximum 3 years from the last contact',
    );
    const r = sectionText(vm, 'retention');
    expect(r).toContain('We keep Last name and first name and E-mail address for 3 years from the last contact.');
    expect(r).toContain('We keep Newsletter e-mail address according to this criterion: until you unsubscribe.');
    expect(r).toContain('We keep Pages viewed for 25 months from the visit.');
  });

  it('N-7: US without DPF states the partial decision, that it does not cover the recipient, the SCCs and how to get a copy; Switzerland names its decision', () => {
    const t = sectionText(vm, 'transfers');
    expect(t).not.toContain(
      'There is no adequacy decision of the European Commission for this destination (United States',
    );
    expect(t).toMatch(
      /adequacy decision for this destination \(United States\) is partial \(Commission Implementing Decision \(EU\) 2023\/1795 \(EU–US Data Privacy Framework\); Article 45 GDPR\): it covers only organisations certified under the EU–US Data Privacy Framework\. MailRelay Inc\. is not certified under this framework, so the decision does not cover this transfer\..*standard contractual clauses of the European Commission \(Article 46\(2\)\(c\) GDPR\).*To obtain a copy of these safeguards: ask our DPO/,
    );
    expect(t).toMatch(
      /this destination \(Switzerland\) ensures an adequate level of protection \(Commission Decision 2000\/518\/EC; Article 45 GDPR\).*Condition: only with your explicit consent\./,
    );
  });

  it('N49: the compelling-interest transfer names the interest, the safeguards and how to get a copy', () => {
    expect(sectionText(vm, 'transfers')).toMatch(
      /compelling legitimate interests we pursue: verifying a single disputed debt.*only the name and the invoice number.*copy of these safeguards on request to privacy@northwind\.example/,
    );
  });

  it('N-9: the six rights and how to exercise them', () => {
    const t = sectionText(vm, 'rights');
    for (const word of [/access/i, /rectif/i, /erasure/i, /restrict/i, /portab/i, /object/i]) expect(t).toMatch(word);
    expect(t).toContain('To exercise your rights, write to us at privacy@northwind.example.');
  });

  it('N21-4: a separate headed right-to-object section covering 6(1)(f) purposes and direct marketing', () => {
    const s = section(vm, 'right_to_object')!;
    expect(s.heading).toBe('Your right to object');
    const t = sectionText(vm, 'right_to_object');
    expect(t).toContain('Article 21(1) GDPR');
    expect(t).toContain('direct marketing');
    expect(t).toContain('Send you offers about our services (Website contact requests)');
  });

  it('N-10: consent withdrawal at any time without affecting earlier processing', () => {
    expect(sectionText(vm, 'consent_withdrawal')).toContain(
      'You can withdraw your consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal',
    );
  });

  it('N-11: complaint to the named supervisory authority with its website and address', () => {
    const t = sectionText(vm, 'complaint');
    expect(t).toContain("lodge a complaint with the Commission Nationale de l'Informatique et des Libertés (CNIL)");
    expect(t).toContain('https://www.cnil.fr');
    expect(t).toContain('3 Place de Fontenoy');
  });

  it('N-12: obligation and consequence per collection point', () => {
    expect(sectionText(vm, 'requirement')).toContain(
      'Contact form | No: it is optional | Without your e-mail address we cannot answer you.',
    );
  });

  it('N-13: sources, and whether each is publicly accessible', () => {
    const t = sectionText(vm, 'sources');
    expect(t).toContain('Infolegale credit reference agency | Payment incident history | No');
    expect(t).toContain('Trade and companies register (RCS) | Company director identity | Yes');
  });

  it('N-14 / N22: automated decision with logic, consequences and Art. 22(3) safeguards', () => {
    const t = sectionText(vm, 'automated_decisions');
    expect(t).toContain('How it works: a score computed from payment incidents');
    expect(t).toContain('What it means for you: a score below 40');
    expect(t).toContain('obtain human intervention');
  });

  it('cookies table, security summary, contact and change history', () => {
    expect(sectionText(vm, 'cookies')).toContain('_pk_id | Matomo (self-hosted) | distinguish visitors | 13 months');
    expect(sectionText(vm, 'security')).toContain('Encryption: data encrypted in transit');
    expect(sectionText(vm, 'contact')).toContain('privacy@northwind.example');
    expect(sectionText(vm, 'changes')).toContain('This is version 2.0 of our policy, in force since 25 May 2026.');
    expect(sectionText(vm, 'changes')).toContain('Credit checks and audience measurement added');
  });

  it('maps every rubric item to sections that exist in this complete policy', () => {
    for (const item of POLICY_RUBRIC_ITEMS)
      expect(
        item.sections.some((k) => section(vm, k) !== undefined),
        item.id,
      ).toBe(true);
    expect(section(vm, 'right_to_object')!.rubricItems).toContain('N21-4');
  });

  it('writes plain language: no hedging words in the generated English text or wording file', () => {
    // "25 May 2026" is a date, not a hedge.
    const hedges =
      policyPlainText(vm)
        .replace(/\b\d{1,2} May \d{4}\b/g, '')
        .match(HEDGES) ?? [];
    expect(hedges).toEqual([]);
    const wording = JSON.stringify(POLICY_WORDING.en).match(HEDGES) ?? [];
    expect(wording).toEqual([]);
  });

  it('carries the same wording keys in English and French', () => {
    expect(wordingKeys(POLICY_WORDING.fr).sort()).toEqual(wordingKeys(POLICY_WORDING.en).sort());
  });

  it('names the policy it cannot find', () => {
    expect(() => build(ws, 'nope')).toThrow(PolicyNotFoundError);
    expect(() => build(ws, 'nope')).toThrow('No privacy policy with id "nope"');
  });
});

describe('privacy policy view model: conditional items are absent when they do not apply', () => {
  /** The same record with no consent, no 6(1)(e)/(f), no direct marketing, no transfers, no ADM, no Art. 14 data. */
  const plainRecord = (): Workspace => {
    const ws = samplePolicyWorkspace();
    for (const a of ws.activities) {
      if (a.kind !== 'controller') continue;
      a.purposes = a.purposes.map((p) => ({
        ...p,
        legalBasis: 'contract',
        legitimateInterest: '',
        directMarketing: false,
      }));
      a.transferIds = [];
      a.automatedDecision = { exists: false, logic: '', significance: '', safeguards: '' };
      a.collectedFromDataSubject = true;
      a.sources = [];
      a.jointControllers = [];
      a.websiteAnalytics = false;
      a.recipientIds = [];
      a.processorIds = [];
      a.securityMeasureIds = [];
    }
    ws.contacts = [];
    return ws;
  };
  const vm = build(plainRecord());

  it('omits the sections that do not apply', () => {
    for (const key of [
      'right_to_object',
      'consent_withdrawal',
      'transfers',
      'sources',
      'cookies',
      'dpo',
      'processors',
      'security',
    ] as const)
      expect(section(vm, key), key).toBeUndefined();
    expect(vm.noticeBasis).toBe('art13');
    expect(policyPlainText(vm)).not.toMatch(/withdraw your consent at any time/);
  });

  it('still states "none" where the law asks for a statement (recipients, automated decisions)', () => {
    expect(sectionText(vm, 'recipients')).toContain('We do not disclose your personal data to anyone');
    expect(sectionText(vm, 'automated_decisions')).toContain(
      'We do not take any decision based solely on automated processing',
    );
    expect(sectionText(vm, 'rights')).toContain('Right to object: you can object');
  });

  it('shows the right-to-object section for a public task alone', () => {
    const ws = plainRecord();
    controllerActivity(ws, 'a-credit').purposes[0]!.legalBasis = 'public_task';
    expect(section(build(ws), 'right_to_object')).toBeDefined();
  });

  it('shows consent withdrawal for Art. 9(2)(a) explicit consent alone', () => {
    const ws = plainRecord();
    controllerActivity(ws, 'a-credit').purposes[0]!.art9Condition = 'explicit_consent';
    expect(sectionText(build(ws), 'consent_withdrawal')).toContain('Check the solvency of new customers');
  });

  it('a DPF-certified US recipient is covered by the adequacy decision', () => {
    const ws = samplePolicyWorkspace();
    ws.transfers.find((t) => t.id === 't-us')!.dpfCertified = true;
    const t = sectionText(build(ws), 'transfers');
    expect(t).toContain('MailRelay Inc. is certified under this framework, so the decision covers this transfer.');
    expect(t).not.toContain('MailRelay Inc. is not certified');
  });
});

describe('privacy policy view model: French', () => {
  const vm = build(samplePolicyWorkspace(), SAMPLE_POLICY_FR_ID);
  // French spaces (U+00A0 before ":", U+202F before ; ! ? and in « ») read as spaces here.
  // Record text not translated yet carries the "[EN] " marker of the multilingual export: dropped here.
  const text = policyPlainText(vm)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\[EN\] /g, '');

  it('sets French typography: no-break space before the colon, narrow ones before ; ! ? and inside « »', () => {
    const raw = policyPlainText(vm);
    expect(raw).toContain('Êtes-vous obligé de nous fournir vos données\u202f?');
    expect(raw).toMatch(/Courriel\u00a0: /);
    expect(raw).toMatch(/«\u202f[^»]+\u202f»/);
    expect(raw).not.toMatch(/[^\u00a0\s]:\s/);
    expect(raw).not.toMatch(/ [;:!?](\s|$)/);
  });

  it('uses French legal wording for consent, complaint, objection and transfers', () => {
    expect(vm.language).toBe('fr');
    expect(text).toContain(
      'Vous pouvez retirer votre consentement à tout moment, sans que cela remette en cause la licéité du traitement effectué avant ce retrait',
    );
    expect(text).toContain(
      "Vous avez le droit d'introduire une réclamation auprès de la Commission Nationale de l'Informatique et des Libertés (CNIL)",
    );
    expect(section(vm, 'right_to_object')!.heading).toBe("Votre droit d'opposition");
    expect(text).toContain(
      "La décision d'adéquation de la Commission européenne pour cette destination (États-Unis) est partielle (décision d'exécution (UE) 2023/1795 de la Commission (cadre de protection des données UE–États-Unis) ; article 45 du RGPD)",
    );
    expect(text).not.toContain(
      "Il n'existe pas de décision d'adéquation de la Commission européenne pour cette destination (États-Unis",
    );
    expect(text).toContain('(article 46.2.c du RGPD)');
    expect(text).not.toMatch(/Art(icle)?\.? \d+\(/);
    expect(text).toContain('Nous conservons les données suivantes pendant 3 ans (point de départ : the last contact)');
    expect(text).toContain('Droit à la portabilité');
    expect(text).toContain('en vigueur depuis le 25 mai 2026');
  });
});

describe('privacy policy overrides', () => {
  const withOverride = (ws: Workspace, key: PolicySection['key'], mode: 'replace' | 'append', text: string) => {
    policyOf(ws).overrides[key] = createPolicyOverride(ws, SAMPLE_POLICY_ID, key, {
      mode,
      text,
      now: '2026-05-30T10:00:00.000Z',
    });
  };

  it('replace shows the user text instead of the generated blocks, and keeps the generated ones aside', () => {
    const ws = samplePolicyWorkspace();
    withOverride(ws, 'security', 'replace', 'Our own words about security.\n\n- ISO 27001 certified\n- Yearly audit');
    const s = section(build(ws), 'security')!;
    expect(s.blocks).toEqual([
      { kind: 'paragraph', text: 'Our own words about security.' },
      { kind: 'list', items: ['ISO 27001 certified', 'Yearly audit'] },
    ]);
    expect(JSON.stringify(s.generatedBlocks)).toContain('Encryption');
    expect(s.overrideStatus).toBe('current');
  });

  it('append adds the user text after the generated blocks', () => {
    const ws = samplePolicyWorkspace();
    withOverride(ws, 'rights', 'append', 'You can also use the form in your account.');
    const t = sectionText(build(ws), 'rights');
    expect(t).toContain('Right of access');
    expect(t.trim().endsWith('You can also use the form in your account.')).toBe(true);
  });

  it('stays current when unrelated facts change and becomes stale when its own facts change; it survives both', () => {
    const ws = samplePolicyWorkspace();
    withOverride(ws, 'transfers', 'replace', 'Custom transfer text.');
    // Unrelated change: a security measure's description.
    ws.securityMeasures[0]!.description = 'stronger encryption';
    let s = section(build(ws), 'transfers')!;
    expect(s.overrideStatus).toBe('current');
    // Related change: the US transfer's safeguard.
    ws.transfers.find((t) => t.id === 't-us')!.mechanism = 'bcr';
    s = section(build(ws), 'transfers')!;
    expect(s.overrideStatus).toBe('stale');
    expect(s.blocks).toEqual([{ kind: 'paragraph', text: 'Custom transfer text.' }]);
    // Confirming it against the new facts makes it current again.
    withOverride(ws, 'transfers', 'replace', 'Custom transfer text.');
    expect(section(build(ws), 'transfers')!.overrideStatus).toBe('current');
  });

  it('gives the same fingerprint for the same facts and a different one in another language', () => {
    const a = build(samplePolicyWorkspace());
    const b = build(samplePolicyWorkspace());
    expect(a.sections.map((s) => s.factsFingerprint)).toEqual(b.sections.map((s) => s.factsFingerprint));
    const fr = build(samplePolicyWorkspace(), SAMPLE_POLICY_FR_ID);
    expect(section(fr, 'transfers')!.factsFingerprint).not.toBe(section(a, 'transfers')!.factsFingerprint);
  });

  it('refuses an unknown section or an invalid date with a clear message', () => {
    const ws = samplePolicyWorkspace();
    expect(() =>
      createPolicyOverride(ws, SAMPLE_POLICY_ID, 'footer' as PolicySection['key'], {
        mode: 'replace',
        text: 'x',
        now: '2026-05-30T10:00:00Z',
      }),
    ).toThrow('"footer" is not a section of a privacy policy.');
    expect(() =>
      createPolicyOverride(ws, SAMPLE_POLICY_ID, 'rights', { mode: 'replace', text: 'x', now: 'yesterday' }),
    ).toThrow(PolicyOverrideError);
  });
});
