// main() run in-process with a captured sink, for the CLI tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sink } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

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

/** A scratch folder of the test run's own, and a file written into it. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name: string, text: string): string {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
  };
}
