import { useCallback, useSyncExternalStore } from 'react';
import type { ThemePreference } from './theme';

const KEY = 'dpo-desk.theme';
const listeners = new Set<() => void>();
const read = (): ThemePreference => {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};

/** Light, dark or follow the system; stored per installation. */
export const useThemePreference = (): [ThemePreference, (p: ThemePreference) => void] => {
  const value = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    read,
    () => 'system' as const,
  );
  const set = useCallback((p: ThemePreference) => {
    localStorage.setItem(KEY, p);
    listeners.forEach((l) => l());
  }, []);
  return [value, set];
};
