import { describe, expect, it } from 'vitest';
import { processorChain } from './usage';

describe('a sub-processor is used wherever its parent is', () => {
  it('follows the parents up to the processor engaged directly', () => {
    const parents = new Map<string, string | null>([
      ['brevo', null],
      ['twilio', 'brevo'],
      ['aws', 'twilio'],
    ]);
    expect(processorChain('aws', parents)).toEqual(['aws', 'twilio', 'brevo']);
    expect(processorChain('brevo', parents)).toEqual(['brevo']);
  });

  it('stops at a loop or a parent that no longer exists', () => {
    const parents = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
      ['c', 'gone'],
    ]);
    expect(processorChain('a', parents)).toEqual(['a', 'b']);
    expect(processorChain('c', parents)).toEqual(['c', 'gone']);
  });
});
