// The command line run in-process through main() with a captured sink, and files in a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Sink } from '../../src/cli/io.js';

/** Runs the CLI in-process: exit code, stdout and stderr (each note a line). */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ui: Sink = {
    out: (t) => out.push(typeof t === 'string' ? t : `<${t.length} bytes>`),
    note: (t) => err.push(t),
    progress: () => undefined,
    done: () => undefined,
  };
  const code = await main(argv, ui);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A scratch folder of this test run, and a writer for files in it. */
export function scratch(prefix: string): { dir: string; file: (name: string, data: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
  };
}
