import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '../ConfirmDialog';
import { useReportUnsavedChanges } from './unsaved-changes';
import type { SaveRecordState } from './useSaveRecord';

export interface FormActionsProps {
  saver: SaveRecordState;
  /** From formState.isDirty: whether leaving would lose changes. */
  dirty: boolean;
  /** Leave without saving (back to the list or the record); the stored record stays as it was. */
  onCancel(): void;
  saveLabel?: string;
}

/** macOS uses Cmd, everything else Ctrl. */
const isSaveShortcut = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';

/**
 * Save / Cancel bar of every editor, sticky at the bottom. Ctrl/Cmd+S saves, Esc cancels. Every
 * way out of a form with unsaved changes asks first: Esc, Cancel, a link or the back button (the
 * router blocker), closing the window (`beforeunload`) and switching organisation (the switcher
 * asks `useHasUnsavedChanges`). Esc inside an open menu, list or dialog only closes that.
 */
export const FormActions = ({ saver, dirty, onCancel, saveLabel }: FormActionsProps) => {
  const { t } = useTranslation();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const { leavingRef, submit, saving, error, otherProblems } = saver;

  useEffect(() => {
    if (dirty) leavingRef.current = false;
  }, [dirty, leavingRef]);

  // Cancel leaves the way a link does: with unsaved changes, the blocker below asks first.
  const cancel = useCallback(() => onCancel(), [onCancel]);
  const release = useCallback(() => {
    leavingRef.current = true;
  }, [leavingRef]);
  useReportUnsavedChanges(dirty, release);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isSaveShortcut(e)) {
        e.preventDefault();
        void submit();
        return;
      }
      // An open menu, list, picker or dialog handles Esc itself (it closes); only a bare Esc cancels.
      if (
        e.key === 'Escape' &&
        !e.defaultPrevented &&
        !document.querySelector(
          '[role="dialog"], [role="listbox"], [role="menu"], [role="presentation"].MuiPopover-root',
        )
      ) {
        cancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submit, cancel]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current && !leavingRef.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [leavingRef]);

  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirtyRef.current && !leavingRef.current && currentLocation.pathname !== nextLocation.pathname,
      [leavingRef],
    ),
  );

  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {error}
          {otherProblems.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {otherProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Paper
        elevation={0}
        sx={{
          position: 'sticky',
          bottom: 0,
          mt: 3,
          py: 1.5,
          px: 2,
          borderTop: 1,
          borderColor: 'divider',
          zIndex: 2,
          display: 'flex',
          alignItems: 'center',
          gap: 1,
        }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {dirty ? t('form.unsavedHint') : t('form.shortcutHint')}
        </Typography>
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button onClick={cancel} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {saveLabel ?? t('actions.save')}
          </Button>
        </Stack>
      </Paper>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('form.leaveTitle')}
        confirmLabel={t('form.leaveConfirm')}
        destructive
        onConfirm={() => {
          leavingRef.current = true;
          blocker.proceed?.();
        }}
        onClose={() => blocker.reset?.()}
      >
        {t('form.leaveBody')}
      </ConfirmDialog>
    </>
  );
};
