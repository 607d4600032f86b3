import { describe, expect, it } from 'vitest';
import { processor, transfer, workspace } from '../../../test/fixtures/checks/test-builders';
import { countryMapStatus, dataDestinations, destinationCounts } from './data-map';

describe('countryMapStatus', () => {
  it('colours a country as the dated adequacy list says', () => {
    expect(countryMapStatus('FR')).toBe('eea');
    expect(countryMapStatus('NO')).toBe('eea');
    expect(countryMapStatus('CH')).toBe('adequate');
    expect(countryMapStatus('GB')).toBe('adequate');
    expect(countryMapStatus('US')).toBe('partial');
    expect(countryMapStatus('CA')).toBe('partial');
    expect(countryMapStatus('IN')).toBe('not_adequate');
    expect(countryMapStatus('CN')).toBe('not_adequate');
  });
});

describe('dataDestinations', () => {
  it('gathers processors, sub-processors and transfers by country, least protected first', () => {
    const ws = workspace({
      processors: [
        processor('p-1', { name: 'CloudNine', countries: ['FR', 'US'] }),
        processor('p-2', { name: 'Backup AG', countries: ['CH'], parentProcessorId: 'p-1' }),
        processor('p-3', { name: 'Gone Ltd', countries: ['CN'], deletedAt: '2026-02-01T00:00:00.000Z' }),
      ],
      transfers: [
        transfer('t-1', { country: 'IN', recipientName: 'Support partner' }),
        transfer('t-2', { country: 'US', recipientName: 'Orbit Benefits', mechanism: 'adequacy', dpfCertified: true }),
        transfer('t-3', {
          destinationType: 'international_organisation',
          country: '',
          internationalOrganisation: 'European Patent Organisation',
          recipientName: 'EPO',
        }),
      ],
    });
    const destinations = dataDestinations(ws);
    expect(destinations.map((d) => [d.country, d.status])).toEqual([
      ['IN', 'not_adequate'],
      ['US', 'partial'],
      ['CH', 'adequate'],
      ['FR', 'eea'],
    ]);
    expect(destinations.find((d) => d.country === 'US')?.sources).toEqual([
      { kind: 'processor', table: 'processors', id: 'p-1', name: 'CloudNine' },
      { kind: 'transfer', table: 'transfers', id: 't-2', name: 'Orbit Benefits' },
    ]);
    expect(destinations.find((d) => d.country === 'CH')?.sources[0]?.kind).toBe('sub_processor');
    expect(destinations.some((d) => d.country === 'CN')).toBe(false);
    expect(destinationCounts(destinations)).toEqual({ eea: 1, adequate: 1, partial: 1, not_adequate: 1 });
  });

  it('has nothing to draw for a record without processors or transfers', () => {
    expect(dataDestinations(workspace())).toEqual([]);
  });
});
