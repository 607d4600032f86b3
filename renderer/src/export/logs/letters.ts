import en from '../../../../assets/i18n/en/letters.json';
import fr from '../../../../assets/i18n/fr/letters.json';
import de from '../../../../assets/i18n/de/letters.json';
import type { Language } from '../../domain/common';
import type { DataSubjectRequest } from '../../domain/data-subject-request';
import { dpoOf, type Workspace } from '../../domain/workspace';
import { formatAddress, formatDate, isoDay, joinList, joinParts } from '../common/format';
import { createTranslator } from '../common/wording';
import { formatNumber } from './format';
import type { LetterDocument } from './letter';
import { liveRequests, requestDatesOrError } from './request-view-model';

/** The "letters" namespace: the reply letters to a data subject. */
export const lettersT = createTranslator('letters', { en, fr, de });

/** The letters a request may need (Art. 12(3), (4)). */
export const LETTER_KINDS = ['acknowledgement', 'extension', 'answer', 'refusal'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface LetterOptions {
  language: Language;
  kind: LetterKind;
  /** YYYY-MM-DD of the letter; defaults to today. */
  date?: string;
}

/**
 * A reply letter from the record. Every sentence is wording the law calls for, filled with facts of
 * the request; a missing fact is printed as a bracketed gap ("[Not recorded: …]") so the letter
 * cannot go out looking complete when it is not.
 */
export const buildRequestLetter = (ws: Workspace, requestId: string, options: LetterOptions): LetterDocument => {
  const { language, kind } = options;
  const t = (key: string, vars?: Record<string, string | number>): string => lettersT(language, key, vars);
  const r: DataSubjectRequest | undefined = liveRequests(ws).find((x) => x.id === requestId);
  if (!r) throw new RangeError(t('notFound'));
  const today = options.date ?? isoDay(new Date());
  const org = ws.organisation;
  const gap = (what: string): string => t('gap', { what: t(`missing.${what}`) });
  const or = (value: string, what: string): string => (value.trim() === '' ? gap(what) : value);
  const date = (iso: string): string => formatDate(iso, language);
  const dpo = dpoOf(ws);
  const deadlines = requestDatesOrError(r, org.address.country, today);
  // The acknowledgement gives the first period; an extension letter gives the extended one.
  const firstDue = deadlines.ok ? date(deadlines.value.first.end) : gap('due');
  const due = deadlines.ok ? date(deadlines.value.due.end) : gap('due');
  const rights = joinList(
    r.types.map((x) => t(`right.${x}`)),
    language,
  );
  const received = date(r.receivedOn);

  const remedy = (): string => {
    const a = org.supervisoryAuthority;
    const authority = a.name.trim() === '' ? gap('authority') : joinParts([a.name, a.address, a.website], ', ');
    return t('paragraph.remedy', { authority });
  };

  const paragraphs: string[] = [];
  switch (kind) {
    case 'acknowledgement':
      paragraphs.push(t('paragraph.received', { date: received, rights }));
      paragraphs.push(t('paragraph.acknowledgementDue', { due: firstDue }));
      if (r.identityCheck.needed)
        paragraphs.push(t('paragraph.identity', { notes: or(r.identityCheck.notes, 'identity') }));
      break;
    case 'extension': {
      const x = r.extension;
      const months = x.extended && x.months !== null ? t(`months_${x.months}`) : gap('extensionLength');
      paragraphs.push(t('paragraph.received', { date: received, rights }));
      paragraphs.push(t('paragraph.extension', { months, reasons: or(x.reasons, 'extensionReasons') }));
      paragraphs.push(t('paragraph.extensionDue', { due }));
      break;
    }
    case 'answer':
      paragraphs.push(t('paragraph.answerIntro', { date: received, rights }));
      paragraphs.push(or(r.responseSummary, 'response'));
      if (r.outcome === 'partly_granted') {
        paragraphs.push(t('paragraph.partly', { reasons: or(r.refusalReasons, 'refusalReasons') }));
        paragraphs.push(remedy());
      }
      break;
    case 'refusal': {
      const grounds = joinList(
        r.refusalGrounds.map((g) => t(`ground.${g}`)),
        language,
      );
      paragraphs.push(t('paragraph.received', { date: received, rights }));
      paragraphs.push(t('paragraph.refusal', { grounds: grounds === '' ? gap('refusalGrounds') : grounds }));
      paragraphs.push(or(r.refusalReasons, 'refusalReasons'));
      if (r.fee.charged)
        paragraphs.push(
          t('paragraph.fee', {
            amount:
              r.fee.amount === null ? gap('feeAmount') : `${formatNumber(r.fee.amount, language)} ${r.fee.currency}`,
            justification: or(r.fee.justification, 'feeJustification'),
          }),
        );
      paragraphs.push(remedy());
      break;
    }
  }
  paragraphs.push(
    t('paragraph.contact', {
      contact: dpo ? joinParts([dpo.name, dpo.email, dpo.phone], ', ') : or(org.email, 'contact'),
    }),
  );

  const recipient = [r.requesterName, r.requesterAddress || r.requesterEmail || gap('requesterAddress')];
  return {
    language,
    organisationName: org.name,
    title: t(`title.${kind}`),
    subject: t('subject', { organisation: org.name }),
    sender: [org.name, formatAddress(org.address, language), org.email].filter((s) => s.trim() !== ''),
    recipient,
    placeAndDate:
      org.address.city.trim() === '' ? date(today) : t('placeAndDate', { place: org.address.city, date: date(today) }),
    reference: t('reference', { title: t(`title.${kind}`), date: received, reference: or(r.reference, 'reference') }),
    salutation: t('salutation', { name: r.requesterName }),
    paragraphs,
    closing: t('closing'),
    signature: dpo ? [dpo.name, t('dpoTitle'), org.name] : [org.name],
    wording: { page: t('page'), of: t('of') },
  };
};
