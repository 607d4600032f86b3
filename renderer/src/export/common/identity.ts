import type { Address, Language } from '../../domain/common';
import type { Contact } from '../../domain/contact';
import { dpoOf, representativeOf, type Workspace } from '../../domain/workspace';
import { formatAddress, joinParts } from './format';

/**
 * The identity block of a document's cover: who the organisation is, its representative in the
 * Union and its data protection officer, with their contact details. The register (Art. 30(1)(a),
 * 30(2)(a)) and the privacy policy (Art. 13(1)(a)–(b), 14(1)(a)–(b)) print the same block, built here
 * once; each document gives its own wording for the `identity.*` keys.
 */
export interface IdentityItem {
  key: 'organisation' | 'representative' | 'dpo';
  label: string;
  lines: string[];
}

/**
 * register: the record kept for the authority, every item stated (an empty one in words);
 * public: a notice (the policy), where the DPO's name is printed only when the DPO agreed to it
 * (Art. 37(7) asks for the contact details, not the name) and what does not apply is left out.
 */
export type IdentityAudience = 'register' | 'public';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Address, e-mail and phone on one line. */
export const contactLine = (parts: { address: Address; email: string; phone: string }, language: Language): string =>
  joinParts([formatAddress(parts.address, language), parts.email, parts.phone]);

const contactLines = (c: Contact, t: T, language: Language, audience: IdentityAudience): string[] => {
  const showName = audience === 'register' || c.published;
  const name = joinParts(
    [
      showName ? c.name : '',
      showName ? c.jobTitle : '',
      c.external && c.firm ? t('identity.externalDpo', { firm: c.firm }) : '',
    ],
    ', ',
  );
  const details = contactLine(c, language);
  return [name, details === '' ? t('identity.noContact') : details].filter((line) => line !== '');
};

export const identityItems = (
  ws: Workspace,
  options: { role: 'controller' | 'processor'; audience: IdentityAudience; language: Language; t: T },
): IdentityItem[] => {
  const { t, language, audience } = options;
  const org = ws.organisation;
  const dpo = dpoOf(ws);
  const representative = representativeOf(ws);
  const items: IdentityItem[] = [
    {
      key: 'organisation',
      label: t(options.role === 'controller' ? 'identity.controller' : 'identity.processor'),
      lines: [
        org.name,
        contactLine(org, language) || t('identity.noContact'),
        ...(org.registrationNumber ? [t('identity.registration', { value: org.registrationNumber })] : []),
        ...(org.website ? [t('identity.website', { value: org.website })] : []),
      ],
    },
  ];
  // Art. 27 applies only to an organisation not established in the Union: a notice does not say it does not apply.
  if (representative || !org.establishedInEu || audience === 'register')
    items.push({
      key: 'representative',
      label: t('identity.representative'),
      lines: representative
        ? contactLines(representative, t, language, audience)
        : [t(org.establishedInEu ? 'identity.representativeNotApplicable' : 'identity.representativeMissing')],
    });
  if (dpo || audience === 'register')
    items.push({
      key: 'dpo',
      label: t('identity.dpo'),
      lines: dpo ? contactLines(dpo, t, language, audience) : [t('identity.dpoMissing')],
    });
  return items;
};
