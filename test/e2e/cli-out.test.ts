// -o / --out and the argument parser, fed the bad arguments themselves.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run-cli.js';

const { dir } = scratch('ws-out-');
const ledger = 'test/fixtures/io/county-2024-03.csv';
const base = ['-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02'];

describe('cli: -o writes where it says it writes', () => {
  it('-oFILE writes FILE and reports FILE', async () => {
    const target = join(dir, 'glued.json');
    const r = await run('score', ...base, '-f', 'json', `-o${target}`, ledger);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).period).toBe('2024-03');
    expect(r.err).toContain(`已写入 written: ${target}`);
    expect(existsSync(join(dir, `o${target}`))).toBe(false);
  });

  it('--out=FILE and -o FILE write the same bytes', async () => {
    const a = join(dir, 'eq-a.csv');
    const b = join(dir, 'eq-b.csv');
    await run('score', ...base, '-f', 'csv', `--out=${a}`, ledger);
    await run('score', ...base, '-f', 'csv', '-o', b, ledger);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('a repeated -o is a usage error: one bilingual line, exit 2, nothing written', async () => {
    const x = join(dir, 'rep-x.json');
    const y = join(dir, 'rep-y.json');
    const r = await run('score', ...base, '-o', x, `-o${y}`, ledger);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`错误 error: 选项 --out 只能给出一次 (给出了 2 次: ${x}, ${y}) / --out given 2 times (${x}, ${y}): give it once`);
    expect([existsSync(x), existsSync(y)]).toEqual([false, false]);
  });

  it('-o onto a folder: one bilingual line, exit 2, no stack trace', async () => {
    for (const target of [dir, `${dir}/`, join(dir, 'not-yet') + '/']) {
      const r = await run('score', ...base, '-o', target, ledger);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^错误 error: 输出路径是文件夹: .+ \/ --out is a folder: /);
      expect(r.err).not.toMatch(/\n\s+at |internal error/);
    }
  });

  it('a missing folder is created, and the report says so', async () => {
    const target = join(dir, 'new', 'deeper', 'scores.csv');
    const r = await run('score', ...base, '-f', 'csv', '-o', target, ledger);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8').startsWith('\uFEFF')).toBe(true);
    expect(r.err).toContain(`已写入 written: ${target} (新建文件夹 created folder ${join(dir, 'new')})`);
  });

  it('a path through a file is refused with one line naming the path', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const r = await run('rubrics', '-o', join(blocker, 'out.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误 error: 无法写入输出文件 .+a-file\/out\.txt \(路径中有一段不是文件夹 ENOTDIR\) \/ cannot write --out /);
  });

  it('every out() of a command lands in the file, not only the last', async () => {
    const rubric = JSON.parse(readFileSync('rubrics/county-monthly.json', 'utf8'));
    rubric.categories[3].clauses[0].chiefPoints = 1.5;
    rubric.categories[3].clauses[1].chiefPoints = 0.75;
    mkdirSync(join(dir, 'lint'), { recursive: true });
    const file = join(dir, 'lint', 'two-findings.json');
    writeFileSync(file, JSON.stringify(rubric));
    const target = join(dir, 'lint', 'report.txt');
    expect((await run('lint', file, '-o', target)).code).toBe(1);
    const text = readFileSync(target, 'utf8');
    expect([text.includes('条款 4.1'), text.includes('条款 4.2')]).toEqual([true, true]);
  });
});

describe('cli: every spelling of -o writes the path it reports (property)', () => {
  it('-o X, -oX, --out X, --out=X with any file name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('-o X', '-oX', '--out X', '--out=X'),
        fc.stringMatching(/^[a-z0-9\u4e00-\u9fa5][a-z0-9\u4e00-\u9fa5 ._=-]{0,20}$/),
        fc.boolean(),
        async (spelling, name, nested) => {
          const target = join(dir, 'prop', nested ? join('子目录', `${name}.txt`) : `${name}.txt`);
          const args = spelling.includes(' ') ? [spelling.split(' ')[0]!, target] : [spelling.replace('X', target)];
          const r = await run('rubrics', ...args);
          expect(r.code).toBe(0);
          expect(r.err.split('\n')[0]!.startsWith(`已写入 written: ${target}`)).toBe(true);
          expect(readFileSync(target, 'utf8')).toContain('county-monthly');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('cli: options given twice or at odds', () => {
  it('--month twice, --month with --period, -r twice for score: usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['score', '-r', 'county-monthly', '--month', '2024-03', '--month=2024-04', ledger], /--month given 2 times \(2024-03, 2024-04\)/],
      [['score', '-r', 'county-monthly', '--month', '2024-03', '--period', '2024', ledger], /give --month or --period, not both/],
      [['score', '-r', 'county-monthly', '-r', 'red-flag-window', '--month', '2024-03', ledger], /score takes one --rubric \(given county-monthly, red-flag-window/],
      [['select', '-wW01', '-wW02', '-r', 'county-monthly', '--month', '2024-03', ledger], /--windows given 2 times \(W01, W02\)/],
    ];
    for (const [argv, en] of cases) {
      const r = await run(...argv);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(en)]);
      expect(r.err).toMatch(/^错误 error: \S/);
    }
  });

  it('--count takes digits only: empty, exponent or padded counts are refused', async () => {
    // county-monthly sets no count, so --count decides; the ledger fits it (a ledger for another rubric now exits 3).
    const rf = ['select', '-r', 'county-monthly', '--month', '2024-03', '-w', 'W01,W02,W05', ledger];
    for (const count of ['', '1e1', ' 2', '0x2', '-1', '2.0']) {
      const r = await run(...rf, `--count=${count}`);
      expect([r.code, r.err.split('\n').at(-1)]).toEqual([2, `错误 error: --count 应为非负整数: ${count} / --count must be a whole number: ${count}`]);
    }
    expect((await run(...rf, '--count', '1')).code).toBe(0);
  });

  it('-wA,B and --windows=A,B name the same windows', async () => {
    const glued = JSON.parse((await run('score', '-r', 'county-monthly', '--month', '2024-03', '-wW01,W02', ledger)).out);
    const eq = JSON.parse((await run('score', '-r', 'county-monthly', '--month', '2024-03', '--windows=W01,W02', ledger)).out);
    expect(glued.cards.map((c: { windowId: string }) => c.windowId)).toEqual(eq.cards.map((c: { windowId: string }) => c.windowId));
    expect(glued.cards.map((c: { windowId: string }) => c.windowId)).toContain('W02');
  });

  it('a command named like an Object property is an unknown command', async () => {
    for (const c of ['constructor', 'toString', '__proto__']) {
      const r = await run(c);
      expect([r.code, r.err]).toEqual([2, `错误 error: 未知命令 ${c} / unknown command ${c} (window-scorecard --help)`]);
    }
  });
});
