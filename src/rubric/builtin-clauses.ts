/**
 * The clause ids of every built-in rubric, space-separated, without the rubrics themselves:
 * enough to tell which built-in rubric a ledger was written for, at a few hundred bytes in
 * the scoring bundle (the rubrics are about 78 KB). `builtin-clauses.test.ts` checks it
 * against the rubric files, so it cannot drift.
 */
export const BUILTIN_CLAUSE_IDS: Readonly<Record<string, string>> = {
  'county-monthly': '1.chief 1.staff 2.1 2.2 2.3 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 4.1 4.2 4.3 4.4-yellow 4.4-red 4.5 4.6 5.1 5.2 5.3 5.4-absent 5.4-late 5.5 5.6 5.7 5.8 5.9 5.10 6.1 6.2 6.3 6.4',
  'red-flag-window': 'w1.1 w1.2 w2.1 w2.2 w2.3 w2.4 w3.1 w3.2 w3.3 w3.4 w3.5 w3.6 w4.1 w4.2 w4.3 w4.4 w5.1 w5.2 w5.3 w6.1 w6.2 w6.3 w6.4 w6.5 w6.6 w6.7 w6.8 u1.1 u1.2 u1.3 u1.4 u1.5 u2.1 u3.1 u3.2 u3.3 u3.4 u4.1 u4.2 u5.1 u6.1 u7.1',
  'centre-attendance': '9.1.1 9.1.2 9.1.5 9.2.1-false 9.2.1-missing 9.2.2 9.3 9.4-province 9.4-city 9.4-county',
  'window-staff-attendance': '6.5-late 6.5-early 6.5-overleave 6.5-absent 6.3-leave 8.1-sick',
  'good-bad-review': '非常满意 满意 基本满意 不满意 非常不满意 办件 差评整改',
  'thousand-point': '',
};

/** The share of a ledger's unknown clause ids a built-in rubric must hold to be named: four in five (a ledger has its typos). */
export const BUILTIN_FIT_SHARE = 0.8;

/**
 * The built-in rubrics (other than `except`) that hold at least four in five
 * ({@link BUILTIN_FIT_SHARE}) of `clauseIds`, by name, the one holding the most first.
 * @example builtinRubricsHolding(['4.1', '5.3', '2.2', '4.4-red', '9.9'], 'red-flag-window') // ['county-monthly']
 */
export function builtinRubricsHolding(clauseIds: Iterable<string>, except: string): string[] {
  const wanted = [...new Set(clauseIds)];
  if (wanted.length === 0) return [];
  return Object.entries(BUILTIN_CLAUSE_IDS)
    .filter(([name, ids]) => name !== except && ids.length > 0)
    .map(([name, ids]) => {
      const held = new Set(ids.split(' '));
      return { name, n: wanted.filter((id) => held.has(id)).length };
    })
    .filter(({ n }) => n >= wanted.length * BUILTIN_FIT_SHARE)
    .sort((a, b) => b.n - a.n)
    .map(({ name }) => name);
}
