import { describe, expect, it } from 'vitest';
import { buildTheme } from './theme';

describe('the theme', () => {
  it('moves nothing for a system that asks for reduced motion: no transition, no ripple', () => {
    const still = buildTheme('light', 'fr', { reducedMotion: true });
    expect(still.transitions.create('opacity')).toBe('none');
    expect(still.transitions.duration.enteringScreen).toBe(0);
    expect(still.transitions.duration.leavingScreen).toBe(0);
    expect(still.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
    // The rest of the look is the same: palette and the interface language's own MUI words.
    expect(still.palette.primary.main).toBe(buildTheme('light', 'fr').palette.primary.main);
  });

  it('keeps MUI’s motion otherwise', () => {
    const moving = buildTheme('dark', 'en');
    expect(moving.transitions.create('opacity')).toMatch(/^opacity \d+ms/);
    expect(moving.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(moving.components?.MuiButtonBase?.defaultProps?.disableRipple).toBeUndefined();
  });
});
