import type { Language } from '../../domain/common';
import type { PolicySectionKey, SectionOverride } from '../../domain/document-setting';

/**
 * The privacy policy as a document-neutral view model: every renderer (DOCX, PDF, HTML, Markdown)
 * and the in-app preview draw the same blocks, so the four exports say the same thing. All text is
 * already localised and escaped by nobody: renderers escape for their own format.
 */

/** A table cell is one or more lines; several lines render as a list inside the cell. */
export type PolicyTableCell = readonly string[];

export type PolicyBlock =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section (an activity, a transfer, a joint controller). */
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: readonly string[] }
  | {
      kind: 'table';
      /** Said aloud by screen readers and shown above the table (HTML caption, PDF/DOCX label). */
      caption: string;
      columns: readonly string[];
      rows: readonly (readonly PolicyTableCell[])[];
      /** The first cell of each row names the row (`<th scope="row">`). */
      rowHeaders: boolean;
    };

/**
 * none: the section is generated from the record; current: the user's override was written against
 * the facts the record holds now; stale: the record changed since, so the override needs a review.
 */
export type OverrideStatus = 'none' | 'current' | 'stale';

export interface PolicySection {
  key: PolicySectionKey;
  heading: string;
  /** Anchor for HTML links, PDF destinations and the preview's scroll targets. */
  anchor: string;
  /** What the document shows: generated blocks, the override's, or both (append). */
  blocks: readonly PolicyBlock[];
  /** What the record alone produces, so the editor can show it next to an override. */
  generatedBlocks: readonly PolicyBlock[];
  /** False when the record gives this section nothing to say; it is then shown only if overridden. */
  applicable: boolean;
  factsFingerprint: string;
  override: SectionOverride | null;
  overrideStatus: OverrideStatus;
  /** Rubric §2 items (N-1…) this section satisfies, for the checks feature and the editor. */
  rubricItems: readonly string[];
}

/** Art. 13 when data comes from the person, Art. 14 when it does not, or both in one policy. */
export type NoticeBasis = 'art13' | 'art14' | 'art13_14';

export interface PolicyViewModel {
  policyId: string;
  language: Language;
  title: string;
  organisationName: string;
  version: string;
  /** Formatted in the document language (empty when the policy has no effective date). */
  effectiveDate: string;
  /** Formatted generation day. */
  generatedOn: string;
  /** "Version 1.2 · in force since 25 May 2026". */
  subtitle: string;
  noticeBasis: NoticeBasis;
  /** Activities the policy speaks about (ids), in document order. */
  activityIds: readonly string[];
  /** Sections in document order; only the ones that apply or carry an override. */
  sections: readonly PolicySection[];
  /** Overrides whose section no longer applies and carry no text: kept in the record, not shown. */
  hiddenOverrideKeys: readonly PolicySectionKey[];
  /** Document metadata for PDF info / DOCX core properties / HTML head. */
  metadata: { title: string; author: string; subject: string; keywords: string };
  /**
   * The cover's identity block (controller, representative, DPO with their contacts), built by the
   * register's code (../common/identity.ts) for a public notice.
   */
  identity: readonly { key: string; label: string; lines: readonly string[] }[];
  /** Localised labels the renderers need around the content (table of contents, footer). */
  labels: { contents: string; page: string; of: string; generatedOn: string; effectiveDate: string };
}
