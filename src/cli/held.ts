import type { Sink } from './io.js';

/** A sink that holds the command's output until the command has finished; notes pass through. */
export interface HeldSink extends Sink {
  /** Sends everything held to `to`, in order. */
  readonly release: (to: Sink) => void;
  /** Whether anything was held. */
  readonly holds: () => boolean;
}

/**
 * Holds `out()` so that a command which ends unfit (exit 3) or in an error writes no result
 * at all: neither a file at `--out` nor a bulletin on stdout.
 */
export function hold(ui: Sink): HeldSink {
  const held: (string | Uint8Array)[] = [];
  return {
    out: (text) => void held.push(text),
    note: (text) => ui.note(text),
    progress: (text) => ui.progress(text),
    done: () => ui.done(),
    release(to) {
      for (const t of held.splice(0)) to.out(t);
    },
    holds: () => held.length > 0,
  };
}
