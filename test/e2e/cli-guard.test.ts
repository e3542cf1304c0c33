// Attack defects 3, 4, 5, 10, 12 and the -o items of 14, fed through the CLI in-process:
// -o onto an input, -o -, a format at odds with the extension; no result on exit 3; the
// annual fit month by month; an empty period; the record a duplicate-id cites.
import { existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { dir, file } = scratch('ws-guard-');
const S = 'docs/zh/samples';
const county = 'test/fixtures/io/county-2024-03.csv';
const base = ['-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02'];

describe('cli: -o onto an input file is refused before anything is read or written (defect 3)', () => {
  it('-o onto the ledger, the window list, the inputs, the rubric: exit 2, one line, the file untouched', async () => {
    const ledger = file('r.csv', readFileSync(county));
    const windows = file('w.txt', 'W01\nW02\n');
    const inputs = file('i.json', '{}');
    const rubric = file('rubric.json', readFileSync('rubrics/county-monthly.json'));
    const cases: [string[], string, string][] = [
      [['score', '-r', 'county-monthly', '--month', '2024-03', '-w', windows, ledger], ledger, '台账文件'],
      [['score', '-r', 'county-monthly', '--month', '2024-03', '-w', windows, ledger], windows, '窗口清单 (-w)'],
      [['select', '-r', 'county-monthly', '--month', '2024-03', '--count', '1', '-i', inputs, ledger], inputs, '输入值文件 (-i)'],
      [['score', '-r', rubric, '--month', '2024-03', ledger], rubric, '评分标准文件 (-r)'],
      [['lint', rubric], rubric, '评分标准文件'],
    ];
    for (const [argv, target, what] of cases) {
      const before = readFileSync(target);
      const r = await run(...argv, '-o', target);
      expect([argv[0], r.code]).toEqual([argv[0], 2]);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err.startsWith(`错误 error: 输出文件 ${target} 就是${what} ${target}: 写入会覆盖该输入`)).toBe(true);
      expect(r.out).toBe('');
      expect(readFileSync(target)).toEqual(before);
    }
  });

  it('the same file under another name (./x, a symlink) is refused too', async () => {
    const ledger = file('same.csv', readFileSync(county));
    const link = join(dir, 'link.csv');
    symlinkSync(ledger, link);
    const before = readFileSync(ledger);
    for (const target of [link, `${dir}/./no-such-folder/../same.csv`]) {
      const r = await run('score', ...base, target === link ? ledger : link, '-o', target);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^错误 error: 输出文件 .+ 就是台账文件 .+: 写入会覆盖该输入; 请另给一个输出文件名 \(-o\) \/ --out .+ is the ledger file .+: writing would overwrite that input; give another output file \(-o\)$/);
      expect(readFileSync(ledger)).toEqual(before);
    }
    expect(statSync(link).isFile()).toBe(true);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('annual: -o onto the survey or the window list is refused', async () => {
    const survey = file('survey.csv', readFileSync(join(S, '民主测评-2024.csv')));
    const windows = file('windows.txt', readFileSync(join(S, '窗口清单.txt')));
    const months = ['01', '02', '03'].map((m) => join(S, `争星台账-2024-${m}.csv`));
    for (const [target, what] of [[survey, '民主测评文件 (--survey)'], [windows, '窗口清单 (-w)']] as const) {
      const before = readFileSync(target);
      const r = await run('annual', '-r', 'red-flag-window', '--year', '2024', '--through', '2024-03', '-w', windows, '--survey', survey, ...months, '-o', target);
      expect(r.code).toBe(2);
      expect(r.err.startsWith(`错误 error: 输出文件 ${target} 就是${what} ${target}`)).toBe(true);
      expect(readFileSync(target)).toEqual(before);
    }
  });
});

describe('cli: -o onto an input, any spelling, any input (property)', () => {
  it('-o X, -oX, --out X, --out=X naming the ledger, -w, -i or -r through ./ or ../: exit 2, the input unchanged', async () => {
    const inputs = {
      ledger: file('p-ledger.csv', readFileSync(county)),
      windows: file('p-windows.txt', 'W01\nW02\n'),
      inputs: file('p-inputs.json', '{}'),
      rubric: file('p-rubric.json', readFileSync('rubrics/county-monthly.json')),
    };
    const argv = ['score', '-r', inputs.rubric, '--month', '2024-03', '-w', inputs.windows, '-i', inputs.inputs, inputs.ledger];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('-o X', '-oX', '--out X', '--out=X'), fc.constantFrom(...Object.values(inputs)), fc.constantFrom('', './', 'no-such-folder/../'), fc.constantFrom('csv', 'md', 'json', undefined), async (spelling, input, via, format) => {
        const target = `${dir}/${via}${input.slice(dir.length + 1)}`;
        const before = readFileSync(input);
        const o = spelling.includes(' ') ? [spelling.split(' ')[0]!, target] : [spelling.replace('X', target)];
        const r = await run(...argv, ...(format === undefined ? [] : ['-f', format]), ...o);
        expect(r.code).toBe(2);
        expect(r.err.split('\n')).toHaveLength(1);
        expect(r.err).toMatch(/^错误 error: (输出文件 .+ 就是.+: 写入会覆盖该输入|输出格式 .+ 与输出文件 .+ 的扩展名 .+ 不符)/);
        expect(readFileSync(input)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe('cli: -o - and the format of -o (defect 14)', () => {
  it('-o - writes to stdout, and no file named -', async () => {
    const r = await run('score', ...base, '-f', 'csv', '-o', '-', county);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF窗口 window')).toBe(true);
    expect(r.err).not.toContain('已写入');
    expect(existsSync('-')).toBe(false);
    const x = await run('score', ...base, '-f', 'xlsx', '-o', '-', county);
    expect([x.code, x.out, x.err.split('\n').at(-1)]).toEqual([2, '', '错误 error: xlsx 输出需要 --out 文件 / xlsx output needs --out <file>']);
  });

  it('-f at odds with the extension of -o is refused, nothing written', async () => {
    for (const [f, name, byExt] of [['xlsx', 'x.csv', 'csv'], ['csv', 'x.xlsx', 'xlsx'], ['json', 'x.md', 'md'], ['markdown', 'x.html', 'html']] as const) {
      const target = join(dir, `odd-${name}`);
      const r = await run('score', ...base, '-f', f, '-o', target, county);
      expect([name, r.code]).toEqual([name, 2]);
      expect(r.err).toContain(`错误 error: 输出格式 ${f} 与输出文件 ${target} 的扩展名 ${name.slice(1)} 不符: 请用 -f ${byExt}`);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('without -f the extension sets the format; an extension the command cannot write is refused naming it', async () => {
    const csvOut = join(dir, 'inferred.csv');
    expect((await run('score', ...base, '-o', csvOut, county)).code).toBe(0);
    expect(readFileSync(csvOut, 'utf8').startsWith('\uFEFF窗口 window')).toBe(true);
    const xlsx = join(dir, 'inferred.xlsx');
    expect((await run('score', ...base, '-o', xlsx, county)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const txt = join(dir, 'plain.txt');
    expect((await run('score', ...base, '-o', txt, county)).code).toBe(0);
    expect(JSON.parse(readFileSync(txt, 'utf8')).period).toBe('2024-03');
    const html = join(dir, 'rubrics.html');
    const r = await run('rubrics', '-o', html);
    expect(r.code).toBe(2);
    expect(r.err).toContain('格式 html 由输出文件');
    expect(existsSync(html)).toBe(false);
  });
});

describe('cli: no result is written when the ledger does not fit (defect 4)', () => {
  const unfit = file('a.csv', ['id,windowId,clauseId,date', ...Array.from({ length: 7 }, (_, i) => `${i + 1},住建,4.1,2024-03-0${i + 1}`)].join('\n'));
  const args = ['-r', 'red-flag-window', '--month', '2024-03', '-w', '住建,人社,民政', '--count', '1'];

  for (const f of ['md', 'html', 'json', 'csv']) {
    it(`select -f ${f} -o: exit 3, no file, stderr says so`, async () => {
      const target = join(dir, `unfit.${f}`);
      const r = await run('select', ...args, '-f', f, '-o', target, unfit);
      expect(r.code).toBe(3);
      expect(existsSync(target)).toBe(false);
      expect(r.err).toContain('错误 error: 台账与评分标准 red-flag-window 不符: 7 条记录中 7 条的条款编号不在该标准中 (4.1). 这些条款编号属于 county-monthly');
      expect(r.err).toContain(`未写入 ${target} (退出码 3) / ${target} not written (exit 3)`);
      expect(r.err).not.toContain('已写入');
    });
  }

  it('an existing file at -o is left as it was; on stdout nothing is printed', async () => {
    const target = file('kept.md', 'last month');
    const r = await run('select', ...args, '-f', 'md', '-o', target, unfit);
    expect([r.code, readFileSync(target, 'utf8')]).toEqual([3, 'last month']);
    for (const command of ['score', 'select', 'explain']) {
      const s = await run(command, ...args, ...(command === 'explain' ? ['--window', '住建'] : []), '-f', command === 'explain' ? 'json' : 'md', unfit);
      expect([command, s.code, s.out]).toEqual([command, 3, '']);
      expect(s.err).toContain('未输出任何结果 (退出码 3) / no result printed (exit 3)');
    }
  });
});

describe('cli: a period with no entry is not a clean period (defect 10)', () => {
  const empties: [string, string | Uint8Array][] = [
    ['zero.csv', ''],
    ['bom.csv', '\uFEFF'],
    ['header.csv', 'id,windowId,clauseId,date\n'],
    ['other-month.csv', 'id,windowId,clauseId,date\n1,住建,w1.1,2024-02-05\n'],
  ];
  const args = ['-r', 'red-flag-window', '--month', '2024-03', '-w', '住建,人社'];

  for (const [name, data] of empties) {
    it(`${name}: score, select and explain exit 3 and write nothing`, async () => {
      const ledger = file(name, data);
      for (const command of ['score', 'select', 'explain']) {
        const target = join(dir, `empty-${command}-${name}.json`);
        const r = await run(command, ...args, ...(command === 'explain' ? ['--window', '住建'] : []), '-o', target, ledger);
        expect([command, r.code]).toEqual([command, 3]);
        expect(r.err).toContain('错误 error: 台账中没有 2024-03 的任何记录');
        expect(r.err).toContain(': 没有数据的月份不能按无扣分计分; 若该月确实无扣分, 用 --months 2024-03 声明后计分');
        expect(r.err).toContain('错误 error: the ledger holds no entry of 2024-03');
        // Nothing that reads as a selection made ("8 of 8 named", "red-flag windows: 2 / 18").
        expect(r.err).not.toMatch(/red-flag windows:|红旗窗口 \d+ 个, 占/);
        expect(existsSync(target)).toBe(false);
      }
    });
  }

  it('--months 2024-03 declares the month clean: scored, exit 0, with a note', async () => {
    const ledger = file('declared.csv', 'id,windowId,clauseId,date\n');
    const r = await run('select', ...args, '--months', '2024-03', ledger);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).selected).toEqual(['人社', '住建']);
    expect(r.err).toContain('提示 note: 台账中没有 2024-03 的任何记录; 已用 --months 声明确无扣分, 按无扣分计分');
    const other = await run('score', ...args, '--months', '2024-04', ledger);
    expect([other.code, other.err]).toEqual([2, '错误 error: --months 无效 (2024-04): 不在计分期间 2024-03 内 / bad --months (2024-04): not in the scored period 2024-03']);
  });

  it('rows that could not be read: --months is not suggested', async () => {
    const ledger = file('unreadable.csv', 'id,windowId,clauseId,date\n1,住建,"w1.1,2024-03-05\n');
    const r = await run('score', ...args, ledger);
    expect(r.code).toBe(3);
    expect(r.err).toContain('错误 error: 台账中没有 2024-03 的任何可读记录, 另有');
    expect(r.err).not.toContain('--months 2024-03');
  });
});

describe('cli annual: the fit is checked month by month (defect 5)', () => {
  const months = [join(S, '争星台账-2024-01.csv'), join(S, '争星台账-2024-02.csv')];
  const base5 = ['annual', '-r', 'red-flag-window', '--year', '2024', '--through', '2024-03', '-w', join(S, '窗口清单.txt'), '--survey', join(S, '民主测评-2024.csv')];

  it('March of another rubric: exit 3 naming the month and county-monthly, no --months advice, nothing written', async () => {
    const target = join(dir, 'annual-unfit.md');
    const r = await run(...base5, '-f', 'md', '-o', target, ...months, join(S, '台账-2024-03.csv'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/错误 error: 2024-03 的台账与评分标准 red-flag-window 不符: \d+ 条记录中 \d+ 条的条款编号不在该标准中 .+ 这些条款编号 (\(\d+ 个中的 \d+ 个\))?属于 county-monthly/);
    expect(r.err).toContain('错误 error: the ledger of 2024-03 does not fit rubric red-flag-window');
    expect(r.err).toMatch(/错误 error: 2024-03 \(\d+ 条\) 的记录全部被退回 \(见上\).+不能用 --months 声明这些月份无扣分/);
    expect(r.err).not.toContain('用 --months 2024-03 声明');
    expect(existsSync(target)).toBe(false);
  });

  it('a month whose rows were all refused for another reason is not offered --months either', async () => {
    const march = file('march-refused.csv', 'id,windowId,clauseId,date\nm1,住建局,w1.1,2024-03-05\n');
    const r = await run(...base5, ...months, march);
    expect(r.code).toBe(3);
    expect(r.err).toContain('错误 error: 2024-03 (1 条) 的记录全部被退回 (见上)');
    expect(r.err).not.toContain('--months 2024-03 声明');
    // Declaring it clean anyway does not make its refused rows vanish.
    const declared = await run(...base5, '--months', '2024-03', ...months, march);
    expect(declared.code).toBe(3);
    expect(declared.err).toContain('错误 error: 2024-03 (1 条) 的记录全部被退回 (见上), 这些月份没有一条计入: 请更正这些记录后重新计分; 不能用 --months 声明这些月份无扣分');
  });
});

describe('cli: a record cited by duplicate-id / conflicting-id is named by file:line (defect 12)', () => {
  it('the listing and the JSON name the other record where it was read', async () => {
    const ledger = file('dup.csv', ['id,windowId,clauseId,date', 'a,W01,2.2,2024-03-05', 'b,W02,2.2,2024-03-06', 'a,W01,2.2,2024-03-05', 'b,W02,3.4,2024-03-06'].join('\n'));
    for (const extra of [[], ['--bounded']]) {
      const r = await run('score', ...base, ...extra, ledger);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`${ledger}:4 duplicate-id — 编号 (id): 编号 "a" 与序号 #0 的记录 (按读入顺序从 0 起计, 不是行号) 完全相同,只计一次`);
      expect(r.err).toContain(`(#0 即 ${ledger}:2)`);
      expect(r.err).toContain(`(#1 即 ${ledger}:3)`);
      const rejected = JSON.parse(r.out).rejected as { code: string; line: number; citedFile?: string; citedLine?: number }[];
      expect(rejected.find((x) => x.code === 'duplicate-id')).toMatchObject({ line: 4, citedFile: ledger, citedLine: 2 });
    }
  });
});
