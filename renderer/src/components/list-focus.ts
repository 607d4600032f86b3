import type { KeyboardEvent } from 'react';

/**
 * The keydown handler of a list with one tab stop: Up and Down move the focus between its elements
 * that match `selector`, Home and End to the first and the last, so a long list is walked without
 * tabbing through every element of every row.
 */
export const moveFocusAmong =
  (selector: string) =>
  (e: KeyboardEvent<HTMLElement>): void => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(selector)];
    const at = items.findIndex((item) => item === document.activeElement);
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, at + 1),
      ArrowUp: Math.max(0, at - 1),
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (at === -1 || to === undefined) return;
    e.preventDefault();
    items[to]?.focus();
  };
