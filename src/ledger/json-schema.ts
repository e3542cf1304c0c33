import { z } from 'zod';

const id = z.string().min(1).max(200).describe('non-empty, no leading or trailing white space, Unicode NFC');
const date = z.string().describe('YYYY-MM-DD, or an ISO date-time with an offset (2024-03-31T16:30:00Z)');
const evidence = z.strictObject({ source: z.string(), ref: z.string().optional() }).describe('评定依据');

const finding = z.strictObject({
  id,
  windowId: id,
  clauseId: id,
  date,
  count: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional().describe('occurrences, default 1; not on external clauses'),
  amount: z.union([z.number().min(0), z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/)]).optional().describe('points decided elsewhere; external clauses only'),
  personId: id.optional(),
  evidence: evidence.optional(),
  recordedBy: z.string().optional(),
  note: z.string().optional(),
});

const voiding = z.strictObject({
  id,
  voids: id.describe('the id of the entry this one cancels'),
  date,
  windowId: id.optional(),
  clauseId: id.optional(),
  evidence: evidence.optional(),
  recordedBy: z.string().optional(),
  note: z.string().optional(),
});

/**
 * The JSON Schema (draft 2020-12) of one ledger record: a finding, or a void that cancels
 * one. Describes the shape only; the scorer's checks (calendar dates, known clauses, ids)
 * come back as coded rejections.
 *
 * @example
 * ledgerJsonSchema().anyOf.length // 2 (a finding, a void)
 */
export function ledgerJsonSchema(): Record<string, unknown> & { anyOf: unknown[] } {
  const schema = z.toJSONSchema(z.union([finding, voiding]), { unrepresentable: 'any' }) as Record<string, unknown> & { anyOf: unknown[] };
  return { ...schema, title: 'window-scorecard ledger record', description: 'One record of the deduction ledger (扣分台账): a finding, or a void cancelling one.' };
}
