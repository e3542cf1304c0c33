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

/**
 * Exit codes: 0 ok, 1 rejected entries under --strict (or lint errors), 2 bad usage or
 * unreadable input, 3 a ledger that does not fit (most entries name clauses the rubric does
 * not have, or none was accepted at all): the scores do not reflect the ledger.
 */
export const EXIT = { ok: 0, rejected: 1, usage: 2, unfit: 3 } as const;
