import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { createContext, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Language } from '../../domain/common';
import {
  hintsOfField,
  hintsOfList,
  translationPathOf,
  type RecordTranslationIndex,
} from '../../domain/translation-hints';

/**
 * The other languages of the record being edited, for the form kit's text inputs: an editor whose
 * organisation publishes in several languages provides it (features/translations builds it), and
 * every `FormTextField` / `FormFreeChips` of a printed free-text field then shows, under itself,
 * the field's text in each other language or a "missing" mark with a link to that field on the
 * Translations screen (a router link: the editor's unsaved-changes guard asks before leaving).
 *
 * Light on purpose: one context read per input, plain elements, no hook per field; nothing at all
 * is drawn where no provider is (dialogs, create forms, one-language organisations).
 */
export interface TranslationHintsValue {
  /**
   * The editor's form (its react-hook-form control): a smaller form inside it (a quick-create
   * dialog, whose context reaches through the portal) has other fields and shows no hints.
   */
  control: object;
  index: RecordTranslationIndex;
  /** The other published languages, in order. */
  languages: readonly Language[];
  /** The form's current values (to name list items by their id, as translations do). */
  getValues(): unknown;
  /** The Translations screen on one field of this record. */
  hrefOf(path: string): string;
  labels: {
    /** "French" as a label before the French text. */
    language(lang: Language): string;
    /** "Missing in French". */
    missing(lang: Language): string;
    /** The link's visible text ("Translate"). */
    translate: string;
    /** The link's accessible name, naming the field ("Missing in French: translate “Purpose”"). */
    translateField(lang: Language, field: string): string;
    /** "Missing in French (2 of 3)", for a list of values. */
    listMissing(lang: Language, missing: number, count: number): string;
  };
}

export const TranslationHintsContext = createContext<TranslationHintsValue | null>(null);

// One style object for every field (emotion serialises it once); the lines inside are plain elements.
const HINTS_SX = {
  mt: 0.5,
  mx: 1.75,
  typography: 'caption',
  lineHeight: 1.45,
  color: 'text.secondary',
  '& > div': { display: 'flex', gap: 0.75, alignItems: 'baseline', minWidth: 0 },
  '& .hint-lang': { fontWeight: 600, flexShrink: 0 },
  '& .hint-text': {
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  '& .hint-missing': { color: 'warning.main', fontWeight: 600 },
} as const;

const missingLine = (hints: TranslationHintsValue, lang: Language, mark: string, path: string, field: string) => (
  <div key={`${lang}-missing`}>
    <span className="hint-missing">{mark}</span>
    <Link
      component={RouterLink}
      to={hints.hrefOf(path)}
      aria-label={hints.labels.translateField(lang, field)}
      underline="always"
    >
      {hints.labels.translate}
    </Link>
  </div>
);

const textLine = (hints: TranslationHintsValue, lang: Language, text: string) => (
  <div key={lang}>
    <span className="hint-lang">{hints.labels.language(lang)}</span>
    <span className="hint-text" lang={lang}>
      {text}
    </span>
  </div>
);

/** The lines under one text input (nothing when the field has no translation to show or ask for). */
export const fieldTranslationHints = (
  hints: TranslationHintsValue,
  name: string,
  value: unknown,
  field: string,
): ReactNode => {
  const found = hintsOfField(hints.index, hints.languages, translationPathOf(hints.getValues(), name), value);
  if (found.length === 0) return null;
  return (
    <Box sx={HINTS_SX} data-translation-hints="">
      {found.map((h) =>
        h.text === undefined
          ? missingLine(hints, h.language, hints.labels.missing(h.language), h.path, field)
          : textLine(hints, h.language, h.text),
      )}
    </Box>
  );
};

/** The lines under a list of short texts: the translated items joined, and how many are missing. */
export const listTranslationHints = (
  hints: TranslationHintsValue,
  name: string,
  value: unknown,
  field: string,
): ReactNode => {
  const found = hintsOfList(hints.index, hints.languages, translationPathOf(hints.getValues(), name), value);
  if (found.length === 0) return null;
  return (
    <Box sx={HINTS_SX} data-translation-hints="">
      {found.flatMap((h) => {
        const count = h.texts.length + h.missing;
        const lines = h.texts.length > 0 ? [textLine(hints, h.language, h.texts.join(' · '))] : [];
        if (h.firstMissingPath !== undefined)
          lines.push(
            missingLine(
              hints,
              h.language,
              count === 1 ? hints.labels.missing(h.language) : hints.labels.listMissing(h.language, h.missing, count),
              h.firstMissingPath,
              field,
            ),
          );
        return lines;
      })}
    </Box>
  );
};
