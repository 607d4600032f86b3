import adequacyData from '../../../assets/reference-data/adequacy.json';
import countriesData from '../../../assets/reference-data/countries.json';
import authoritiesData from '../../../assets/reference-data/supervisory-authorities.json';
import type { Language } from './common';
import type { Transfer } from './transfer';

/** The dated Art. 45 adequacy list; data, not code, so it can be updated without a release of logic. */
export const ADEQUACY = adequacyData;
export const ADEQUACY_AS_OF: string = adequacyData.asOf;
export const COUNTRY_CODES: readonly string[] = countriesData.countries;
const EEA = new Set(countriesData.eea);
const EU = new Set(countriesData.eu);

export const isEea = (code: string): boolean => EEA.has(code);
export const isEu = (code: string): boolean => EU.has(code);
/** A third country in the sense of Chapter V: outside the EEA. */
export const isThirdCountry = (code: string): boolean => code !== '' && !EEA.has(code);

export type AdequacyDecision = (typeof adequacyData.decisions)[number];
export const adequacyDecisionFor = (code: string): AdequacyDecision | undefined =>
  adequacyData.decisions.find((d) => d.code === code);

export type AdequacyStatus =
  /** Inside the EEA: no Chapter V transfer at all. */
  | 'eea'
  /** Covered by an adequacy decision. */
  | 'adequate'
  /** Covered only for some recipients (US: DPF-certified; CA: PIPEDA), and this one qualifies. */
  | 'adequate_partial'
  /** A partial decision exists but this recipient is not shown to qualify (e.g. US without DPF). */
  | 'partial_not_covered'
  | 'not_adequate';

/** Adequacy of a transfer's destination, taking the recipient's DPF certification into account. */
export const adequacyOf = (
  t: Pick<Transfer, 'destinationType' | 'country' | 'internationalOrganisation' | 'dpfCertified'>,
): AdequacyStatus => {
  if (t.destinationType === 'international_organisation') {
    const io = adequacyData.internationalOrganisations.find(
      (o) => o.name.toLowerCase() === t.internationalOrganisation.trim().toLowerCase(),
    );
    return io ? 'adequate' : 'not_adequate';
  }
  if (isEea(t.country)) return 'eea';
  const d = adequacyDecisionFor(t.country);
  if (!d) return 'not_adequate';
  if (d.scope === 'full') return 'adequate';
  if ('condition' in d && d.condition === 'dpf_certified')
    return t.dpfCertified ? 'adequate_partial' : 'partial_not_covered';
  return 'adequate_partial';
};
export const isAdequate = (s: AdequacyStatus): boolean => s === 'adequate' || s === 'adequate_partial';

const displayNames = new Map<Language, Intl.DisplayNames>();
/** Country name in the document or interface language ("Switzerland" / "Suisse"). */
export const countryName = (code: string, language: Language): string => {
  if (code === '') return '';
  let dn = displayNames.get(language);
  if (!dn) {
    dn = new Intl.DisplayNames([language], { type: 'region' });
    displayNames.set(language, dn);
  }
  try {
    return dn.of(code) ?? code;
  } catch {
    return code;
  }
};

export type SupervisoryAuthorityRef = (typeof authoritiesData.authorities)[number];
export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthorityRef[] = authoritiesData.authorities;
/**
 * The one supervisory authority of a country, used when the organisation names none. A country with
 * several (Germany: the BfDI and one per Land, two in Bavaria) gives none: which one is competent
 * depends on the Land and on whether the body is public (§ 40 BDSG), so the DPO chooses it.
 */
export const authorityForCountry = (code: string): SupervisoryAuthorityRef | undefined => {
  const inCountry = authoritiesData.authorities.filter((a) => a.country === code);
  return inCountry.length === 1 ? inCountry[0] : undefined;
};
/** Every authority of a country, for the picker and for a check that one was chosen. */
export const authoritiesOfCountry = (code: string): readonly SupervisoryAuthorityRef[] =>
  authoritiesData.authorities.filter((a) => a.country === code);
