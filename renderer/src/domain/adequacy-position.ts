import { ADEQUACY, adequacyDecisionFor, isEea } from './reference';
import type { Transfer } from './transfer';

/** One entry of the dated adequacy list (a country's decision or an international organisation's). */
export interface AdequacyListEntry {
  /** Country code, or "" for an international organisation. */
  code: string;
  /** Official number ("(EU) 2023/1795", "2002/2/EC"); null where it was not found (then `adoptedOn`). */
  reference: string | null;
  adoptedOn?: string;
  renewedOn?: string;
  validUntil?: string;
  /** A named framework the decision sets up ("dpf": the EU–US Data Privacy Framework). */
  framework?: string;
  scope: 'full' | 'partial';
}

/**
 * What the dated adequacy list (Art. 45(3), assets/reference-data/adequacy.json) says about one
 * transfer, the single answer both the register and the policy print:
 * - `eea`: no Chapter V transfer at all;
 * - `full`: a decision covers the destination;
 * - `partial_covered`: a partial decision (US: DPF-certified organisations; CA: organisations
 *   subject to PIPEDA; JP, KR: the sectors named) and this recipient is among those it covers: for
 *   the US the recorded certification says so, elsewhere the transfer relies on the decision;
 * - `partial_not_covered`: a partial decision exists but this transfer does not rely on it (a US
 *   recipient without certification, or another tool recorded), so the safeguard in use applies;
 * - `none`: no decision; an Art. 46 safeguard or an Art. 49 derogation is needed.
 */
export type AdequacyPositionKind = 'eea' | 'full' | 'partial_covered' | 'partial_not_covered' | 'none';

export interface AdequacyPosition {
  kind: AdequacyPositionKind;
  /** The decision concerned, for every kind but `eea` and `none`. */
  decision: AdequacyListEntry | null;
}

const entryOfCountry = (code: string): AdequacyListEntry | null => {
  const d = adequacyDecisionFor(code);
  if (!d) return null;
  return {
    code: d.code,
    reference: d.reference,
    ...('adoptedOn' in d && d.adoptedOn ? { adoptedOn: d.adoptedOn } : {}),
    ...('renewedOn' in d && d.renewedOn ? { renewedOn: d.renewedOn } : {}),
    ...('validUntil' in d && d.validUntil ? { validUntil: d.validUntil } : {}),
    ...('framework' in d && d.framework ? { framework: d.framework } : {}),
    scope: d.scope === 'full' ? 'full' : 'partial',
  };
};

const entryOfOrganisation = (name: string): AdequacyListEntry | null => {
  const io = ADEQUACY.internationalOrganisations.find((o) => o.name.toLowerCase() === name.trim().toLowerCase());
  if (!io) return null;
  return { code: '', reference: io.reference, adoptedOn: io.adoptedOn, scope: 'full' };
};

export const adequacyPosition = (
  t: Pick<Transfer, 'destinationType' | 'country' | 'internationalOrganisation' | 'dpfCertified' | 'mechanism'>,
): AdequacyPosition => {
  if (t.destinationType === 'international_organisation') {
    const decision = entryOfOrganisation(t.internationalOrganisation);
    return { kind: decision ? 'full' : 'none', decision };
  }
  if (isEea(t.country)) return { kind: 'eea', decision: null };
  const decision = entryOfCountry(t.country);
  if (!decision) return { kind: 'none', decision: null };
  if (decision.scope === 'full') return { kind: 'full', decision };
  const covered = decision.framework === 'dpf' ? t.dpfCertified : t.mechanism === 'adequacy';
  return { kind: covered ? 'partial_covered' : 'partial_not_covered', decision };
};
