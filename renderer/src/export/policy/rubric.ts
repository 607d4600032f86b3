import type { PolicySectionKey } from '../../domain/document-setting';

/**
 * Which policy section satisfies which Art. 12–14 item of the rubric (§2, §8 "NOTICE" checklist).
 * `condition` says when a conditional item applies; the checks feature looks the section up by key
 * in the view model to confirm it is there (or rightly absent).
 */
export interface PolicyRubricItem {
  id: string;
  articles: string;
  sections: readonly PolicySectionKey[];
  force: 'must' | 'conditional' | 'should';
  condition: string;
}

export const POLICY_RUBRIC_ITEMS: readonly PolicyRubricItem[] = [
  {
    id: 'N-1',
    articles: 'Art. 13(1)(a), 14(1)(a)',
    sections: ['controller'],
    force: 'must',
    condition: 'always; representative when one is named or the controller is outside the EU',
  },
  {
    id: 'N-2',
    articles: 'Art. 13(1)(b), 14(1)(b), 37(7)',
    sections: ['dpo'],
    force: 'conditional',
    condition: 'a DPO is designated',
  },
  { id: 'N-3', articles: 'Art. 13(1)(c), 14(1)(c)', sections: ['purposes'], force: 'must', condition: 'always' },
  {
    id: 'N-4',
    articles: 'Art. 13(1)(d), 14(2)(b)',
    sections: ['purposes'],
    force: 'conditional',
    condition: 'a purpose relies on Art. 6(1)(f)',
  },
  {
    id: 'N-5',
    articles: 'Art. 13(1)(e), 14(1)(e)',
    sections: ['recipients', 'processors'],
    force: 'must',
    condition: 'always (states "none" when there is no recipient)',
  },
  {
    id: 'N-6',
    articles: 'Art. 14(1)(d)',
    sections: ['data_collected'],
    force: 'conditional',
    condition: 'data not obtained from the person (listed for Art. 13 too)',
  },
  {
    id: 'N-7',
    articles: 'Art. 13(1)(f), 14(1)(f)',
    sections: ['transfers'],
    force: 'conditional',
    condition: 'a transfer outside the EEA',
  },
  {
    id: 'N-8',
    articles: 'Art. 13(2)(a), 14(2)(a)',
    sections: ['retention', 'data_collected'],
    force: 'must',
    condition: 'always',
  },
  { id: 'N-9', articles: 'Art. 13(2)(b), 14(2)(c)', sections: ['rights'], force: 'must', condition: 'always' },
  {
    id: 'N-10',
    articles: 'Art. 13(2)(c), 14(2)(d), 7(3)',
    sections: ['consent_withdrawal'],
    force: 'conditional',
    condition: 'a purpose relies on Art. 6(1)(a) or 9(2)(a)',
  },
  { id: 'N-11', articles: 'Art. 13(2)(d), 14(2)(e), 77', sections: ['complaint'], force: 'must', condition: 'always' },
  {
    id: 'N-12',
    articles: 'Art. 13(2)(e)',
    sections: ['requirement'],
    force: 'conditional',
    condition: 'data collected from the person',
  },
  {
    id: 'N-13',
    articles: 'Art. 14(2)(f)',
    sections: ['sources'],
    force: 'conditional',
    condition: 'data not obtained from the person',
  },
  {
    id: 'N-14',
    articles: 'Art. 13(2)(f), 14(2)(g), 22',
    sections: ['automated_decisions'],
    force: 'must',
    condition: 'always (states that there is none)',
  },
  { id: 'N-15', articles: 'Art. 13(3), 14(4)', sections: ['changes'], force: 'should', condition: 'always' },
  {
    id: 'N21-4',
    articles: 'Art. 21(4)',
    sections: ['right_to_object'],
    force: 'conditional',
    condition: 'a purpose relies on Art. 6(1)(e) or (f), or is direct marketing',
  },
  {
    id: 'N26-2',
    articles: 'Art. 26(2)',
    sections: ['controller'],
    force: 'conditional',
    condition: 'an activity has a joint controller',
  },
  {
    id: 'N49',
    articles: 'Art. 49(1) 2nd subpara',
    sections: ['transfers'],
    force: 'conditional',
    condition: 'a transfer relies on compelling legitimate interests',
  },
  { id: 'N12-6', articles: 'Art. 12(2)–(3)', sections: ['rights', 'contact'], force: 'should', condition: 'always' },
  {
    id: 'N12-3',
    articles: 'Art. 12(5)',
    sections: ['introduction', 'rights'],
    force: 'must',
    condition: 'always (free of charge)',
  },
  {
    id: 'COOKIES',
    articles: 'ePrivacy Directive Art. 5(3)',
    sections: ['cookies'],
    force: 'conditional',
    condition: 'an activity is website analytics',
  },
  {
    id: 'R30C-g',
    articles: 'Art. 32(1) (summary)',
    sections: ['security'],
    force: 'should',
    condition: 'security measures are recorded',
  },
];

/** Rubric item ids a section carries. */
export const rubricItemsFor = (key: PolicySectionKey): string[] =>
  POLICY_RUBRIC_ITEMS.filter((i) => i.sections.includes(key)).map((i) => i.id);
