import type { Workspace } from '../domain';
import type { ExampleFact } from './build';
import { EXIMITECH_FACTS, EXIMITECH_WORKSPACE } from './eximitech';
import { HETZNER_FACTS, HETZNER_WORKSPACE } from './hetzner';
import { INFOMANIAK_FACTS, INFOMANIAK_WORKSPACE } from './infomaniak';
import { LUXCLOUD_FACTS, LUXCLOUD_WORKSPACE } from './luxcloud';
import { TIXEO_FACTS, TIXEO_WORKSPACE } from './tixeo';
import { UTIXO_FACTS, UTIXO_WORKSPACE } from './utixo';
import { phraseTablesOf, withPhraseTables } from './phrase-tables';

/** An example's record with its phrase tables applied (examples/phrase-tables.ts). */
const bilingual = (slug: string, ws: Workspace): Workspace => withPhraseTables(ws, phraseTablesOf(slug));

export interface Example {
  slug: string;
  title: string;
  /** File name of the page in its seeds folder. */
  seedFile: string;
  /** Where the page is kept: the shared seeds folder (shared/seeds/) or this repository's test/fixtures/seeds/. */
  seedFolder: 'shared' | 'fixtures';
  workspace: Workspace;
  /** Every fact of the page, with the exact text the app and the documents must show. */
  facts: ExampleFact[];
}

/** The example workspaces, one per seed page, in the seeds' order: five shared pages, then the German one. */
export const EXAMPLES: Example[] = [
  {
    slug: 'utixo',
    title: 'Utixo — hosting provider, processor and controller',
    seedFile: '000_719d33680108522f.txt',
    seedFolder: 'shared',
    workspace: bilingual('utixo', UTIXO_WORKSPACE),
    facts: UTIXO_FACTS,
  },
  {
    slug: 'tixeo',
    title: 'Tixeo — video conferencing, controller privacy policy',
    seedFile: '001_02c6e997ae969b19.txt',
    seedFolder: 'shared',
    workspace: bilingual('tixeo', TIXEO_WORKSPACE),
    facts: TIXEO_FACTS,
  },
  {
    slug: 'infomaniak',
    title: 'Infomaniak — hosting in Switzerland, processor',
    seedFile: '002_48e928d0b7edc694.txt',
    seedFolder: 'shared',
    workspace: bilingual('infomaniak', INFOMANIAK_WORKSPACE),
    facts: INFOMANIAK_FACTS,
  },
  {
    slug: 'eximitech',
    title: 'EximiTech — e-mail marketing, processor',
    seedFile: '003_5e1ed61db33f0ccd.txt',
    seedFolder: 'shared',
    workspace: bilingual('eximitech', EXIMITECH_WORKSPACE),
    facts: EXIMITECH_FACTS,
  },
  {
    slug: 'luxcloud',
    title: 'LuxCloud — cloud services, controller privacy policy',
    seedFile: '004_cc660fc20634a5c1.txt',
    seedFolder: 'shared',
    workspace: bilingual('luxcloud', LUXCLOUD_WORKSPACE),
    facts: LUXCLOUD_FACTS,
  },
  {
    slug: 'hetzner',
    title: 'Hetzner — German privacy notice, controller',
    seedFile: '005_hetzner_datenschutzhinweise_de.txt',
    seedFolder: 'fixtures',
    workspace: bilingual('hetzner', HETZNER_WORKSPACE),
    facts: HETZNER_FACTS,
  },
];

export const exampleBySlug = (slug: string): Example | undefined => EXAMPLES.find((e) => e.slug === slug);

export { untranslatedTexts } from './phrase-tables';
export { EXAMPLE_TIMESTAMP, stableId, type ExampleFact, type FactLocation, type FactSource } from './build';
