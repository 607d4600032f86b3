import type { Content, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { HouseStyle } from '../../../domain/letterhead';
import { applyHouseStylePdf } from '../letterhead-pdf';
import { PDF_BASE_STYLES, pdfPageFooter, pdfRunningHeader, renderPdf, type PdfMetadata } from '../pdf';
import { type BuildControl, throwIfCancelled } from '../progress';

/**
 * One part of a large PDF, laid out on its own (in a worker of the pool): plain data only, so it
 * crosses to a Web Worker or a worker thread by structured clone. The functions pdfmake wants
 * (running header, footer) are made where it is rendered.
 */
export interface PdfPartJob {
  content: Content[];
  /** Orientation of the part's first page (later pages follow the content's own breaks). */
  pageOrientation: PageOrientation;
  pageMargins: [number, number, number, number];
  metadata: PdfMetadata;
  /** The running header, drawn from this page of the part on (1-based), if any. */
  header?: { text: string; fromPage: number };
  /** For the footer document: one footer per page, its label and orientation; the content is then ignored. */
  footers?: { label: string; orientation: PageOrientation }[];
  /**
   * The firm's letterhead (page, margins, colours on every part). Its logo and header lines are
   * drawn by the body parts and its footer lines by the footer document, so the join shows each once.
   */
  houseStyle?: HouseStyle;
}

/** The footer document: one page per label, nothing on it but the footer. */
const footerDefinition = (
  footers: NonNullable<PdfPartJob['footers']>,
): Pick<TDocumentDefinitions, 'content' | 'footer'> => ({
  content: footers.map((f, i) => ({
    text: '',
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    pageOrientation: f.orientation,
  })),
  footer: (currentPage: number): Content => pdfPageFooter(footers[currentPage - 1]?.label ?? ''),
});

/** Renders one part as its own PDF/A-1b (what a worker of the pool runs). */
export const renderPdfPart = (job: PdfPartJob, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  const { header } = job;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: job.footers?.[0]?.orientation ?? job.pageOrientation,
    pageMargins: job.pageMargins,
    styles: PDF_BASE_STYLES,
    ...(job.footers
      ? footerDefinition(job.footers)
      : {
          content: job.content,
          ...(header
            ? {
                header: (currentPage: number): Content =>
                  currentPage < header.fromPage ? { text: '' } : pdfRunningHeader(header.text),
              }
            : {}),
        }),
  };
  // The part applies the letterhead itself (which blocks it draws depends on the part), not renderPdf.
  const { houseStyle: _ignored, ...plain } = control;
  if (!job.houseStyle) return renderPdf(definition, job.metadata, plain);
  const footerDocument = job.footers !== undefined;
  const styled = applyHouseStylePdf(definition, job.houseStyle, { top: !footerDocument, bottom: footerDocument });
  for (const warning of styled.warnings) plain.onWarning?.(warning);
  const { pdfFont } = job.houseStyle;
  return renderPdf(styled.definition, job.metadata, pdfFont ? { ...plain, pdfFont } : plain);
};

/**
 * Where parts are laid out: a pool of workers (Web Workers in the app, worker threads in the CLI
 * and the bench) or, with `inProcessPdfPool`, the calling thread. `render` may be called many
 * times at once; the pool runs up to `size` of them in parallel and queues the rest.
 * `control.onProgress` gets the part's own (done, total).
 */
export interface PdfPartPool {
  readonly size: number;
  render(job: PdfPartJob, control: BuildControl): Promise<Uint8Array>;
  /**
   * Starts every worker now and has each lay out `job`, a small sample of the document to come,
   * whose result is dropped: a worker's first layout of a kind of content is its slowest (its
   * code not yet optimised, its fonts not yet read), so a pool warmed while the DPO reads the
   * export's gaps lays the real parts out about a quarter faster. Optional: a pool on the calling
   * thread has nothing to start.
   */
  warm?(job: PdfPartJob): void;
}

/** One part at a time on the calling thread: the same output, no parallelism (tests, fallback). */
export const inProcessPdfPool = (): PdfPartPool => {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    size: 1,
    render: (job, control) => {
      const run = queue.then(() => renderPdfPart(job, control));
      queue = run.catch(() => undefined);
      return run;
    },
  };
};

/**
 * Progress over several parts rendered at once: each part gets a share of `units` in proportion to
 * its weight; the total never changes and what is reported never goes back.
 */
export const partProgress = (
  control: BuildControl,
  base: number,
  units: number,
  total: number,
  weights: readonly number[],
) => {
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const fractions = weights.map(() => 0);
  let reported = base;
  const report = (): void => {
    const done = base + Math.floor((units * fractions.reduce((s, f, i) => s + f * (weights[i] ?? 0), 0)) / sum);
    if (done > reported) {
      reported = done;
      control.onProgress?.(done, total);
    }
  };
  return {
    /** The BuildControl to hand the pool for part `index`. */
    forPart(index: number): BuildControl {
      return {
        ...(control.signal ? { signal: control.signal } : {}),
        ...(control.onWarning ? { onWarning: control.onWarning } : {}),
        onProgress: (done, partTotal) => {
          fractions[index] = partTotal > 0 ? Math.min(1, done / partTotal) : 0;
          report();
        },
      };
    },
  };
};
