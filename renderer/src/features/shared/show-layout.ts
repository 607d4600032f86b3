import { catalogueOfTable, fieldsOfKind, type ResourceCatalogue, type ResourceTable } from '../../domain/catalogue';

/** A field placed on a card: its catalogue path, across the card's width or not. */
export type ShowField<P extends string> = P | { path: P; wide?: boolean };

/** One card of a show page: its title (an i18n key) and the catalogued fields it shows, in order. */
export interface ShowCard<P extends string> {
  title: string;
  fields: readonly ShowField<P>[];
}

/**
 * Where a show page puts each catalogued field of a resource (of one kind, for a resource with
 * kinds). Pure data, so a test can check that a page leaves no field of the catalogue out: a new
 * field added to the catalogue must be placed here (or said to be shown elsewhere) before the
 * tests pass. Labels and plain values come from the catalogue; what a field needs beyond that is
 * a small view registered by the page (`FieldViews`).
 */
export interface ShowLayout<P extends string> {
  table: ResourceTable;
  kind?: string;
  /**
   * Fields the page shows outside its cards: in its heading (title, subtitle, chips), in a block of
   * its own (a processor's sub-processor chain), in the line of another field (a breach's Member
   * States in its cross-border line), or on another screen (translations).
   */
  apart?: readonly P[];
  cards: readonly ShowCard<P>[];
}

export const pathOf = <P extends string>(f: ShowField<P>): P => (typeof f === 'string' ? f : f.path);

/**
 * What a layout gets wrong against its catalogue: top-level fields of the resource (of the kind)
 * that it does not place, and paths it places that the catalogue does not have.
 */
export const layoutProblems = <P extends string>(layout: ShowLayout<P>): { missing: string[]; unknown: string[] } => {
  const catalogue = catalogueOfTable(layout.table);
  const fields = catalogue ? fieldsOfKind(catalogue, layout.kind).filter((f) => !f.path.includes('.')) : [];
  const placed: string[] = [...(layout.apart ?? []), ...layout.cards.flatMap((c) => c.fields.map(pathOf))];
  return {
    missing: fields.map((f) => f.path).filter((p) => !placed.includes(p)),
    unknown: placed.filter((p) => !fields.some((f) => f.path === p)),
  };
};

/**
 * The page of a resource with nothing of its own to show: one card of its top-level fields in
 * catalogue order, long texts across the card (translations have their own screen).
 */
export const catalogueLayout = (catalogue: ResourceCatalogue): ShowLayout<string> => {
  const fields = catalogue.fields.filter((f) => !f.path.includes('.'));
  return {
    table: catalogue.table,
    apart: fields.filter((f) => f.path === 'translations').map((f) => f.path),
    cards: [
      {
        title: '',
        fields: fields
          .filter((f) => f.path !== 'translations')
          .map((f) => ({ path: f.path, wide: f.display === 'text' && f.path !== 'name' && f.path !== 'title' })),
      },
    ],
  };
};
