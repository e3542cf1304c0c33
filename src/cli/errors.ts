/** A usage or input problem: exit code 2, one line in Chinese and English. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Exit codes: 0 ok, 1 rejected entries under --strict (or lint errors), 2 bad usage or unreadable input. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;
