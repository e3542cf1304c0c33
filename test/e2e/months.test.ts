// Issue 13 item 5 on the command line: `annual` given only March's ledger does not score the
// months with no data as clean months; it says so, and --months declares truly clean months.
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { file } = scratch('ws-months-');

describe('cli annual: months without data', () => {
  // March only: W1 -2 (w1.1), W2 -4 (w1.1 x2); both also lose the quota clauses (-3, -1).
  const march = file('march.ndjson', [
    '{"id":"a","windowId":"W1","clauseId":"w1.1","date":"2024-03-05"}',
    '{"id":"b","windowId":"W2","clauseId":"w1.1","date":"2024-03-06","count":2}',
  ].join('\n'));
  const survey = file('survey.json', '{"W1": 90, "W2": 80}');
  const base = ['annual', '-r', 'red-flag-window', '--year', '2024', '-w', 'W1,W2', '--survey', survey];

  it('through March: January and February are listed, left out of the mean, and warned about', async () => {
    const r = await run(...base, '--through', '2024-03', march);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.coverage).toEqual({ months: ['2024-01', '2024-02', '2024-03'], withEntries: ['2024-03'], declaredClean: [], uncovered: ['2024-01', '2024-02'] });
    // 94 x 0.6 + 90 x 0.4 = 92.4 (the mean of March alone, not of 96, 96, 94)
    expect(a.rows.map((x: { windowId: string; monthlyMean: { count: number; published: string }; composite: string }) => [x.windowId, x.monthlyMean.count, x.monthlyMean.published, x.composite]))
      .toEqual([['W1', 1, '94', '92.4'], ['W2', 1, '92', '87.2']]);
    expect(r.err).toContain('警告 warning: 2024-01, 2024-02 台账中没有任何有效记录, 不按无扣分计, 不计入月评均分 (均分为 1 个月的平均: 2024-03); 若这些月份确实无扣分, 用 --months 2024-01..2024-02 声明后计分');
    expect(r.err).toContain('warning: no accepted ledger entry in 2024-01, 2024-02: not scored as clean months, left out of the monthly mean');
    // Under --strict a month left out is a reason to fail.
    expect((await run(...base, '--through', '2024-03', '--strict', march)).code).toBe(1);
  });

  it('the whole year: eleven months listed, and the suggested --months gives them as ranges', async () => {
    const r = await run(...base, '-f', 'csv', march);
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFF名次 rank,窗口 window,月评均分 monthly mean,计分月数 months,民主测评 survey,综合得分 composite,入选 selected,说明 note',
      '1,W1,94,1,90,92.4,是,',
      '2,W2,92,1,80,87.2,,',
    ]);
    expect(r.err).toContain('用 --months 2024-01..2024-02,2024-04..2024-12 声明后计分');
    // The months after the last with data are most often a year not over: --through first.
    expect(r.err).toContain('若本年度只计到 2024-03, 用 --through 2024-03; 若这些月份确实无扣分');
    expect(r.err).toContain('if the year is scored only through 2024-03, give --through 2024-03; if they truly');
  });

  it('--months declares the clean months: scored and counted, no warning', async () => {
    const r = await run(...base, '--through', '2024-03', '--months', '2024-01..2024-02', march);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.coverage).toMatchObject({ declaredClean: ['2024-01', '2024-02'], uncovered: [] });
    // (96 + 96 + 94) / 3 = 95.33; 286 x 0.2 + 36 = 93.2
    expect(a.rows[0]).toMatchObject({ monthlyMean: { sum: '286', count: 3, published: '95.33' }, composite: '93.2' });
    expect(r.err).not.toContain('warning');
    expect((await run(...base, '--through', '2024-03', '--months', '2024-01,2024-02', '--strict', march)).code).toBe(0);
  });

  it('the annual bulletin says which months are not in the mean', async () => {
    const r = await run(...base, '--through', '2024-03', '-f', 'md', march);
    expect(r.out).toContain('- 月评均分只计有台账记录的月份: 2024年1月, 2024年2月 台账中没有任何有效记录, 未计入月评均分 (计分月数见下表)');
    const declared = await run(...base, '--through', '2024-03', '--months', '2024-01..2024-02', '-f', 'html', march);
    expect(declared.out).toContain('2024年1月, 2024年2月 台账中没有记录, 经声明确无扣分, 按无扣分计入月评均分');
  });

  it('refuses a bad --months with exit 2, in Chinese and English', async () => {
    for (const bad of ['2024-1', '2023-12', '2024-03..2024-01', '2024-01..2024-02..2024-03', ',']) {
      const r = await run(...base, '--months', bad, march);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/^错误 error: --months 无效 .+ \/ bad --months/)]);
    }
  });
});
