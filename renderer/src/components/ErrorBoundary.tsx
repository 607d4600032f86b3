import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | undefined;
}

interface Props {
  children: ReactNode;
  /**
   * The screen's address: a failure is forgotten when it changes. The boundary is not keyed by it,
   * so a screen that stays under a new address (a new record's editor after its first save) is not
   * mounted afresh and loses nothing typed.
   */
  resetKey?: string;
}

/** A failing screen shows what went wrong and a way back, instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

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
