import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './errors.js';
import type { Sink } from './io.js';

/** A sink that writes the command's output to a file; notes still go where `ui` sends them. */
export interface FileSink extends Sink {
  /** The file written, with the folder created for it, once something was written. */
  readonly written: () => { path: string; createdFolder: string | undefined } | undefined;
}

/**
 * Checks `--out` before the command runs: not empty, not a folder (nor a path ending in a
 * separator). A missing folder is created when the first output is written.
 */
export function checkOut(path: string): string {
  if (path.length === 0) throw new UsageError('--out (-o) 不能为空', '--out (-o) must not be empty');
  if (/[\\/]$/.test(path) || (existsSync(path) && statSync(path).isDirectory())) {
    throw new UsageError(`输出路径是文件夹: ${path} (请给出文件名, 如 ${join(path, '成绩.json')})`, `--out is a folder: ${path} (give a file name, such as ${join(path, 'scores.json')})`);
  }
  return path;
}

const WHY_ZH: Readonly<Record<string, string>> = {
  ENOENT: '路径不存在 ENOENT',
  ENOTDIR: '路径中有一段不是文件夹 ENOTDIR',
  EISDIR: '这是一个文件夹 EISDIR',
  EACCES: '没有写入权限 EACCES',
  EPERM: '没有写入权限 EPERM',
  EROFS: '只读文件系统 EROFS',
  ENOSPC: '磁盘已满 ENOSPC',
  EBUSY: '文件被占用 (是否已在 Excel/WPS 中打开?) EBUSY',
};

/**
 * Creates `folder` and its missing parents one level at a time, returning the topmost one
 * created (not `mkdirSync(…, { recursive: true })`, which never returns under /proc).
 */
function makeFolder(folder: string): string {
  const missing: string[] = [];
  for (let f = folder; !existsSync(f); f = dirname(f)) {
    missing.push(f);
    if (dirname(f) === f || missing.length > 64) break;
  }
  for (const f of missing.reverse()) mkdirSync(f);
  return missing[0] ?? folder;
}

const join = (folder: string, name: string) => `${folder.replace(/[\\/]+$/, '')}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${name}`;

/**
 * Writes every `out()` to `path` (the first truncates, later ones append, each text ending
 * in a line break as on stdout), creating its folder if missing. A write that fails is a
 * usage error naming the path, never a stack trace.
 */
export function toFile(ui: Sink, path: string): FileSink {
  let done: { path: string; createdFolder: string | undefined } | undefined;
  return {
    out(text) {
      const data = typeof text === 'string' && !text.endsWith('\n') ? `${text}\n` : text;
      try {
        let createdFolder = done?.createdFolder;
        if (done === undefined) {
          const folder = dirname(path);
          if (!existsSync(folder)) createdFolder = makeFolder(folder);
        }
        writeFileSync(path, data, { flag: done === undefined ? 'w' : 'a' });
        done = { path, createdFolder };
      } catch (e) {
        const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
        const reason = (code === undefined ? undefined : WHY_ZH[code]) ?? code ?? String(e);
        throw new UsageError(`无法写入输出文件 ${path} (${reason})`, `cannot write --out ${path} (${e instanceof Error ? e.message : String(e)})`);
      }
    },
    note: (text) => ui.note(text),
    progress: (text) => ui.progress(text),
    done: () => ui.done(),
    written: () => done,
  };
}
