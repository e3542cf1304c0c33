import { extname } from 'node:path';
import { UsageError } from './errors.js';

/** The output format each file extension names. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
};

/** The format `--out`'s extension names (`.json`, `.csv`, `.md`, `.html`, `.xlsx`), if any. */
export function formatOfExtension(out: string): string | undefined {
  const ext = extname(out).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

/**
 * The format to write to `out`: `--format` when given, which must agree with the file's
 * extension (xlsx bytes are never written into a .csv); else the extension's format, or
 * undefined (the command's default) for an extension that names none (`.txt`).
 * `inferred` is true when the format comes from the extension.
 */
export function formatForOut(out: string, given: string | undefined): { format: string; inferred: boolean } | undefined {
  const byExt = formatOfExtension(out);
  if (given === undefined) return byExt === undefined ? undefined : { format: byExt, inferred: true };
  const format = given === 'markdown' ? 'md' : given;
  if (byExt !== undefined && byExt !== format) {
    const ext = extname(out);
    const suffix = format === 'text' ? 'txt' : format;
    throw new UsageError(
      `输出格式 ${given} 与输出文件 ${out} 的扩展名 ${ext} 不符: 请用 -f ${byExt}, 或把文件名改为以 .${suffix} 结尾 (不给 -f 时按扩展名确定格式)`,
      `--format ${given} contradicts the extension ${ext} of --out ${out}: use -f ${byExt}, or name the file *.${suffix} (without -f the extension sets the format)`,
    );
  }
  return { format, inferred: false };
}
