import { writeFileSync } from 'node:fs';

/** Where a command writes: stdout, or --out. Progress goes to stderr, and only on a terminal. */
export interface Sink {
  out(text: string | Uint8Array): void;
  note(text: string): void;
  progress(text: string): void;
  done(): void;
}

export function sink(outPath: string | undefined, stderr: NodeJS.WriteStream = process.stderr, stdout: NodeJS.WriteStream = process.stdout): Sink {
  let progressShown = false;
  return {
    out(text) {
      if (outPath !== undefined) writeFileSync(outPath, text);
      else stdout.write(typeof text === 'string' && !text.endsWith('\n') ? `${text}\n` : text);
    },
    note(text) {
      if (progressShown) stderr.write('\r\x1b[K');
      progressShown = false;
      stderr.write(`${text}\n`);
    },
    progress(text) {
      if (!stderr.isTTY) return;
      stderr.write(`\r\x1b[K${text}`);
      progressShown = true;
    },
    done() {
      if (progressShown) stderr.write('\r\x1b[K');
      progressShown = false;
    },
  };
}
