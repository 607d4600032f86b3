import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

describe('passwordStrength', () => {
  it('says nothing for an empty password', () => {
    expect(passwordStrength('')).toBe('empty');
  });
  it('calls short or repetitive passwords weak', () => {
    expect(passwordStrength('paris2024')).toBe('weak');
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa')).toBe('weak');
  });
  it('calls a ten-character mix fair', () => {
    expect(passwordStrength('registre2026')).toBe('fair');
  });
  it('calls long mixes and passphrases strong', () => {
    expect(passwordStrength('Reg!stre-2026-DPO')).toBe('strong');
    expect(passwordStrength('cheval agrafe pile correcte')).toBe('strong');
  });
});
