import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailCard, type DetailItem } from '../../components';
import { addressSchema, isObject, type Address, type Language } from '../../domain';
import { countryName } from '../../domain/reference';
import { catalogueOfTable, fieldsOfKind, type FieldDisplay, type FieldSpec } from '../../domain/catalogue';
import { useUiDates } from '../../i18n/dates';
import { useCatalogueValue } from './catalogue-values';
import { pathOf, type ShowLayout } from './show-layout';

/**
 * How one field reads on a show page: a value under the catalogue's label, or lines of its own
 * (a group shown as several labelled lines; none at all for an absent optional part).
 */
export type FieldReading = { value: ReactNode; wide?: boolean } | { items: DetailItem[] };

/** A field's reading, for fields that need more than the catalogue's way (names of linked records, a table, a link). */
export type FieldView<R> = (record: R, field: FieldSpec) => FieldReading;

/** The views a page registers: for one of its fields by path, or for every field of a display kind. */
export interface FieldViews<R> {
  byPath?: Readonly<Record<string, FieldView<R>>>;
  byDisplay?: Readonly<Partial<Record<FieldDisplay, FieldView<R>>>>;
}

/** One line per item of a list, across the card (none for an empty list); `n` counts from 1. */
export const lines = <T,>(list: readonly T[], line: (item: T, n: number) => DetailItem): FieldReading => ({
  items: list.map((item, i) => ({ ...line(item, i + 1), wide: true })),
});

/** The parts of a line that say something, one after the other. */
export const joined = (parts: readonly string[], mark = ' · '): string => parts.filter(Boolean).join(mark);

/** The stored value of a top-level field. */
export const valueAt = (record: object, path: string): unknown => (isObject(record) ? record[path] : undefined);

/** A postal address on lines: street, postcode and city, the country named in the interface language. */
export const formatAddress = (a: Address, lang: Language): string =>
  [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), countryName(a.country, lang)].filter(Boolean).join('\n');

/** A web address that opens in the browser; '' when there is none (the card then says "Not set"). */
export const webLink = (url: string): ReactNode =>
  url ? (
    <Link href={url} target="_blank" rel="noreferrer">
      {url}
    </Link>
  ) : (
    ''
  );

/** A field holding a web address, as a link. */
export const webView: FieldView<object> = (r, f) => {
  const v = valueAt(r, f.path);
  return { value: typeof v === 'string' ? webLink(v) : '' };
};

/** A field holding an address, on lines across the card. */
export const addressView =
  (lang: Language): FieldView<object> =>
  (r, f) => {
    const address = addressSchema.safeParse(valueAt(r, f.path));
    return {
      value: address.success ? formatAddress(address.data, lang) : '',
      wide: true,
    };
  };

/**
 * The cards of a show page as its layout places the catalogued fields: each under the catalogue's
 * label, read the catalogue's way (enum codes by label, yes/no, countries by name, dates in the
 * interface language), unless the page registers a view for the field or for its display kind.
 */
export const CatalogueCards = <R extends object, P extends string>({
  layout,
  record,
  views = {},
}: {
  layout: ShowLayout<P>;
  record: R;
  views?: FieldViews<R>;
}) => {
  const { t } = useTranslation();
  const valueOf = useCatalogueValue();
  const fmt = useUiDates();
  const catalogue = catalogueOfTable(layout.table);
  const fields = catalogue ? fieldsOfKind(catalogue, layout.kind) : [];
  const shared: Partial<Record<FieldDisplay, FieldView<R>>> = {
    date: (r, f) => {
      const v = valueAt(r, f.path);
      return { value: typeof v === 'string' ? fmt.date(v) : '' };
    },
  };
  const read = (spec: FieldSpec): FieldReading => {
    const view = views.byPath?.[spec.path] ?? views.byDisplay?.[spec.display] ?? shared[spec.display];
    return view ? view(record, spec) : { value: valueOf(spec, valueAt(record, spec.path)) };
  };
  return (
    <>
      {layout.cards.map((card) => (
        <DetailCard
          key={card.title}
          title={card.title ? t(card.title) : undefined}
          items={card.fields.flatMap((entry) => {
            const spec = fields.find((f) => f.path === pathOf(entry));
            if (!spec) return [];
            const reading = read(spec);
            if ('items' in reading) return reading.items;
            const wide = reading.wide ?? (typeof entry === 'string' ? false : entry.wide);
            return [{ label: t(spec.label), value: reading.value, wide }];
          })}
        />
      ))}
    </>
  );
};
