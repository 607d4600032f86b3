import { expect, type Page } from '@playwright/test';

/**
 * What a reader sees as a broken layout on the screen now (issue 15, item 10), in the open dialog
 * if there is one, else in the main area: a field label or a grid's column heading cut off with an
 * ellipsis ("Catégories de données perso…"), a button whose words wrap onto several lines ("MARK
 * REVIEWED TODAY" on three), a card wider than its area, a button or field sticking out of its
 * card, and a page that scrolls sideways. Each fault names its text.
 */
export const layoutFaults = async (page: Page): Promise<string[]> => {
  // Read once what is loading has come in (a picker's chips take their names when its records load).
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  return page.evaluate(() => {
    const scope = document.querySelector('[role="dialog"]') ?? document.querySelector('main');
    if (!scope) return ['no main area'];
    const faults: string[] = [];
    const words = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });

    for (const label of scope.querySelectorAll('label')) {
      if (shown(label) && label.scrollWidth > label.clientWidth + 1) faults.push(`label cut off: “${words(label)}”`);
    }
    for (const heading of scope.querySelectorAll('.MuiDataGrid-columnHeaderTitle')) {
      // Cut at its end, or wrapped onto more lines than its header row shows.
      const cell = heading.closest('.MuiDataGrid-columnHeader')?.getBoundingClientRect();
      const own = heading.getBoundingClientRect();
      const taller = cell !== undefined && (own.top < cell.top - 1 || own.bottom > cell.bottom + 1);
      if (shown(heading) && (heading.scrollWidth > heading.clientWidth + 1 || taller))
        faults.push(`column heading cut off: “${words(heading)}”`);
    }
    for (const button of scope.querySelectorAll('button')) {
      if (!shown(button)) continue;
      for (const node of button.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) faults.push(`button on ${lines.size} lines: “${words(button)}”`);
      }
    }
    const area = scope.getBoundingClientRect();
    for (const card of scope.querySelectorAll('.MuiPaper-root')) {
      if (card === scope || !shown(card)) continue;
      const box = card.getBoundingClientRect();
      if (box.width > 0 && box.right > area.right + 1) faults.push(`card wider than its area: “${words(card)}”`);
    }
    // A button or field that sticks out past its card (« Nouveau destinataire » beside a wide
    // picker), unless something between them scrolls or clips (a grid's rows scroll sideways).
    const clipped = (el: Element, card: Element) => {
      for (let at = el.parentElement; at && at !== card; at = at.parentElement) {
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const control of scope.querySelectorAll('button, input, textarea, [role="combobox"]')) {
      if (!shown(control)) continue;
      const card = control.parentElement?.closest('.MuiPaper-root');
      if (!card || clipped(control, card)) continue;
      // A button squeezed narrower than its words lets them spill out of it: measure the words too.
      const own = control.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(control);
      const text = range.getBoundingClientRect();
      const right = Math.max(own.right, text.width > 0 ? text.right : own.right);
      const left = Math.min(own.left, text.width > 0 ? text.left : own.left);
      const box = card.getBoundingClientRect();
      if (own.width > 0 && (right > box.right + 1 || left < box.left - 1)) {
        const field = control.closest('.MuiFormControl-root')?.querySelector('label');
        const name = control.getAttribute('aria-label') || words(control) || (field ? words(field) : control.tagName);
        faults.push(`control sticks out of its card: “${name}”`);
      }
    }
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth + 1) faults.push('the page scrolls sideways');
    return faults;
  });
};
