import type { TemplatePageNumberEstimator } from 'docx';
import type { HouseStyle } from '../../domain/letterhead';
import type { ExportWarning } from './warnings';

/**
 * What every document builder accepts so the app can run it in a Web Worker with a progress bar
 * and a Cancel button, and the command-line tool and tests can call it plainly.
 */
export interface BuildControl {
  /** Called with the units done so far and the total, monotonically; total never changes mid-build. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the build with an `ExportCancelledError` at the next step boundary. */
  signal?: AbortSignal;
  /** Told about what the document could not print as entered (a character no bundled font has) or a slower path taken. */
  onWarning?: (warning: ExportWarning) => void;
  /** The firm's letterhead to put the document on (header, footer, page, fonts, colours). */
  houseStyle?: HouseStyle;
  /**
   * Works out the page numbers a Word document's contents show in Word (the app's and the command
   * line's is `WORD_PAGE_NUMBERS` in ./docx.ts); without it they are blank in Word until its fields
   * are updated. LibreOffice works out its own either way.
   */
  docxPageNumbers?: TemplatePageNumberEstimator;
}

/** What a build can warn about while still delivering the document (defined with its wording in `./warnings`). */
export type { ExportWarning } from './warnings';

export class ExportCancelledError extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelledError';
  }
}

export const throwIfCancelled = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted) throw new ExportCancelledError();
};

/** A progress reporter over a fixed number of steps that also checks for cancellation at each step. */
export const progressSteps = (total: number, control: BuildControl = {}) => {
  let done = 0;
  control.onProgress?.(0, total);
  return {
    step(count = 1): void {
      throwIfCancelled(control.signal);
      done = Math.min(total, done + count);
      control.onProgress?.(done, total);
    },
    finish(): void {
      throwIfCancelled(control.signal);
      if (done < total) {
        done = total;
        control.onProgress?.(done, total);
      }
    },
  };
};
