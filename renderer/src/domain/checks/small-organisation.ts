import type { Activity } from '../activity';
import { isUnder250 } from '../organisation';
import { isLive, type Workspace } from '../workspace';
import { screenDpia } from './dpia';
import { CheckInputError } from './errors';

/**
 * Art. 30(5): the record is not compulsory for an organisation under 250 people unless the processing
 * (i) is likely to result in a risk, (ii) is not occasional, or (iii) includes Art. 9(1) or Art. 10 data.
 * The WP29 position paper of 19 April 2018 (endorsed by the EDPB) reads the three as alternatives:
 * any one of them makes the activity recordable.
 */
export type Art30_5Trigger = 'likely_risk' | 'not_occasional' | 'special_or_criminal_data';
export const ART30_5_TRIGGERS: readonly Art30_5Trigger[] = [
  'likely_risk',
  'not_occasional',
  'special_or_criminal_data',
];

export interface RecordingDuty {
  activityId: string;
  /** False for organisations of 250 or more: Art. 30(1)/(2) apply to every activity. */
  exemptionAvailable: boolean;
  mustRecord: boolean;
  /** The Art. 30(5) triggers that hold for this activity (empty when it may be left out). */
  triggers: Art30_5Trigger[];
  /** `checks` i18n key of the explanation; `params` fill it. */
  messageKey: string;
  params: Record<string, string>;
  /** i18n keys, one per trigger that holds, each quoting the position paper. */
  triggerMessageKeys: string[];
}

export const art30_5Triggers = (a: Activity): Art30_5Trigger[] => {
  if (a.kind === 'processor') return ['not_occasional'];
  const out: Art30_5Trigger[] = [];
  // Art. 30(5) speaks of "a risk", a lower bar than the "high risk" of Art. 35: any screening reason counts,
  // and so does a DPIA the DPO already judged necessary.
  if (
    screenDpia(a.dpia, a.estimatedDataSubjects).reasons.length > 0 ||
    a.dpia.result === 'required' ||
    a.dpia.result === 'likely_required'
  )
    out.push('likely_risk');
  if (!a.occasional) out.push('not_occasional');
  if (a.dataCategories.some((c) => c.specialCategory !== null || c.criminalOffence))
    out.push('special_or_criminal_data');
  return out;
};

/**
 * Explain, for one activity, whether it must be in the register and why. Processor activities have no
 * "occasional" flag in the record, so they are treated as regular (the usual case for a service provider).
 */
export const recordingDuty = (ws: Workspace, activityId: string): RecordingDuty => {
  const a = ws.activities.find((x) => x.id === activityId && isLive(x));
  if (a === undefined)
    throw new CheckInputError(`No activity with id "${activityId}" in the record of ${ws.organisation.name}.`);
  const params = { activity: a.name, organisation: ws.organisation.name };
  const triggers = art30_5Triggers(a);
  if (!isUnder250(ws.organisation.headcountBand))
    return {
      activityId,
      exemptionAvailable: false,
      mustRecord: true,
      triggers,
      messageKey: 'art30_5.large-organisation',
      params,
      triggerMessageKeys: [],
    };
  return {
    activityId,
    exemptionAvailable: true,
    mustRecord: triggers.length > 0,
    triggers,
    messageKey: triggers.length > 0 ? 'art30_5.must-record' : 'art30_5.may-omit',
    params,
    triggerMessageKeys: triggers.map((t) => `art30_5.trigger.${t}`),
  };
};

/** The i18n keys the helper can return, for the message catalogue test. */
export const ART30_5_MESSAGE_KEYS: readonly string[] = [
  'art30_5.large-organisation',
  'art30_5.must-record',
  'art30_5.may-omit',
  'art30_5.position-paper',
  ...ART30_5_TRIGGERS.map((t) => `art30_5.trigger.${t}`),
];
