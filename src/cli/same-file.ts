import { existsSync, realpathSync, statSync } from 'node:fs';
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

/** Whether two paths name one file: the same device and inode, or the same real path. */
function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return realpathSync(a) === realpathSync(b);
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
  if (!existsSync(out)) return;
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
