import { describe, expect, it } from 'vitest';
import { recordingDuty } from './small-organisation';
import {
  controllerActivity,
  organisation,
  processorActivity,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';

const duty = (over: Parameters<typeof controllerActivity>[1], band: '10-49' | '250-999' = '10-49') =>
  recordingDuty(
    workspace({ organisation: organisation({ headcountBand: band }), activities: [controllerActivity('act-1', over)] }),
    'act-1',
  );

describe('Art. 30(5) recording duty of an organisation under 250 people', () => {
  it('requires a regular activity, because it is not occasional', () => {
    expect(duty({})).toMatchObject({
      exemptionAvailable: true,
      mustRecord: true,
      triggers: ['not_occasional'],
      messageKey: 'art30_5.must-record',
      triggerMessageKeys: ['art30_5.trigger.not_occasional'],
    });
  });

  it('lets an occasional, low-risk activity without sensitive data be left out', () => {
    expect(duty({ occasional: true })).toMatchObject({
      mustRecord: false,
      triggers: [],
      messageKey: 'art30_5.may-omit',
    });
  });

  it('requires an occasional activity with health data (Art. 9(1))', () => {
    const d = duty({
      occasional: true,
      dataCategories: [{ id: 'dc1', name: 'Health', specialCategory: 'health', retention: { period: 1 } }],
    });
    expect(d.triggers).toEqual(['special_or_criminal_data']);
  });

  it('requires an occasional activity with criminal-offence data (Art. 10)', () => {
    const d = duty({
      occasional: true,
      dataCategories: [{ id: 'dc1', name: 'Record', criminalOffence: true, retention: { period: 1 } }],
    });
    expect(d.triggers).toEqual(['special_or_criminal_data']);
  });

  it('requires an occasional activity that the DPIA screening finds risky, even on one criterion', () => {
    expect(duty({ occasional: true, dpia: { wp248: ['vulnerable_subjects'] } }).triggers).toEqual(['likely_risk']);
  });

  it('treats processor activities as regular services', () => {
    const ws = workspace({ activities: [processorActivity('act-1')] });
    expect(recordingDuty(ws, 'act-1').triggers).toEqual(['not_occasional']);
  });

  it('offers no exemption from 250 people on', () => {
    expect(duty({ occasional: true }, '250-999')).toMatchObject({
      exemptionAvailable: false,
      mustRecord: true,
      messageKey: 'art30_5.large-organisation',
    });
  });
});
