import { EXAMPLES, type Example, type ExampleFact, type FactLocation } from '../../renderer/src/examples';
import { expect, test } from './fixtures';
import { ExamplesPage, normaliseForReading, type ScreenText } from './pages/ExamplesPage';

/**
 * The record (GitHub issue): each example workspace loads from the app and shows every fact of its
 * page. Each test loads its example through the dialog, then reads, through the app's own
 * navigation, every screen where its facts live, and looks for each fact's text there.
 */

/** Reads the screens of one location of the record, as a person would reach them. */
const readLocation = async (ui: ExamplesPage, example: Example, where: FactLocation): Promise<ScreenText[]> => {
  const ws = example.workspace;
  switch (where) {
    case 'organisation':
      return [await ui.readOrganisation(ws.organisation.name)];
    case 'contacts':
      return ui.readEveryRecord('Contacts', ws.contacts.length);
    case 'activities':
      return ui.readEveryRecord('Processing activities', ws.activities.length);
    case 'recipients':
      return ui.readEveryRecord('Recipients', ws.recipients.length);
    case 'processors':
      // Each processor's page, sub-processors included (their page shows the chain they belong to).
      return ui.readEveryRecord('Processors', ws.processors.length);
    case 'transfers':
      return ui.readEveryRecord('Transfers', ws.transfers.length);
    case 'securityMeasures':
      return ui.readEveryRecord('Security measures', ws.securityMeasures.length);
    case 'documents':
      return ui.readPolicyPreviews(ws.documents.flatMap((d) => (d.kind === 'privacy_policy' ? [d.title] : [])));
  }
};

const SECONDS_PER_SCREEN = 8;

/** How many screens a test reads: one per record of each location its facts live in. */
const screenCount = (example: Example): number => {
  const ws = example.workspace;
  const perLocation: Record<FactLocation, number> = {
    organisation: 1,
    contacts: ws.contacts.length,
    activities: ws.activities.length,
    recipients: ws.recipients.length,
    processors: ws.processors.length,
    transfers: ws.transfers.length,
    securityMeasures: ws.securityMeasures.length,
    documents: ws.documents.length,
  };
  return [...new Set(example.facts.map((f) => f.where))].reduce((n, where) => n + perLocation[where], 0);
};

const shownIn = (screens: readonly ScreenText[], f: ExampleFact): boolean =>
  screens.some((s) => s.text.includes(normaliseForReading(f.text)));

test.describe('example workspaces', () => {
  // The German example's facts are checked by the unit fact test (examples.test.ts) and its screens by
  // the German walk (german.spec.ts): one more full reading here would only cost suite time.
  for (const example of EXAMPLES.filter((e) => e.seedFolder === 'shared')) {
    const name = example.workspace.organisation.name;
    test(`${name}: loads from the app and shows every fact of its page`, async ({ shell }) => {
      // A few seconds per screen on a loaded two-core machine; Tixeo has some thirty screens to read.
      test.setTimeout(60_000 + SECONDS_PER_SCREEN * 1000 * screenCount(example));
      const ui = new ExamplesPage(shell.page);
      await ui.load(example.title, name);
      await expect(shell.organisationSwitcher).toContainText(example.workspace.organisation.shortName || name);

      const locations = [...new Set(example.facts.map((f) => f.where))];
      const screens = new Map<FactLocation, ScreenText[]>();
      for (const where of locations) screens.set(where, await readLocation(ui, example, where));

      const everywhere = [...screens.values()].flat();
      const missing = example.facts
        .filter((f) => !shownIn(screens.get(f.where) ?? [], f))
        .map((f) => {
          const elsewhere = everywhere.filter((s) => shownIn([s], f)).map((s) => s.screen);
          return `[${f.where}] ${f.label}: “${f.text}”${elsewhere.length ? ` (shown only on ${elsewhere.join(', ')})` : ''}`;
        });
      test.info().annotations.push({
        type: 'facts checked',
        description: `${example.facts.length - missing.length} of ${example.facts.length} shown`,
      });
      // What each screen of a failing section showed, so a miss can be told from a screen read too early.
      const read = [
        ...new Set(example.facts.filter((f) => !shownIn(screens.get(f.where) ?? [], f)).map((f) => f.where)),
      ]
        .flatMap((where) => screens.get(where) ?? [])
        .map((s) => `${s.screen}: ${s.text.slice(0, 160)}…`);
      expect(
        missing,
        `facts of ${name} that no screen of their section shows; screens read:\n${read.join('\n')}`,
      ).toEqual([]);
    });
  }

  test('loading an example twice gives two independent organisations', async ({ shell }) => {
    const ui = new ExamplesPage(shell.page);
    const eximitech = EXAMPLES.find((e) => e.slug === 'eximitech');
    if (!eximitech) throw new Error('The EximiTech example is missing.');
    await ui.load(eximitech.title, 'EximiTech d.o.o.');
    await ui.load(eximitech.title, 'EximiTech d.o.o. (example 2)');
    await shell.goTo('Organisations');
    await expect(ui.main.getByRole('gridcell', { name: /^EximiTech d\.o\.o\.( Current)?$/ })).toHaveCount(1);
    await expect(ui.main.getByRole('gridcell', { name: /^EximiTech d\.o\.o\. \(example 2\)/ })).toHaveCount(1);
    // The copy is current, and its record is its own: deleting a measure there leaves the first copy whole.
    await expect(shell.organisationSwitcher).toContainText('EximiTech');
    await shell.goTo('Security measures');
    await expect(ui.rows).toHaveCount(eximitech.workspace.securityMeasures.length);
    await ui.rows.first().getByRole('gridcell').first().click();
    await shell.page.getByRole('button', { name: 'Delete' }).click();
    await shell.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await shell.goTo('Security measures');
    await expect(ui.rows).toHaveCount(eximitech.workspace.securityMeasures.length - 1);
    await shell.organisationSwitcher.click();
    await shell.page.getByRole('option', { name: 'EximiTech d.o.o.', exact: true }).click();
    await expect(ui.rows).toHaveCount(eximitech.workspace.securityMeasures.length);
  });
});
