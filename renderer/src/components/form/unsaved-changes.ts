import { useEffect, useSyncExternalStore } from 'react';

/**
 * The editors that hold unsaved changes right now. Leaving a form through a link, the back button,
 * Esc or Cancel is caught by the form itself (a router blocker); switching the current organisation
 * changes no route, so the switcher asks this store first and, once the DPO agrees to lose the
 * changes, lets every open form go.
 */
interface OpenForm {
  /** Lets the form's own guard through: the DPO already agreed to leave. */
  release(): void;
}

const dirtyForms = new Set<OpenForm>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => dirtyForms.size > 0;

/** Registers a form while it is dirty. */
export const useReportUnsavedChanges = (dirty: boolean, release: () => void): void => {
  useEffect(() => {
    if (!dirty) return;
    const form: OpenForm = { release };
    dirtyForms.add(form);
    changed();
    return () => {
      dirtyForms.delete(form);
      changed();
    };
  }, [dirty, release]);
};

/** Whether some editor would lose changes. */
export const useHasUnsavedChanges = (): boolean => useSyncExternalStore(subscribe, snapshot, snapshot);

/** The DPO agreed to lose every unsaved change: the forms' guards let the next navigation through. */
export const releaseUnsavedChanges = (): void => {
  for (const form of dirtyForms) form.release();
};
