import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | undefined;
}

/** A failing screen shows what went wrong and a way back, instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={() => this.setState({ error: undefined })}>
                {t('actions.retry')}
              </Button>
            }
          >
            <AlertTitle>{t('errors.screenFailed')}</AlertTitle>
            {error.message}
          </Alert>
        )}
      </Translation>
    );
  }
}
