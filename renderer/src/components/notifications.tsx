import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  /** An action such as "Undo"; the notice closes when it runs. */
  action?: { label: string; run(): void | Promise<void> };
}

interface NotificationsValue {
  notify(notice: Notice): void;
}

const NotificationsContext = createContext<NotificationsValue | undefined>(undefined);

/** Undo window for a deletion: long enough to notice a mistake, short enough not to linger. */
const AUTO_HIDE_MS = 8000;

/**
 * One snackbar for the whole window, above the router, so a notice (and its Undo) survives the
 * navigation back to a list after a deletion.
 */
export const NotificationsProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<(Notice & { key: number }) | undefined>();
  const notify = useCallback((notice: Notice) => setCurrent({ ...notice, key: Date.now() }), []);
  const close = () => setCurrent(undefined);
  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <NotificationsContext.Provider value={value}>
      {children}
      <Snackbar
        key={current?.key}
        open={current !== undefined}
        autoHideDuration={AUTO_HIDE_MS}
        onClose={(_e, reason) => {
          if (reason !== 'clickaway') close();
        }}
        // Bottom left, over the navigation's empty lower part: never over an editor's Save / Cancel bar
        // (a notice there would hide the buttons, and pausing its auto-hide on hover would keep it).
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={current?.severity ?? 'info'}
          variant="filled"
          onClose={close}
          slotProps={{ closeButton: { title: t('actions.close'), 'aria-label': t('actions.close') } }}
          action={
            current?.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  const run = current.action?.run;
                  close();
                  void run?.();
                }}
              >
                {current.action.label}
              </Button>
            ) : undefined
          }
          sx={{ alignItems: 'center' }}
        >
          {current?.message}
        </Alert>
      </Snackbar>
    </NotificationsContext.Provider>
  );
};

export const useNotify = (): NotificationsValue['notify'] => {
  const v = useContext(NotificationsContext);
  if (!v) throw new Error('useNotify must be used inside NotificationsProvider');
  return v.notify;
};
