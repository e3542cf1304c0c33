// docs/zh/clauses.md (条款编号一览) is the clerks' list of the clause ids to type in the
// ledger. It was written from the built-in rubrics; this keeps it true: every clause of every
// built-in rubric is listed under its rubric, with its text verbatim, its points and chief
// points, and nothing else is listed. A rubric that changes fails here until the page does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric, type BuiltinRubricName } from '../../src/index.js';

const page = readFileSync(new URL('../../docs/zh/clauses.md', import.meta.url), 'utf8');
const sections = new Map<string, string>();
for (const part of page.split(/^## /m).slice(1)) {
  const id = /^`([^`]+)`/.exec(part)?.[1];
  if (id !== undefined) sections.set(id, part);
}
const cells = (row: string) => row.split('|').slice(1, -1).map((c) => c.trim());

describe('docs/zh/clauses.md', () => {
  it.each(['county-monthly', 'red-flag-window', 'centre-attendance', 'window-staff-attendance', 'good-bad-review'] as BuiltinRubricName[])(
    'lists every clause of %s as the rubric has it, and nothing else',
    (name) => {
      const rubric = loadRubric(name);
      const section = sections.get(name);
      expect(section, `no section for ${name}`).toBeDefined();
      expect(section).toContain(`版本 ${rubric.version}`);
      const rows = new Map(
        section!.split('\n').filter((l) => l.startsWith('| `')).map((l) => {
          const c = cells(l);
          return [c[0]!.replace(/`/g, ''), c] as const;
        }),
      );
      const clauses = rubric.categories.flatMap((c) => c.clauses);
      expect([...rows.keys()].sort()).toEqual(clauses.map((c) => c.id).sort());
      for (const clause of clauses) {
        const row = rows.get(clause.id)!;
        expect(row.at(-1), `text of ${clause.id}`).toBe(clause.text.replace(/\|/g, '\\|').replace(/\n/g, ' '));
        if ('points' in clause && clause.kind !== 'input') expect(row[3], `points of ${clause.id}`).toContain(String(clause.points));
        if ('chiefPoints' in clause && clause.chiefPoints !== undefined) expect(row[4], `chief points of ${clause.id}`).toBe(String(clause.chiefPoints));
      }
    },
  );
});
