import { catalogueOfTable } from '../../domain/catalogue';
import type { DueItem } from '../../domain/due-list';

/** The screen a line opens: the record itself (its show page, under its catalogue's route), or the organisation's checks. */
export const dueHref = ({ target }: DueItem): string =>
  target.table === 'checks'
    ? '/checks'
    : `${catalogueOfTable(target.table)?.basePath ?? `/${target.table}`}/${encodeURIComponent(target.id)}`;

type Format = (day: string) => string;

/** The values of a line's wording (`home.json` `lines.<kind>`), dates formatted for the reader. */
export const dueLineParams = (item: DueItem, formatDay: Format): Record<string, string | number> => {
  const p = item.params;
  const date = (key: string): string => {
    const v = p[key];
    return typeof v === 'string' && v !== '' ? formatDay(v.slice(0, 10)) : '';
  };
  const num = (key: string): number => {
    const v = p[key];
    return typeof v === 'number' ? v : Number(v ?? 0);
  };
  const record = item.target.label;
  switch (item.kind) {
    case 'review_overdue':
      return { record, date: date('lastReview'), months: num('months') };
    case 'completeness':
      return { score: num('score'), count: num('incomplete') };
    case 'breach_late':
    case 'breach_clock':
      return { record, hours: num('hours') };
    case 'dpa_expired':
    case 'dpa_expiring':
    case 'request_overdue':
    case 'request_due':
    case 'request_extension_notice':
      return { record, date: date('date'), count: num('days') };
  }
};
