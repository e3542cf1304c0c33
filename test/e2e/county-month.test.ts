// A 001-style month at county scale: 50 windows, a few thousand entries, every entry
// accounted for, every card explained, and the same result byte for byte on a re-run.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { prng, sampleInputs, sampleWindows } from '../../examples/sample-county.js';
import { explain, parseRubric, scoreMonth, type LedgerRecord } from '../../src/index.js';

const rubric = parseRubric(readFileSync(new URL('../../rubrics/county-monthly.json', import.meta.url), 'utf8'));
const clauses = rubric.categories.flatMap((c) => c.clauses).filter((c) => c.kind !== 'input').map((c) => c.id);
const windows = sampleWindows(50);

function ledger(n: number): LedgerRecord[] {
  const rand = prng(99);
  const out: LedgerRecord[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const windowId = windows[Math.floor(rand() ** 2 * windows.length)]!; // skewed: a few heavy windows
    const clauseId = clauses[Math.floor(rand() * clauses.length)]!;
    // Mostly March; some late February / early April date-times around the Shanghai edge.
    const date = r < 0.9 ? `2024-03-${String(1 + Math.floor(rand() * 31)).padStart(2, '0')}` : r < 0.95 ? '2024-02-29T16:30:00Z' : '2024-03-31T16:30:00Z';
    out.push({ id: `m${i}`, windowId, clauseId, date, ...(rand() < 0.1 ? { count: 2 } : {}) });
  }
  for (let i = 0; i < 40; i++) out.push({ id: `void${i}`, voids: `m${i * 50}`, date: '2024-04-05' });
  out.push({ id: 'bad1', windowId: 'W01', clauseId: '9.9', date: '2024-03-01' } as LedgerRecord);
  out.push({ id: 'bad2', windowId: 'W01', clauseId: '4.1', date: '2024-03-32' } as LedgerRecord);
  return out;
}

describe('a county month (50 windows, 3000 entries)', () => {
  const entries = ledger(3000);
  const inputs = sampleInputs(windows);
  const result = scoreMonth(rubric, entries, { month: '2024-03', windows, inputs });

  it('accounts for every entry', () => {
    const c = result.counts;
    expect(c.received).toBe(entries.length);
    expect(c.accepted + c.rejected + c.outOfPeriod).toBe(c.received);
    expect(c.accepted).toBe(c.live + c.voided + c.voids);
    expect(result.rejected.map((r) => r.id)).toEqual(expect.arrayContaining(['bad1', 'bad2']));
    const traced = result.cards.flatMap((card) => card.trace.flatMap((t) => [...t.entryIds, ...t.voided.map((v) => v.entryId)]));
    expect(new Set(traced).size).toBe(traced.length);
    expect(traced.length).toBe(c.live + c.voided);
  });

  it('gives every window a complete card within [0, 100]', () => {
    expect(result.cards).toHaveLength(50);
    for (const card of result.cards) {
      expect(card.complete).toBe(true);
      const score = new Decimal(card.score!);
      expect(score.gte(0) && score.lte(100)).toBe(true);
    }
  });

  it('explains every card, naming every live entry', () => {
    for (const card of result.cards) {
      const text = explain(card, rubric);
      expect(text.startsWith(`窗口 ${card.windowId} 得分 ${card.score} / 100`)).toBe(true);
      for (const t of card.trace) for (const id of t.entryIds) expect(text).toContain(id);
    }
  });

  it('is reproducible byte for byte, in any entry order', () => {
    const again = scoreMonth(rubric, [...entries].reverse(), { month: '2024-03', windows: [...windows].reverse(), inputs });
    expect(JSON.stringify(again.cards)).toBe(JSON.stringify(result.cards));
    expect(JSON.stringify(again.counts)).toBe(JSON.stringify(result.counts));
  });
});
