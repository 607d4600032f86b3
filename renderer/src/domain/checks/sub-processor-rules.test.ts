import { describe, expect, it } from 'vitest';
import type { Workspace } from '../workspace';
import { runChecks } from './engine';
import {
  TODAY,
  controllerActivity as activity,
  processor,
  recipient,
  transfer,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';

const NO_DPA = { signed: false, signedOn: '', expiresOn: '', reference: '' };
const brevo = processor('p-brevo', { name: 'Brevo', countries: ['FR'] });
const twilio = (over: Parameters<typeof processor>[1] = {}) =>
  processor('p-twilio', { name: 'Twilio', countries: ['US'], parentProcessorId: 'p-brevo', dpa: NO_DPA, ...over });

/** The rule ids the checks report about one record. */
const rulesOn = (ws: Workspace, id: string): string[] =>
  runChecks(ws, { today: TODAY })
    .findings.filter((f) => f.target.id === id)
    .map((f) => f.ruleId)
    .sort();

describe('a sub-processor inherits the activities of its parent (Brevo → Twilio, USA)', () => {
  it('is checked once its parent is used: its missing agreement and its uncovered US transfer are gaps', () => {
    const ws = workspace({
      activities: [activity('act-1', { processorIds: ['p-brevo'] })],
      processors: [brevo, twilio()],
    });
    expect(rulesOn(ws, 'p-twilio')).toEqual([
      'processor.sub-processor-dpa-missing',
      'processor.sub-processor-third-country',
    ]);
    expect(runChecks(ws, { today: TODAY }).counts.error).toBeGreaterThan(0);
  });

  it('is checked when an activity links the sub-processor itself, without its parent', () => {
    const ws = workspace({
      activities: [activity('act-1', { processorIds: ['p-twilio'] })],
      processors: [brevo, twilio()],
    });
    const found = runChecks(ws, { today: TODAY }).findings.filter((f) => f.target.id === 'p-twilio');
    expect(found.map((f) => [f.ruleId, f.params])).toEqual([
      ['processor.sub-processor-dpa-missing', { subProcessor: 'Twilio', processor: 'Brevo' }],
    ]);
  });

  it('is not a gap of the record while no activity uses the chain', () => {
    const ws = workspace({ activities: [activity('act-1', { processorIds: [] })], processors: [brevo, twilio()] });
    expect(rulesOn(ws, 'p-twilio')).toEqual([]);
  });
});

describe('transfers cover the record they point at, not a name', () => {
  const usingChain = (transfers: ReturnType<typeof transfer>[], recipients = [recipient('rec-internal')]) =>
    workspace({
      activities: [activity('act-1', { processorIds: ['p-brevo'] })],
      processors: [brevo, twilio({ dpa: { signed: true, signedOn: '2025-01-01', expiresOn: '', reference: 'T' } })],
      transfers,
      recipients,
    });
  const toUs = (id: string, over: Parameters<typeof transfer>[1]) => transfer(id, { country: 'US', ...over });

  it('a transfer pointing at the sub-processor covers it whatever name it was saved with', () => {
    const ws = usingChain([toUs('t-1', { processorId: 'p-twilio', recipientName: 'Twilio Inc. (old name)' })]);
    expect(rulesOn(ws, 'p-twilio')).toEqual([]);
  });

  it('a transfer pointing at another record of the same name does not cover it', () => {
    const ws = usingChain(
      [toUs('t-1', { recipientId: 'rec-twilio', recipientName: 'Twilio' })],
      [recipient('rec-internal'), recipient('rec-twilio', { name: 'Twilio', category: 'third_party', country: 'US' })],
    );
    expect(rulesOn(ws, 'p-twilio')).toEqual(['processor.sub-processor-third-country']);
  });

  it('an unlinked transfer from before links still covers it by its typed name', () => {
    const ws = usingChain([toUs('t-1', { recipientName: ' twilio ' })]);
    expect(rulesOn(ws, 'p-twilio')).toEqual([]);
  });

  it('a third-country recipient is covered by a transfer pointing at its record', () => {
    const partner = recipient('rec-partner', { name: 'Partner Inc', category: 'third_party', country: 'US' });
    const make = (transfers: ReturnType<typeof transfer>[]) =>
      workspace({
        activities: [activity('act-1', { recipientIds: ['rec-internal', 'rec-partner'] })],
        recipients: [recipient('rec-internal'), partner],
        transfers,
      });
    const uncovered = (ws: Workspace) =>
      runChecks(ws, { today: TODAY }).findings.filter((f) => f.ruleId === 'recipient.third-country-uncovered');
    expect(uncovered(make([]))).toHaveLength(1);
    expect(uncovered(make([toUs('t-1', { recipientId: 'rec-partner', recipientName: 'Partner Inc' })]))).toEqual([]);
  });
});
