/** What a rubric path points into, by id: `条款 4.4-red / clause 4.4-red`, for messages. */
export interface Subject {
  readonly zh: string;
  readonly en: string;
}

const idAt = (node: unknown): string | undefined => {
  if (typeof node !== 'object' || node === null) return undefined;
  const id = (node as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
};

/**
 * The clause (or category, section) a path such as `categories.0.clauses.1.chiefPoints`
 * points into, named by its id as written in `raw` (the rubric's JSON, valid or not).
 */
export function subjectAt(raw: unknown, path: readonly (string | number)[]): Subject | undefined {
  const [top, i, sub, j] = path;
  const list = typeof raw === 'object' && raw !== null && typeof top === 'string' ? (raw as Record<string, unknown>)[top] : undefined;
  const item = Array.isArray(list) && typeof i === 'number' ? (list[i] as unknown) : undefined;
  if (top === 'categories' && sub === 'clauses' && typeof j === 'number') {
    const clauses = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['clauses'] : undefined;
    const id = idAt(Array.isArray(clauses) ? clauses[j] : undefined);
    if (id !== undefined) return { zh: `条款 ${id}`, en: `clause ${id}` };
  }
  const id = idAt(item);
  if (id === undefined) return undefined;
  if (top === 'categories') return { zh: `类别 ${id}`, en: `category ${id}` };
  if (top === 'sections') return { zh: `部分 ${id}`, en: `section ${id}` };
  if (top === 'rates') return { zh: `比率 ${id}`, en: `rate ${id}` };
  if (top === 'flags') return { zh: `标记 ${id}`, en: `flag ${id}` };
  return undefined;
}

/** `条款 4.4-red / clause 4.4-red (categories.3.clauses.1.chiefPoints)`, or the bare path. */
export function located(raw: unknown, path: readonly (string | number)[]): string {
  const at = path.length === 0 ? '(root)' : path.join('.');
  const s = subjectAt(raw, path);
  return s === undefined ? at : `${s.zh} / ${s.en} (${at})`;
}

/** JSON.parse, or undefined for text that is not JSON. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
