import { describe, expect, it } from 'vitest';
import { builtinRubrics, loadRubric } from './builtin.js';
import { BUILTIN_CLAUSE_IDS, builtinRubricsHolding } from './builtin-clauses.js';

describe('the clause ids of the built-in rubrics', () => {
  it('are exactly the clause ids of the rubric files (the index cannot drift)', () => {
    expect(Object.keys(BUILTIN_CLAUSE_IDS)).toEqual(builtinRubrics.map((r) => r.id));
    for (const r of builtinRubrics) {
      const ids = loadRubric(r.id).categories.flatMap((c) => c.clauses.map((x) => x.id));
      expect(BUILTIN_CLAUSE_IDS[r.id], r.id).toBe(ids.join(' '));
    }
  });

  it('name the built-in rubric that holds four in five of the clause ids, never the rubric in use', () => {
    expect(builtinRubricsHolding(['4.1', '5.3', '2.2'], 'red-flag-window')).toEqual(['county-monthly']);
    // A county ledger with its typo: 4 of 5 ids are county-monthly's.
    expect(builtinRubricsHolding(['4.1', '5.3', '2.2', '6.1', '9.9'], 'red-flag-window')).toEqual(['county-monthly']);
    expect(builtinRubricsHolding(['4.1', '5.3', '9.8', '9.9'], 'red-flag-window')).toEqual([]);
    expect(builtinRubricsHolding(['4.1'], 'county-monthly')).toEqual([]);
    expect(builtinRubricsHolding(['4.1', 'w1.1'], 'x')).toEqual([]);
    expect(builtinRubricsHolding([], 'x')).toEqual([]);
    expect(builtinRubricsHolding(['不满意'], 'x')).toEqual(['good-bad-review']);
  });
});
