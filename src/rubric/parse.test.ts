import { describe, expect, it } from 'vitest';
import { parseRubric, RubricValidationError, safeParseRubric } from './parse.js';
import { rubricJsonSchema } from './json-schema.js';

const minimal = {
  id: 'mini',
  version: '1',
  title: '测试细则',
  total: 10,
  effectiveFrom: '2024-01-01',
  source: { document: '测试' },
  categories: [
    { id: 'c1', title: '服务能力', max: 10, clauses: [{ kind: 'per-occurrence', id: 'k1', text: '每件次扣2分、首席代表扣1分。', points: 2, chiefPoints: '1' }] },
  ],
};

describe('parseRubric', () => {
  it('normalises decimals to canonical strings and fills chiefRatio', () => {
    const r = parseRubric({ ...minimal, total: '10.0' });
    expect(r.total).toBe('10');
    expect(r.chiefRatio).toBe('0.5');
    expect(r.categories[0]!.clauses[0]).toMatchObject({ points: '2', chiefPoints: '1' });
  });

  it('round-trips: parse(JSON(parse(x))) equals parse(x)', () => {
    const once = parseRubric(minimal);
    expect(parseRubric(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('accepts JSON text', () => {
    expect(parseRubric(JSON.stringify(minimal)).id).toBe('mini');
  });

  it('does not mutate its input', () => {
    const input = structuredClone(minimal);
    parseRubric(Object.freeze(input));
    expect(input).toEqual(minimal);
  });

  it('lists every missing field with a code and a path', () => {
    const r = safeParseRubric({});
    expect(r.success).toBe(false);
    expect(!r.success && r.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "id: 缺少必填字段:请补上。",
          "path": [
            "id",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "version: 缺少必填字段:请补上。",
          "path": [
            "version",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "title: 缺少必填字段:请补上。",
          "path": [
            "title",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "total: 缺少必填字段:请补上。",
          "path": [
            "total",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "effectiveFrom: 缺少必填字段:请补上。",
          "path": [
            "effectiveFrom",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "source: 缺少必填字段:请补上。",
          "path": [
            "source",
          ],
        },
        {
          "code": "missing-field",
          "message": "required field is missing",
          "messageZh": "categories: 缺少必填字段:请补上。",
          "path": [
            "categories",
          ],
        },
      ]
    `);
  });

  it('rejects unknown fields, unknown kinds, negative points and impossible dates', () => {
    const r = safeParseRubric({
      ...minimal,
      effectiveFrom: '2023-02-29',
      categories: [
        {
          id: 'c1', title: 't', max: 10,
          clauses: [
            { kind: 'per-occurrence', id: 'k1', text: 't', points: 2, chiefPoint: 1 },
            { kind: 'sometimes', id: 'k2', text: 't' },
            { kind: 'flat', id: 'k3', text: 't', points: '-1' },
          ],
        },
      ],
    });
    expect(!r.success && r.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-format",
          "message": "expected a calendar date "YYYY-MM-DD" (got "2023-02-29")",
          "messageZh": "effectiveFrom: 实为 "2023-02-29"。文本格式不对(如日期不是真实的 YYYY-MM-DD):请更正。",
          "path": [
            "effectiveFrom",
          ],
        },
        {
          "code": "unknown-field",
          "message": "unknown field "chiefPoint"",
          "messageZh": "categories.0.clauses.0.chiefPoint: 没有字段 "chiefPoint"。格式中没有此字段(多为拼写错误):请改正字段名或删除。",
          "path": [
            "categories",
            0,
            "clauses",
            0,
            "chiefPoint",
          ],
        },
        {
          "code": "unknown-kind",
          "message": "Invalid discriminator value. Expected 'per-occurrence' | 'flat' | 'threshold' | 'quota' | 'external' | 'veto' | 'bonus' | 'input' | 'record' | 'overflow' (got "sometimes")",
          "messageZh": "categories.0.clauses.1.kind: 实为 "sometimes"。未知的条款类型:请使用 per-occurrence、flat、threshold、quota、external、veto、bonus、input、record 或 overflow。",
          "path": [
            "categories",
            0,
            "clauses",
            1,
            "kind",
          ],
        },
        {
          "code": "too-small",
          "message": "must not be negative (got "-1")",
          "messageZh": "categories.0.clauses.2.points: 实为 "-1"。取值低于下限(如负分值、空列表):请更正。",
          "path": [
            "categories",
            0,
            "clauses",
            2,
            "points",
          ],
        },
      ]
    `);
  });

  it('checks cross references: duplicate ids, sections, input categories, date order', () => {
    const r = safeParseRubric({
      ...minimal,
      effectiveTo: '2023-12-31',
      sections: [{ id: 's1', title: '工作窗口', max: 10 }],
      categories: [
        { id: 'c1', title: 't', max: 5, section: 's1', clauses: [
          { kind: 'per-occurrence', id: 'k1', text: 't', points: 1 },
          { kind: 'input', id: 'k2', text: 't', points: 5, outOf: 100 },
        ] },
        { id: 'c1', title: 't', max: 5, section: 's9', clauses: [
          { kind: 'veto', id: 'k1', text: 't', scope: { section: 'nope' } },
        ] },
      ],
    });
    expect(!r.success && r.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "date-order",
          "message": "effectiveTo 2023-12-31 is before effectiveFrom 2024-01-01",
          "messageZh": "effectiveTo: 失效日期 2023-12-31 早于生效日期 2024-01-01。失效日期早于生效日期:请更正日期。",
          "path": [
            "effectiveTo",
          ],
        },
        {
          "code": "mixed-input-category",
          "message": "category "c1" has input clauses, so it may hold only input clauses",
          "messageZh": "categories.0.clauses: 类别 "c1" 含输入项,只能包含输入项。含输入项的类别只能包含输入项并须有满分:请拆分该类别。",
          "path": [
            "categories",
            0,
            "clauses",
          ],
        },
        {
          "code": "duplicate-id",
          "message": "category id "c1" is used twice",
          "messageZh": "categories.1.id: 类别编号 "c1" 重复使用。类别、部分或条款编号重复:请确保每个编号唯一。",
          "path": [
            "categories",
            1,
            "id",
          ],
        },
        {
          "code": "unknown-section",
          "message": "section "s9" is not in sections",
          "messageZh": "categories.1.section: 部分 "s9" 不在 sections 中。类别或否决条款引用了不存在的部分(或缺少部分):请更正部分编号。",
          "path": [
            "categories",
            1,
            "section",
          ],
        },
        {
          "code": "duplicate-id",
          "message": "clause id "k1" is used twice",
          "messageZh": "categories.1.clauses.0.id: 条款编号 "k1" 重复使用。类别、部分或条款编号重复:请确保每个编号唯一。",
          "path": [
            "categories",
            1,
            "clauses",
            0,
            "id",
          ],
        },
        {
          "code": "unknown-section",
          "message": "veto "k1" scope names section "nope", which is not in sections",
          "messageZh": "categories.1.clauses.0.scope.section: 否决条款 "k1" 的范围写的部分 "nope" 不在 sections 中。类别或否决条款引用了不存在的部分(或缺少部分):请更正部分编号。",
          "path": [
            "categories",
            1,
            "clauses",
            0,
            "scope",
            "section",
          ],
        },
      ]
    `);
  });

  it('reports JSON syntax errors as invalid-json', () => {
    const r = safeParseRubric('{"id": ');
    expect(!r.success && r.issues[0]!.code).toBe('invalid-json');
  });

  it('cannot be polluted through __proto__ keys', () => {
    const r = safeParseRubric('{"__proto__": {"polluted": true}, "id": "x"}');
    expect(r.success).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(!r.success && r.issues.some((i) => i.code === 'unknown-field' && i.path[0] === '__proto__')).toBe(true);
  });

  it('throws RubricValidationError carrying the issues', () => {
    let caught: unknown;
    try {
      parseRubric({ id: 'x' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RubricValidationError);
    expect((caught as RubricValidationError).name).toBe('RubricValidationError');
    expect((caught as RubricValidationError).issues.length).toBeGreaterThan(3);
  });
});

describe('rubricJsonSchema', () => {
  it('describes the written format, with every clause kind', () => {
    const s = rubricJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(s.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'total', 'effectiveFrom', 'source', 'categories']));
    const text = JSON.stringify(s);
    for (const kind of ['per-occurrence', 'flat', 'threshold', 'quota', 'external', 'veto', 'bonus', 'input']) {
      expect(text).toContain(`"${kind}"`);
    }
  });
});
