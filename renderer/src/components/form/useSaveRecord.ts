import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ConflictError, ValidationError } from '../../data/repositories';
import { placeProblems } from './field-path';
import { localiseValidationMessage } from './validation-messages';
import { errorMessage } from '../../domain/values';

export interface SaveRecordOptions<TValues, TSaved> {
  /** Writes the record (repository create or update). Throws to signal failure: nothing is written then. */
  save(values: TValues): Promise<TSaved>;
  /** Runs after a successful save, typically to navigate to the record. */
  onSaved?(saved: TSaved): void;
}

export interface SaveRecordState {
  /** Pass to the form's onSubmit (and to FormActions). */
  submit(e?: { preventDefault?(): void }): Promise<void>;
  saving: boolean;
  /** A message for errors that belong to no field (conflict, storage full…), shown in an Alert. */
  error: string | undefined;
  /** Problems the repository reported for the record as a whole or for fields the form does not hold. */
  otherProblems: string[];
  clearError(): void;
  /** True right after saving or cancelling: the unsaved-changes guard lets the navigation through. */
  leavingRef: MutableRefObject<boolean>;
}

/**
 * Submits a react-hook-form form through a repository. The repository validates and writes in
 * one transaction, so a failed save leaves nothing half-written; its `ValidationError.problems`
 * are put on the fields they name with `setError`, everything else goes to one Alert.
 */
export const useSaveRecord = <TInput extends FieldValues, TOutput, TSaved>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  { save, onSaved }: SaveRecordOptions<TOutput, TSaved>,
): SaveRecordState => {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const leavingRef = useRef(false);

  const submit = useCallback(
    async (e?: { preventDefault?(): void }) => {
      e?.preventDefault?.();
      setError(undefined);
      setOtherProblems([]);
      // The form as it is sent (a copy: the form changes its nested values in place): what is typed
      // while it is checked and saved is not in the record.
      const sent = structuredClone(form.getValues());
      await form.handleSubmit(
        async (values) => {
          setSaving(true);
          try {
            const saved = await save(values);
            leavingRef.current = true;
            // The saved state becomes what was sent; the form keeps what it holds now, so keys typed
            // during the save stay on screen and count as unsaved (leaving asks, Ctrl+S saves them).
            form.reset(sent, { keepValues: true });
            form.reset(form.getValues(), { keepDefaultValues: true });
            onSaved?.(saved);
            // Only the navigation onSaved starts (the router checks it at once) goes through unasked:
            // an editor that stays open under the record's address guards its changes again.
            window.setTimeout(() => {
              leavingRef.current = false;
            }, 0);
          } catch (err) {
            if (err instanceof ValidationError) {
              const unplaced = placeProblems(form, err.problems);
              setOtherProblems(unplaced.map((m) => localiseValidationMessage(m, t) ?? m));
              setError(t('form.notSavedFix'));
            } else if (err instanceof ConflictError) {
              setError(t('form.conflict'));
            } else {
              setError(t('form.saveFailed', { reason: errorMessage(err) }));
            }
          } finally {
            setSaving(false);
          }
        },
        () => setError(t('form.notSavedFix')),
      )();
    },
    [form, save, onSaved, t],
  );

  const clearError = useCallback(() => {
    setError(undefined);
    setOtherProblems([]);
  }, []);
  return { submit, saving, error, otherProblems, clearError, leavingRef };
};

const META_AND_OWNER = new Set(['id', 'createdAt', 'updatedAt', 'revision', 'deletedAt', 'organisationId']);

/** The editable content of a stored record: everything but the fields the repository writes. */
export const contentOf = <T extends object>(record: T): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !META_AND_OWNER.has(k)));
