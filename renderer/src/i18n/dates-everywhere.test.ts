import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every screen's source file (tests and the document builders, which have their own formatter, aside). */
const screenSources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'export' || name === 'workers' ? [] : screenSources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

const root = join(import.meta.dirname, '..');
const offending = (pattern: RegExp): string[] =>
  screenSources(root)
    .filter((path) => !path.endsWith(join('i18n', 'dates.ts')))
    .filter((path) => pattern.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path));

describe('dates on screen go through the one interface formatter', () => {
  it('finds the screens to look at', () => {
    expect(screenSources(root).length).toBeGreaterThan(100);
  });

  it('has no native date input (its order follows the browser, 03/12/2024 in a US one)', () => {
    expect(offending(/type=["']date["']|type:\s*'date'/)).toEqual([]);
  });

  it('has no native date-time or time input (the same browser order, 03/12/2024, 09:30 AM)', () => {
    expect(
      offending(/type=["'](datetime-local|time|month|week)["']|type:\s*'(datetime-local|time|month|week)'/),
    ).toEqual([]);
  });

  it('formats no date with the browser locale or an ad hoc Intl date format', () => {
    expect(offending(/toLocaleDateString\(|toLocaleString\(\s*i18n|dateStyle:/)).toEqual([]);
  });
});
