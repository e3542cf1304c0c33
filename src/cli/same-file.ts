import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';

/** The options that name an input file, with what the file is, in Chinese and English. */
const INPUT_OPTIONS: Readonly<Record<string, { zh: string; en: string }>> = {
  rubric: { zh: '评分标准文件 (-r)', en: 'rubric file (-r)' },
  windows: { zh: '窗口清单 (-w)', en: 'window list (-w)' },
  inputs: { zh: '输入值文件 (-i)', en: 'inputs file (-i)' },
  survey: { zh: '民主测评文件 (--survey)', en: 'survey file (--survey)' },
  staff: { zh: '人员名单 (--staff)', en: 'staff file (--staff)' },
  votes: { zh: '得票文件 (--votes)', en: 'votes file (--votes)' },
};

/** The real path of a file, or undefined when it cannot be resolved. */
function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether `out` names the existing file `input`: the same device and inode, the same real
 * path, or the same path once `.` and `..` are resolved (`sub/../x.csv` names x.csv even
 * when `sub` does not exist yet: the folder would be created and x.csv overwritten).
 */
function sameFile(out: string, input: string): boolean {
  const ins = [resolve(input), real(input)];
  if (ins.includes(resolve(out))) return true;
  if (!existsSync(out)) return false;
  if (ins.includes(real(out))) return true;
  try {
    const a = statSync(out);
    const b = statSync(input);
    return a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an `--out` that is one of the command's input files (a ledger or other positional
 * file, the rubric, window list, inputs, survey, staff or votes file), before anything is
 * read or written: writing the result there would destroy the input.
 */
export function refuseOutOntoInput(out: string, values: Record<string, unknown>, positionals: readonly string[], positional: { zh: string; en: string }): void {
  const inputs: { path: string; zh: string; en: string }[] = positionals.map((p) => ({ path: p, ...positional }));
  for (const [name, what] of Object.entries(INPUT_OPTIONS)) {
    const v = values[name];
    for (const path of Array.isArray(v) ? v : [v]) if (typeof path === 'string') inputs.push({ path, ...what });
  }
  const hit = inputs.find((i) => existsSync(i.path) && sameFile(out, i.path));
  if (hit === undefined) return;
  throw new UsageError(
    `输出文件 ${out} 就是${hit.zh} ${hit.path}: 写入会覆盖该输入; 请另给一个输出文件名 (-o)`,
    `--out ${out} is the ${hit.en} ${hit.path}: writing would overwrite that input; give another output file (-o)`,
  );
}
