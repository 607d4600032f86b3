import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** The editor may still be rendering its form when it mounts: look again a few times, briefly. */
const RETRY_MS = 100;
const MAX_TRIES = 30;

const focusable = (el: HTMLElement): HTMLElement => {
  // A MUI select keeps its value in a hidden native input; the visible control is its combobox.
  if (el.classList.contains('MuiSelect-nativeInput'))
    return el.parentElement?.querySelector<HTMLElement>('[role="combobox"]') ?? el;
  return el;
};

/**
 * The input of a form field by its react-hook-form path (inputs carry it as their `name`). A path
 * naming a group (`dpa`, `address`) finds the group's first input.
 */
export const findFieldElement = (root: ParentNode, path: string): HTMLElement | null => {
  const name = CSS.escape(path);
  const el =
    root.querySelector<HTMLElement>(`[name="${name}"]`) ?? root.querySelector<HTMLElement>(`[name^="${name}."]`);
  return el ? focusable(el) : null;
};

/**
 * `?field=<dotted path>` on an editor's route (the Checks screen links this way): once the form is
 * there, put the cursor in that field and scroll it into view. Editors with sections of their own
 * (the activity editor) do this themselves.
 */
export const useFocusFieldFromQuery = (ready = true): void => {
  const [params] = useSearchParams();
  const field = params.get('field');
  useEffect(() => {
    if (!field || !ready) return;
    let tries = 0;
    let timer = 0;
    const attempt = () => {
      const el = findFieldElement(document, field);
      if (el) {
        el.focus();
        el.scrollIntoView({ block: 'center' });
        return;
      }
      if (++tries < MAX_TRIES) timer = window.setTimeout(attempt, RETRY_MS);
    };
    timer = window.setTimeout(attempt, 0);
    return () => window.clearTimeout(timer);
  }, [field, ready]);
};
