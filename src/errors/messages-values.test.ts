// Every Chinese message names the value at fault as the English one does: for every ledger
// rejection code, every rubric issue code and every read problem code, fed the bad input itself.
import { describe, expect, it } from 'vitest';
import { miniRubric } from '../../test/fixtures/mini-rubric.js';
import { badCsv, badEncoding, badJson, lineFault, missingColumn, notAnObject, READ_PROBLEM_CODES, tooLong, unknownColumn, unreadColumn } from '../io/problems.js';
import type { ReadProblem, ReadProblemCode } from '../io/types.js';
import { REJECTION_CODES, type RejectionCode } from '../ledger/entry.js';
import { RUBRIC_ISSUE_CODES, type RubricIssueCode } from '../rubric/issues.js';
import { safeParseRubric } from '../rubric/parse.js';
import { scoreMonth } from '../scoring/score-month.js';
import { scorePeriod } from '../scoring/score-period.js';

/** The values an English message quotes ("…"), counts (#3) or shows after "got": each must be in the Chinese. */
function valuesOf(en: string): string[] {
  const quoted = en.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
  const numbered = en.match(/#\d+/g) ?? [];
  const got = [...en.matchAll(/got (?:count |amount )?(\S+?)\)?(?:,|$|\s)/g)].map((m) => m[1]!);
  return [...quoted, ...numbered, ...got].map((v) => v.replace(/^"|"$/g, ''));
}

const W = { windowId: 'W1', date: '2024-03-01' };
const A = { id: 'a', windowId: 'W1', clauseId: 'po', date: '2024-03-01' };
/** For each code: a ledger that draws it, and the value at fault its messages must both name. */
const LEDGERS: { readonly [C in RejectionCode]: { entries: unknown[]; value: string; person?: true; windows?: string[]; people?: { windowId: string; personId: string }[] } } = {
  'invalid-shape': { entries: [{ id: 'e', ...W, clauseId: 'po', note: 42 }], value: '42' },
  'unknown-field': { entries: [{ id: 'e', ...W, clauseId: 'po', cuont: 2 }], value: '"cuont"' },
  'invalid-id': { entries: [{ id: 'e', windowId: ' 住建', clauseId: 'po', date: '2024-03-01' }], value: '" 住建"' },
  'unknown-clause': { entries: [{ id: 'e', ...W, clauseId: '4.4-red' }], value: '"4.4-red"' },
  'not-a-ledger-clause': { entries: [{ id: 'e', ...W, clauseId: 'in' }], value: '"in"' },
  'person-required': { entries: [{ id: 'e', ...W, clauseId: 'po' }], value: 'mini', person: true },
  'bad-date': { entries: [{ id: 'e', windowId: 'W1', clauseId: 'po', date: '2024/3/5' }], value: '"2024/3/5"' },
  'bad-count': { entries: [{ id: 'e', ...W, clauseId: 'po', count: '两次' }], value: '"两次"' },
  'count-not-allowed': { entries: [{ id: 'e', ...W, clauseId: 'ex', amount: 1, count: 3 }], value: '3' },
  'bad-amount': { entries: [{ id: 'e', ...W, clauseId: 'ex', amount: '1,5' }], value: '"1,5"' },
  'amount-required': { entries: [{ id: 'e', ...W, clauseId: 'ex' }], value: '"ex"' },
  'amount-not-allowed': { entries: [{ id: 'e', ...W, clauseId: 'po', amount: 7 }], value: '7' },
  'duplicate-id': { entries: [A, A], value: '"a"' },
  'conflicting-id': { entries: [A, { ...A, windowId: 'W2' }], value: '"a"' },
  'unknown-void-target': { entries: [A, { id: 'v', voids: 'zzz', date: '2024-03-02' }], value: '"zzz"' },
  'invalid-void-target': { entries: [A, { id: 'v', voids: 'v', date: '2024-03-02' }], value: '"v"' },
  'void-mismatch': { entries: [A, { id: 'v', voids: 'a', windowId: '住建局', date: '2024-03-02' }], value: '"住建局"' },
  'already-voided': { entries: [A, { id: 'v1', voids: 'a', date: '2024-03-02' }, { id: 'v2', voids: 'a', date: '2024-03-02' }], value: '"v1"' },
  'unknown-window': { entries: [{ id: 'e', windowId: '住建局', clauseId: 'po', date: '2024-03-01' }], value: '"住建局"', windows: ['住建', '人社'] },
  'unknown-person': { entries: [{ id: 'e', ...W, personId: '张叁', clauseId: 'po' }], value: '"张叁"', person: true, people: [{ windowId: 'W1', personId: '张三' }] },
};

describe('ledger rejections: the Chinese names the value the English names', () => {
  it('covers every rejection code', () => {
    expect(Object.keys(LEDGERS).sort()).toEqual([...REJECTION_CODES].sort());
  });

  for (const code of REJECTION_CODES) {
    it(code, () => {
      const { entries, value, person, windows, people } = LEDGERS[code];
      const rubric = person === true ? { ...miniRubric, subject: 'person' as const } : miniRubric;
      const declared = { ...(windows === undefined ? {} : { windows }), ...(people === undefined ? {} : { people }) };
      const r = scorePeriod(rubric, entries, { period: '2024-03', ...declared }).rejected.find((x) => x.code === code);
      expect(r, `no ${code} rejection`).toBeDefined();
      expect(r!.message).toContain(value);
      expect(r!.messageZh).toContain(value);
      for (const v of valuesOf(r!.message)) expect(r!.messageZh, `${code}: ${r!.message}`).toContain(v);
    });
  }

  it('reads like this in Chinese', () => {
    const r = scoreMonth(miniRubric, LEDGERS['unknown-clause'].entries, { month: '2024-03' }).rejected[0]!;
    expect(r.messageZh).toMatchInlineSnapshot(`"条款 (clauseId): "4.4-red" 不在评分标准 mini@1 中。条款编号不在评分标准中:请使用评分标准(或当时施行版本)中的条款编号。"`);
  });
});

const rubricWith = (change: (r: Record<string, unknown> & { categories: Record<string, unknown>[] }) => void) => {
  const r = structuredClone(miniRubric) as unknown as Record<string, unknown> & { categories: Record<string, unknown>[] };
  change(r);
  return r;
};
const clause0 = (r: { categories: Record<string, unknown>[] }) => (r.categories[0]!['clauses'] as Record<string, unknown>[])[0]!;

/** For each rubric issue code: a rubric that draws it. */
const RUBRICS: { readonly [C in RubricIssueCode]: unknown } = {
  'invalid-json': '{"id": "x",',
  'invalid-type': rubricWith((r) => { r['title'] = 42; }),
  'missing-field': rubricWith((r) => { delete r['title']; }),
  'unknown-field': rubricWith((r) => { r['titel'] = 'x'; }),
  'unknown-kind': rubricWith((r) => { clause0(r)['kind'] = 'per-ocurrence'; }),
  'invalid-value': rubricWith((r) => { r['subject'] = 'team'; }),
  'invalid-format': rubricWith((r) => { r['effectiveFrom'] = '2024-02-30'; }),
  'too-small': rubricWith((r) => { clause0(r)['points'] = -2; }),
  'too-big': rubricWith((r) => { r['chiefRatio'] = 1.5; }),
  'duplicate-id': rubricWith((r) => { r.categories.push({ ...r.categories[0]!, clauses: [] }); }),
  'unknown-section': rubricWith((r) => { r.categories[0]!['section'] = 'nowhere'; }),
  'unknown-clause': rubricWith((r) => { r['rates'] = [{ id: 'rate', label: '评价率', numerator: ['ghost'], denominator: ['po'] }]; }),
  'mixed-input-category': rubricWith((r) => { r.categories.forEach((c) => { if ((c['clauses'] as { kind: string }[]).some((k) => k.kind === 'input')) delete c['max']; }); }),
  'date-order': rubricWith((r) => { r['effectiveTo'] = '2000-01-01'; }),
};

describe('rubric issues: the Chinese names the value the English names', () => {
  it('covers every rubric issue code', () => {
    expect(Object.keys(RUBRICS).sort()).toEqual([...RUBRIC_ISSUE_CODES].sort());
  });

  for (const code of RUBRIC_ISSUE_CODES) {
    it(code, () => {
      const parsed = safeParseRubric(RUBRICS[code]);
      expect(parsed.success).toBe(false);
      const issue = parsed.success ? undefined : parsed.issues.find((i) => i.code === code);
      expect(issue, `no ${code} issue in ${JSON.stringify(parsed.success ? [] : parsed.issues.map((i) => i.code))}`).toBeDefined();
      for (const v of valuesOf(issue!.message)) expect(issue!.messageZh, `${code}: ${issue!.message}`).toContain(v);
    });
  }
});

const PROBLEMS: { readonly [C in ReadProblemCode]: ReadProblem } = {
  'bad-json': badJson(4, 'Unexpected token } in JSON at position 9'),
  'not-an-object': notAnObject(5, [1]),
  'bad-csv': badCsv(2, 'column 5 has no header but holds "x"', '第5列没有表头,却填有“x”'),
  'unknown-column': unknownColumn(1, 4, '颜色'),
  'missing-column': missingColumn(1, 'date', '日期'),
  'unread-column': unreadColumn(1, 5, '办件量', 'count', '次数'),
  'bad-encoding': badEncoding(3, 3, 'utf-8'),
  'mixed-encoding': lineFault(3, { line: 3, text: '住建', fault: 'mixed-encoding', readAs: 'gb18030', bytes: 4 }, 'utf-8'),
  'too-long': tooLong(2, 2, 17_000_000, 16 * 1048576),
};

describe('read problems: the Chinese names the value the English names', () => {
  it('covers every read problem code', () => {
    expect(Object.keys(PROBLEMS).sort()).toEqual([...READ_PROBLEM_CODES].sort());
  });

  for (const code of READ_PROBLEM_CODES) {
    it(code, () => {
      const p = PROBLEMS[code];
      for (const v of [...valuesOf(p.message), ...(p.message.match(/\d+/g) ?? [])]) expect(p.messageZh, `${code}: ${p.message}`).toContain(v);
    });
  }
});
