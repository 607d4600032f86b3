import { z } from 'zod';

/** Art. 6(1)(a)–(f): at least one lawful basis per purpose. */
export const legalBasisSchema = z.enum([
  'consent', // 6(1)(a)
  'contract', // 6(1)(b), including pre-contractual steps at the person's request
  'legal_obligation', // 6(1)(c)
  'vital_interests', // 6(1)(d)
  'public_task', // 6(1)(e)
  'legitimate_interests', // 6(1)(f)
]);
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export const LEGAL_BASIS_ARTICLE: Record<LegalBasis, string> = {
  consent: 'Art. 6(1)(a)',
  contract: 'Art. 6(1)(b)',
  legal_obligation: 'Art. 6(1)(c)',
  vital_interests: 'Art. 6(1)(d)',
  public_task: 'Art. 6(1)(e)',
  legitimate_interests: 'Art. 6(1)(f)',
};

/** Art. 9(2)(a)–(j): the condition that lifts the Art. 9(1) prohibition on special categories. */
export const art9ConditionSchema = z.enum([
  'explicit_consent', // 9(2)(a)
  'employment_social_security', // 9(2)(b)
  'vital_interests_incapable', // 9(2)(c)
  'not_for_profit_body', // 9(2)(d)
  'manifestly_made_public', // 9(2)(e)
  'legal_claims', // 9(2)(f)
  'substantial_public_interest', // 9(2)(g)
  'health_or_social_care', // 9(2)(h)
  'public_health', // 9(2)(i)
  'archiving_research_statistics', // 9(2)(j)
]);
export type Art9Condition = z.infer<typeof art9ConditionSchema>;
export const ART9_CONDITION_ARTICLE: Record<Art9Condition, string> = {
  explicit_consent: 'Art. 9(2)(a)',
  employment_social_security: 'Art. 9(2)(b)',
  vital_interests_incapable: 'Art. 9(2)(c)',
  not_for_profit_body: 'Art. 9(2)(d)',
  manifestly_made_public: 'Art. 9(2)(e)',
  legal_claims: 'Art. 9(2)(f)',
  substantial_public_interest: 'Art. 9(2)(g)',
  health_or_social_care: 'Art. 9(2)(h)',
  public_health: 'Art. 9(2)(i)',
  archiving_research_statistics: 'Art. 9(2)(j)',
};

/** Art. 9(1) special categories of personal data. */
export const specialCategorySchema = z.enum([
  'racial_ethnic_origin',
  'political_opinions',
  'religious_philosophical_beliefs',
  'trade_union_membership',
  'genetic',
  'biometric',
  'health',
  'sex_life_orientation',
]);
export type SpecialCategory = z.infer<typeof specialCategorySchema>;

/**
 * Chapter V transfer mechanisms: Art. 45 adequacy, Art. 46(2)/(3) safeguards, Art. 47 BCRs,
 * Art. 49(1) derogations (a)–(g) and the compelling-legitimate-interest transfer of Art. 49(1) 2nd subpara.
 */
export const transferMechanismSchema = z.enum([
  'adequacy', // Art. 45
  'legally_binding_instrument', // Art. 46(2)(a)
  'bcr', // Art. 46(2)(b), Art. 47
  'scc', // Art. 46(2)(c)
  'sa_scc', // Art. 46(2)(d)
  'code_of_conduct', // Art. 46(2)(e)
  'certification', // Art. 46(2)(f)
  'ad_hoc_clauses', // Art. 46(3)(a)
  'administrative_arrangement', // Art. 46(3)(b)
  'derogation_explicit_consent', // Art. 49(1)(a)
  'derogation_contract', // Art. 49(1)(b)
  'derogation_contract_interest', // Art. 49(1)(c)
  'derogation_public_interest', // Art. 49(1)(d)
  'derogation_legal_claims', // Art. 49(1)(e)
  'derogation_vital_interests', // Art. 49(1)(f)
  'derogation_public_register', // Art. 49(1)(g)
  'compelling_legitimate_interest', // Art. 49(1) second subparagraph
]);
export type TransferMechanism = z.infer<typeof transferMechanismSchema>;
export const TRANSFER_MECHANISM_ARTICLE: Record<TransferMechanism, string> = {
  adequacy: 'Art. 45',
  legally_binding_instrument: 'Art. 46(2)(a)',
  bcr: 'Art. 46(2)(b), Art. 47',
  scc: 'Art. 46(2)(c)',
  sa_scc: 'Art. 46(2)(d)',
  code_of_conduct: 'Art. 46(2)(e)',
  certification: 'Art. 46(2)(f)',
  ad_hoc_clauses: 'Art. 46(3)(a)',
  administrative_arrangement: 'Art. 46(3)(b)',
  derogation_explicit_consent: 'Art. 49(1)(a)',
  derogation_contract: 'Art. 49(1)(b)',
  derogation_contract_interest: 'Art. 49(1)(c)',
  derogation_public_interest: 'Art. 49(1)(d)',
  derogation_legal_claims: 'Art. 49(1)(e)',
  derogation_vital_interests: 'Art. 49(1)(f)',
  derogation_public_register: 'Art. 49(1)(g)',
  compelling_legitimate_interest: 'Art. 49(1), second subparagraph',
};
/** Mechanisms whose safeguards a person can ask a copy of (Art. 13(1)(f), 14(1)(f)). */
export const isAppropriateSafeguard = (m: TransferMechanism): boolean =>
  [
    'legally_binding_instrument',
    'bcr',
    'scc',
    'sa_scc',
    'code_of_conduct',
    'certification',
    'ad_hoc_clauses',
    'administrative_arrangement',
    'compelling_legitimate_interest',
  ].includes(m);
export const isDerogation = (m: TransferMechanism): boolean => m.startsWith('derogation_');

/** WP248 rev.01: the nine criteria; two or more means a DPIA is likely required. */
export const wp248CriterionSchema = z.enum([
  'evaluation_scoring',
  'automated_decision_legal_effect',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_combining',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_exercising_rights',
]);
export type Wp248Criterion = z.infer<typeof wp248CriterionSchema>;

/** Art. 35(3)(a)–(c): cases where a DPIA is required whatever the criteria count. */
export const art35_3CaseSchema = z.enum([
  'systematic_evaluation',
  'large_scale_special_data',
  'public_area_monitoring',
]);
export type Art35_3Case = z.infer<typeof art35_3CaseSchema>;
