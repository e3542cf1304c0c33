// The 操作手册 (docs/zh/) shows commands and what they print. This runs every command the
// manual shows (a fenced block whose line starts `npx window-scorecard`), in-process through
// main(), on a copy of docs/zh/samples/, page after page in the manual's order (a later page
// may read what an earlier one wrote), and checks that every line of the plain ``` blocks
// after it (up to the next command) appears in what the command printed or wrote (the files
// named by `已写入 written:`); a heading ends what a command shows. A line ending in `……` is checked up to the `……`; a line that is
// only `……` is skipped. `<!-- 退出码 N -->` after a command checks its exit code.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../e2e/run-cli.js';

const pages = ['README.md', 'ledger.md', 'monthly.md', 'annual.md', 'faq.md'];
const docs = new URL('../../docs/zh/', import.meta.url);

interface Shown {
  readonly page: string;
  readonly line: number;
  readonly command: string;
  readonly blocks: { line: number; text: string[] }[];
  exit?: number;
}

/** The commands of a page, each with the output blocks and exit code shown after it. */
function shownCommands(page: string): Shown[] {
  const lines = readFileSync(new URL(page, docs), 'utf8').split(/\r?\n/);
  const found: Shown[] = [];
  let current: Shown | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const exit = /<!-- 退出码 (\d+) -->/.exec(line);
    if (exit !== null && current !== undefined) current.exit = Number(exit[1]);
    if (/^#{1,6} /.test(line)) current = undefined;
    const fence = /^(`{3,})(\S*)\s*$/.exec(line);
    if (fence === null) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== fence[1]) body.push(lines[j++]!);
    const start = i + 1;
    i = j;
    const first = body[0] ?? '';
    if (first.startsWith('npx window-scorecard ')) {
      current = { page, line: start, command: first.slice('npx window-scorecard '.length), blocks: [] };
      found.push(current);
    } else if (/^(npx|npm|node) /.test(first)) current = undefined;
    else if (current !== undefined && fence[2] === '') current.blocks.push({ line: start, text: body });
  }
  return found;
}

/** Splits a command line as cmd.exe would for these commands (double quotes group). */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

async function runIn(dir: string, command: string): Promise<{ code: number; text: string }> {
  const argv = words(command).map((w, i, all) => {
    const outValue = i > 0 && (all[i - 1] === '-o' || all[i - 1] === '--out');
    return !w.startsWith('-') && (outValue || existsSync(join(dir, w))) ? join(dir, w) : w;
  });
  const r = await run(...argv);
  const text = [r.out, r.err].join('\n').split(`${dir}/`).join('').split(dir).join('.');
  const written = [...text.matchAll(/^已写入 written: (.+?)(?: \(新建文件夹.*)?$/gm)]
    .map((m) => m[1]!)
    .filter((f) => /\.(csv|md|html|json|txt)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return { code: r.code, text: [text, ...written].join('\n') };
}

describe('docs/zh: every command the manual shows prints what the manual says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ws-zh-docs-'));
  cpSync(new URL('samples/', docs), dir, { recursive: true });
  const all = pages.flatMap(shownCommands);

  it('finds the commands', () => {
    expect(all.length).toBeGreaterThan(25);
  });

  // One test in the manual's order: later commands read files earlier ones wrote.
  it('runs them in order, and every shown line and exit code is what the tool prints', async () => {
    const wrong: string[] = [];
    for (const shown of all) {
      const { code, text } = await runIn(dir, shown.command);
      const printed = new Set(text.split('\n').map((l) => l.replace(/^\uFEFF/, '').trimEnd()));
      const printedText = text.replace(/\uFEFF/g, '');
      const where = `docs/zh/${shown.page}:${shown.line} ${shown.command}`;
      if (shown.exit !== undefined && shown.exit !== code) wrong.push(`${where}\n  exit ${code}, the manual says ${shown.exit}`);
      for (const block of shown.blocks) {
        block.text.forEach((raw, k) => {
          const line = raw.trimEnd();
          if (line === '' || line.trim() === '……') return;
          const ok = line.endsWith('……') ? printedText.includes(line.slice(0, -2)) : printed.has(line);
          if (!ok) wrong.push(`${where}\n  line ${block.line + 1 + k} not printed: ${line}`);
        });
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
