import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in the message: "The Tokens panel hit a problem". */
  name: string;
  /** Offered as the way out; the boundary also clears itself afterwards. */
  onReset?: () => void;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the lesson id and step). */
  resetKey?: string;
}

interface State {
  error?: Error;
  key?: string;
}

/** Keeps a failing panel from blanking the page: shows the error and a way out. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.key) return { key: props.resetKey, error: undefined };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Logged for developers; the learner sees the panel's message instead of a blank page.
    console.warn(`[${this.props.name}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>The {this.props.name} hit a problem</strong> and stopped drawing. The rest of the page still works.
        </p>
        <p className="mono">{error.message}</p>
        {this.props.onReset && (
          <button
            type="button"
            className="button"
            onClick={() => {
              this.props.onReset?.();
              this.setState({ error: undefined });
            }}
          >
            Reset this lesson
          </button>
        )}
      </div>
    );
  }
}
