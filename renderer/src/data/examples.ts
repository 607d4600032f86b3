/**
 * The example workspaces, installed into the app's database for the screens (ESLint zone: only
 * data/ touches data/db). Each load is an independent copy with fresh ids, so a DPO can load the
 * same example twice, edit one and compare with the other.
 */
import { exampleBySlug, EXAMPLES } from '../examples';
import type { Workspace } from '../domain';
import { getDatabase, type DpoDeskDatabase } from './db';
import { installWorkspace } from './install-workspace';

/** The slugs of the examples, in the seeds' order: what the screens list. */
export const EXAMPLE_SLUGS: readonly string[] = EXAMPLES.map((e) => e.slug);

/** A slug that names no example (a stale link, a typo): nothing is installed. */
export class UnknownExampleError extends Error {
  constructor(readonly slug: string) {
    super(`There is no example workspace called “${slug}”. Nothing was installed.`);
    this.name = 'UnknownExampleError';
  }
}

export interface InstallExampleOptions {
  /**
   * The legal name of the second, third… copy of an example, e.g. "Tixeo SAS (example 2)": two
   * organisations with one name could not be told apart in the switcher. The wording comes from
   * the screen, in the DPO's language; without it a copy keeps the example's name.
   */
  copyName?: (name: string, copy: number) => string;
}

/** The first copy keeps its name; later ones take the first free "copy n" name, from 2 up. */
const nameForCopy = (name: string, taken: ReadonlySet<string>, copyName: InstallExampleOptions['copyName']): string => {
  if (!taken.has(name) || !copyName) return name;
  for (let copy = 2; ; copy++) {
    const candidate = copyName(name, copy);
    if (!taken.has(candidate)) return candidate;
  }
};

/** What a load installed: the new organisation, under the name it was given. */
export interface InstalledExample {
  organisationId: string;
  name: string;
}

/** Installs the example `slug` into `db` with new ids. */
export const installExampleInto = async (
  db: DpoDeskDatabase,
  slug: string,
  options: InstallExampleOptions = {},
): Promise<InstalledExample> => {
  const example = exampleBySlug(slug);
  if (!example) throw new UnknownExampleError(slug);
  const live = await db.organisations.filter((o) => o.deletedAt === null).toArray();
  const taken = new Set(live.map((o) => o.name));
  const ws: Workspace = example.workspace;
  const name = nameForCopy(ws.organisation.name, taken, options.copyName);
  const organisationId = await installWorkspace(
    db,
    { ...ws, organisation: { ...ws.organisation, name } },
    { newIds: true },
  );
  return { organisationId, name };
};

/** Installs the example `slug` into the app's database. */
export const installExample = (slug: string, options?: InstallExampleOptions): Promise<InstalledExample> =>
  installExampleInto(getDatabase(), slug, options);
