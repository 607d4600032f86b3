import type { Content, PageOrientation } from 'pdfmake/interfaces';
import { describePart, joinPdfParts, type PdfPartLayout } from '../common/pdf/join';
import { partProgress, type PdfPartJob, type PdfPartPool } from '../common/pdf/parts';
import type { HouseStyle } from '../../domain/letterhead';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import { addWarning, type ExportWarning } from '../common/warnings';
import {
  DEFINITION_UNITS,
  REGISTER_PAGE_MARGINS,
  registerActivities,
  registerActivitiesHeading,
  registerCover,
  registerMetadata,
  registerOverview,
  renderRegisterPdf,
} from './pdf';
import type { RegisterViewModel } from './view-model';

/**
 * The register PDF laid out in parts by a pool of workers, then joined (see ../common/pdf/join.ts).
 *
 * Parts: the front (cover and, when the view model asks for it, contents), the overview (summary table, data map), and
 * the activities in runs of `activitiesPerPart`. Every part begins on a page of its own in the
 * single document too, so each lays out exactly as it would there. The contents need every
 * heading's page, so the front is laid out last, with the numbers; a first layout of it with
 * placeholder numbers, run alongside the other parts, gives its page count. The contents' number
 * column has the width pdfmake's own contents give it (five digits), so the numbers never change
 * how the contents break. The running footer is a document of its own, painted on at the join.
 */

/** Below this many activities one worker does it all: the join would cost more than it saves. */
export const PARALLEL_THRESHOLD = 300;

/** Width of pdfmake's contents number column: '00000' at 9.5 pt in Roboto (digits 561.523438/1000 em). */
const TOC_NUMBER_WIDTH = 5 * 0.561523438 * 9.5;

/** Share of the progress bar for the layout of the parts; the rest is the front, the footers and the join. */
const PARTS_UNITS = 80;
const TAIL_UNITS = 20;

export interface ParallelPdfOptions {
  pool: PdfPartPool;
  /** Activities per part; by default `defaultActivitiesPerPart`. */
  activitiesPerPart?: number;
  /** Told how long each stage took (ms): the parts on the pool, the front and footers, the join. For the bench. */
  onStage?: (stage: 'parts' | 'front and footers' | 'join', ms: number) => void;
}

const headingId = (n: number): string => `dpo-toc-${String(n).padStart(6, '0')}`;

interface TocEntry {
  title: string;
  id: string;
}

const frontJob = (
  vm: RegisterViewModel,
  entries: readonly TocEntry[],
  pageOf: (id: string) => string,
  houseStyle: HouseStyle | undefined,
): PdfPartJob => {
  const body = entries.map((e) => [
    {
      text: e.title,
      linkToDestination: e.id,
      alignment: 'left' as const,
      margin: [0, 0, 0, 0] as [number, number, number, number],
    },
    {
      text: pageOf(e.id),
      linkToDestination: e.id,
      alignment: 'right' as const,
      fontSize: 9.5,
      margin: [0, 0, 0, 0] as [number, number, number, number],
    },
  ]);
  const content: Content[] = [
    ...registerCover(vm),
    ...(vm.showContents ? [{ text: vm.wording.contents, style: 'h1', pageBreak: 'before' } as Content] : []),
    ...(vm.showContents && body.length > 0
      ? [{ table: { dontBreakRows: true, widths: ['*', TOC_NUMBER_WIDTH], body }, layout: 'noBorders' } as Content]
      : []),
  ];
  return {
    content,
    pageOrientation: 'portrait',
    pageMargins: REGISTER_PAGE_MARGINS,
    metadata: registerMetadata(vm),
    header: { text: vm.runningHeader, fromPage: 2 },
    ...(houseStyle ? { houseStyle } : {}),
  };
};

/** A part of the register's body: it starts on a page of its own, under the running header. */
const registerBodyPart = (
  vm: RegisterViewModel,
  content: Content[],
  pageOrientation: PageOrientation,
  metadata: PdfPartJob['metadata'],
  houseStyle: HouseStyle | undefined,
): PdfPartJob => {
  // The break before its first node is the part's first page.
  const [head, ...rest] = content;
  const first = head && typeof head === 'object' && !Array.isArray(head) ? { ...head, pageBreak: undefined } : head;
  return {
    content: first === undefined ? rest : [first, ...rest],
    pageOrientation,
    pageMargins: REGISTER_PAGE_MARGINS,
    metadata,
    header: { text: vm.runningHeader, fromPage: 1 },
    ...(houseStyle ? { houseStyle } : {}),
  };
};

/**
 * What a pool is warmed with before it lays out this register (`PdfPartPool.warm`): the register's
 * first activity, on the register's letterhead, so the workers have met every kind of content
 * the parts hold. None for a register laid out in one go (below PARALLEL_THRESHOLD activities).
 */
export const registerWarmUpJob = (vm: RegisterViewModel, houseStyle?: HouseStyle): PdfPartJob | undefined =>
  vm.activities.length < PARALLEL_THRESHOLD ? undefined : registerSampleJob(vm, houseStyle);

/**
 * The register's first activity as a part of its own, whatever the register's size: a sample for
 * the workers to lay out before the real parts (the command-line tool builds it from a view model of
 * that one activity while it builds the whole register's).
 */
export const registerSampleJob = (vm: RegisterViewModel, houseStyle?: HouseStyle): PdfPartJob =>
  registerBodyPart(
    vm,
    registerActivities(vm, 0, Math.min(1, vm.activities.length), () => 'dpo-warm-up'),
    'portrait',
    registerMetadata(vm),
    houseStyle,
  );

/**
 * Most activities a part holds. A worker's memory follows the part it lays out (V8 lets a heap grow
 * to a few times what is live before it collects), so this bounds what each worker takes. Measured
 * on the 5,000-activity bench register with two workers (`tsx bench/memory.ts 5000 <per part>`, the
 * process's peak resident memory): 400 a part 1.61–1.65 GB, 250 1.53 GB, 200 1.22–1.50 GB; the CPU
 * time is the same (15.5 s for 1,000 activities in 4 parts of 250 or in 6 of 167).
 */
export const MAX_ACTIVITIES_PER_PART = 200;

/**
 * Activities per part: a whole number of rounds on the pool, at least two parts per worker (so one
 * slow part does not leave a worker idle), at most MAX_ACTIVITIES_PER_PART and at least 50 each.
 */
export const defaultActivitiesPerPart = (activities: number, workers: number): number => {
  const pool = Math.max(1, workers);
  const parts = pool * Math.max(2, Math.ceil(activities / (pool * MAX_ACTIVITIES_PER_PART)));
  return Math.max(50, Math.min(MAX_ACTIVITIES_PER_PART, Math.ceil(activities / parts)));
};

/**
 * The register PDF through the pool. Same pages, text, contents, outline and metadata as
 * `renderRegisterPdf` (which it falls back to for small registers unless `activitiesPerPart` is given).
 */
export const renderRegisterPdfInParts = async (
  vm: RegisterViewModel,
  buildControl: BuildControl,
  options: ParallelPdfOptions,
): Promise<Uint8Array> => {
  const { pool } = options;
  if (options.activitiesPerPart === undefined && vm.activities.length < PARALLEL_THRESHOLD) {
    return renderRegisterPdf(vm, buildControl);
  }
  const { houseStyle } = buildControl;
  // Every part hears the same warnings (a missing character in two parts, the logo left out): told once.
  const told: ExportWarning[] = [];
  const control: BuildControl = {
    ...buildControl,
    onWarning: (warning) => {
      if (addWarning(told, warning)) buildControl.onWarning?.(warning);
    },
  };
  throwIfCancelled(control.signal);
  const total = DEFINITION_UNITS + PARTS_UNITS + TAIL_UNITS;
  control.onProgress?.(0, total);
  const perPart = Math.max(1, options.activitiesPerPart ?? defaultActivitiesPerPart(vm.activities.length, pool.size));

  let counter = 0;
  const entries: TocEntry[] = [];
  const entry = (title: string): string => {
    const id = headingId(counter++);
    entries.push({ title, id });
    return id;
  };
  const ids = {
    summary: entry(vm.summary.heading),
    ...(vm.dataMap ? { dataMap: entry(vm.dataMap.heading) } : {}),
  };
  const activitiesId = entry(vm.activitiesHeading);
  const activityIds = vm.activities.map((a) => entry(a.heading));

  const metadata = registerMetadata(vm);
  const bodyPart = (content: Content[], pageOrientation: PageOrientation): PdfPartJob =>
    registerBodyPart(vm, content, pageOrientation, metadata, houseStyle);
  const jobs: PdfPartJob[] = [bodyPart(await registerOverview(vm, ids), 'landscape')];
  const weights: number[] = [vm.activities.length / 4 + 1];
  for (let from = 0; from < Math.max(1, vm.activities.length); from += perPart) {
    const to = Math.min(vm.activities.length, from + perPart);
    const content = registerActivities(vm, from, to, (i) => activityIds[i] ?? '');
    if (from === 0) {
      content.unshift(registerActivitiesHeading(vm, activitiesId));
      if (vm.activities.length === 0) content.push({ text: vm.noActivities });
    }
    jobs.push(bodyPart(content, 'portrait'));
    weights.push(to - from);
  }
  // The front with placeholder numbers, laid out alongside: its page count is all that is used.
  const placeholder = frontJob(vm, entries, () => '0', houseStyle);
  weights.push(entries.length / 40 + 1);
  control.onProgress?.(DEFINITION_UNITS, total);

  const progress = partProgress(control, DEFINITION_UNITS, PARTS_UNITS, total, weights);
  let stageAt = performance.now();
  const stage = (name: 'parts' | 'front and footers' | 'join'): void => {
    const now = performance.now();
    options.onStage?.(name, now - stageAt);
    stageAt = now;
  };
  const rendered = await Promise.all([...jobs, placeholder].map((job, i) => pool.render(job, progress.forPart(i))));
  throwIfCancelled(control.signal);
  stage('parts');
  const frontPages = describePart(rendered.at(-1) ?? new Uint8Array()).pages.length;
  const parts = rendered.slice(0, -1);
  const layouts: PdfPartLayout[] = parts.map(describePart);

  // Each heading's page in the whole document: the front, then the parts in order.
  const pageOfId = new Map<string, number>();
  let at = frontPages;
  for (const layout of layouts) {
    for (const [id, page] of layout.destinations) pageOfId.set(id, at + page + 1);
    at += layout.pages.length;
  }
  const pageOf = (id: string): string => String(pageOfId.get(id) ?? '');
  const bodySizes = layouts.flatMap((l) => l.pages);
  const orientation = (p: { width: number; height: number }): PageOrientation =>
    p.width > p.height ? 'landscape' : 'portrait';

  const tail = partProgress(control, DEFINITION_UNITS + PARTS_UNITS, TAIL_UNITS - 2, total, [1, 1]);
  const renderTail = async (front: number): Promise<[Uint8Array, Uint8Array]> => {
    const all = front + bodySizes.length;
    const footers = [...Array.from({ length: front }, () => 'portrait' as const), ...bodySizes.map(orientation)].map(
      (o, i) => ({ label: vm.wording.pageOf(i + 1, all), orientation: o }),
    );
    const footerJob: PdfPartJob = { ...placeholder, content: [], footers };
    const [frontPdf, footerPdf] = await Promise.all([
      pool.render(frontJob(vm, entries, pageOf, houseStyle), tail.forPart(0)),
      pool.render(footerJob, tail.forPart(1)),
    ]);
    return [frontPdf, footerPdf];
  };
  let [front, footer] = await renderTail(frontPages);
  const actualFront = describePart(front).pages.length;
  if (actualFront !== frontPages) {
    // Not expected (the numbers do not change the layout), but then number against what came out.
    for (const [id, page] of pageOfId) pageOfId.set(id, page - frontPages + actualFront);
    [front, footer] = await renderTail(actualFront);
  }
  throwIfCancelled(control.signal);
  stage('front and footers');
  const joined = joinPdfParts([front, ...parts], footer);
  stage('join');
  control.onProgress?.(total, total);
  return joined;
};
