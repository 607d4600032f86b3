import { describe, expect, it } from 'vitest';
import { NO_RECORD_LINKS as links, shownLabels as shown } from '../../../../test/support/form-specs';
import { blankOf, requestContentSchema, type RequestInput } from '../../domain';
import { requestSections } from './RequestFields';

describe('the request editor', () => {
  const sections = requestSections(links);
  const blank: RequestInput = blankOf(requestContentSchema, { receivedOn: '2026-01-05', requesterName: '', types: [] });

  it('asks about the identity check only once one is needed', () => {
    expect(shown(sections, 'identity', blank)).toEqual(['fields.identityNeeded']);
    const needed = { ...blank, identityCheck: { ...blank.identityCheck, needed: true } };
    expect(shown(sections, 'identity', needed)).toEqual([
      'fields.identityNeeded',
      'fields.identityMethod',
      'fields.identityVerified',
      'fields.identityAskedOn',
      'fields.identityReceivedOn',
      'fields.idCopyHeld',
      'fields.idCopyDeletedOn',
      'fields.identityNotes',
    ]);
  });

  it('asks for the extension’s length, notice and reasons only once the deadline is extended', () => {
    const time = ['fields.clarificationAskedOn', 'fields.clarificationAnsweredOn', 'fields.extended'];
    expect(shown(sections, 'time', blank)).toEqual([...time, 'pauses']);
    const extended = { ...blank, extension: { ...blank.extension, extended: true } };
    expect(shown(sections, 'time', extended)).toEqual([
      ...time,
      'fields.extensionMonths',
      'fields.extensionToldOn',
      'fields.extensionReasons',
      'pauses',
    ]);
  });

  it('asks for refusal grounds after a refusal, the withdrawal date after a withdrawal, the fee once charged', () => {
    const base = ['fields.outcome', 'fields.respondedOn'];
    const after = ['fields.responseFormat', 'fields.responseSummary', 'fields.outcomeNotes', 'fields.feeCharged'];
    const refusal = ['fields.refusalGrounds', 'fields.refusalReasons', 'fields.remedyInformedOn'];
    expect(shown(sections, 'outcome', blank)).toEqual([...base, ...after]);
    expect(shown(sections, 'outcome', { ...blank, outcome: 'partly_granted' })).toEqual([
      ...base,
      ...refusal,
      ...after,
    ]);
    expect(shown(sections, 'outcome', { ...blank, outcome: 'withdrawn' })).toEqual([
      ...base,
      'fields.withdrawnOn',
      ...after,
    ]);
    expect(shown(sections, 'outcome', { ...blank, fee: { ...blank.fee, charged: true } })).toEqual([
      ...base,
      ...after,
      'fields.feeAmount',
      'fields.feeCurrency',
      'fields.feeToldOn',
      'fields.feeJustification',
    ]);
  });
});
