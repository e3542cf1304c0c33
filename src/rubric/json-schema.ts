import { z } from 'zod';
import { rubricSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of the rubric format as written in files, for portals
 * that validate rubrics outside TypeScript. Cross-reference rules (unique ids, known
 * sections) are checked by `parseRubric` only.
 *
 * @example
 * rubricJsonSchema().properties.categories.type // 'array'
 */
export function rubricJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rubricSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'window-scorecard rubric',
    description: 'A scoring rubric for the service windows of a government service centre (窗口考评细则).',
  };
}
