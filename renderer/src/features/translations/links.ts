/** The Translations screen, opened on one field of one record (the links of the translation gaps). */
export const TRANSLATIONS_PATH = '/translations';

export const translationHref = (record?: string, field?: string): string => {
  const params = new URLSearchParams();
  if (record) params.set('record', record);
  if (field) params.set('field', field);
  const query = params.toString();
  return query === '' ? TRANSLATIONS_PATH : `${TRANSLATIONS_PATH}?${query}`;
};
