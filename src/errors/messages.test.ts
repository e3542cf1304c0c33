import { describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../ledger/entry.js';
import { RUBRIC_ISSUE_CODES } from '../rubric/issues.js';
import { REJECTION_HELP, rejectionZh, RUBRIC_ISSUE_HELP } from './messages.js';

describe('messages', () => {
  it('explain every code in English and Chinese', () => {
    for (const code of REJECTION_CODES) expect(REJECTION_HELP[code].en.length * REJECTION_HELP[code].zh.length).toBeGreaterThan(0);
    for (const code of RUBRIC_ISSUE_CODES) expect(RUBRIC_ISSUE_HELP[code].en.length * RUBRIC_ISSUE_HELP[code].zh.length).toBeGreaterThan(0);
    expect(Object.keys(REJECTION_HELP).sort()).toEqual([...REJECTION_CODES].sort());
    expect(Object.keys(RUBRIC_ISSUE_HELP).sort()).toEqual([...RUBRIC_ISSUE_CODES].sort());
  });

  it('name the field in Chinese', () => {
    expect(rejectionZh('bad-count', ['count'])).toMatchInlineSnapshot(`"次数 (count): 次数须为 1 到 9007199254740991 的整数:请更正;为 1 时可不填。"`);
    expect(rejectionZh('invalid-shape', [])).toMatch(/^记录: /);
  });
});

describe('shown', () => {
  it('never throws, whatever the value', async () => {
    const { shown } = await import('./errors.js');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect([shown(10n), shown({ a: 1n }), shown(cyclic), shown(Symbol('s')), shown(undefined), shown('x'.repeat(100))]).toEqual([
      '10n', '<object>', '<object>', 'Symbol(s)', 'undefined', `"${'x'.repeat(76)}...`,
    ]);
  });
});
