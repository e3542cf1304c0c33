/**
 * Base class of every error the library throws. Errors are thrown only for programming
 * mistakes (a malformed option, a rubric that was never parsed); data problems in a
 * ledger come back as rejections, never as exceptions.
 *
 * @example
 * try { scoreMonth(rubric, entries, { month: '2024-13' }) }
 * catch (e) { e instanceof WindowScorecardError } // true
 */
export class WindowScorecardError extends Error {
  override name = 'WindowScorecardError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * An option passed to a function is malformed (a month that is not `YYYY-MM`, an unknown
 * time zone, a window id that is not a string). `messageZh` says the same in Chinese where
 * the library has a Chinese text for it (inputs, windows, people, votes, periods); else it
 * is the English message.
 *
 * @example
 * scoreMonth(rubric, [], { month: '2024/03' })
 * // throws InvalidOptionsError: month must be "YYYY-MM", got "2024/03"
 * // e.messageZh: month 应为 "YYYY-MM" (月份), 实为 "2024/03"
 */
export class InvalidOptionsError extends WindowScorecardError {
  override name = 'InvalidOptionsError';
  /** The option at fault, e.g. `['month']` or `['inputs', 'W01']`. */
  readonly path: readonly (string | number)[];
  /** The message in Chinese (the English `message` when no Chinese text exists for it). */
  readonly messageZh: string;
  constructor(message: string, path: readonly (string | number)[], messageZh?: string) {
    super(message);
    this.path = path;
    this.messageZh = messageZh ?? message;
  }
}

/**
 * A ledger file could not be read at all (missing, a directory, no permission). Lines
 * that cannot be read are not errors: they come back as problems with their line number.
 *
 * @example
 * try { for await (const item of readLedgerFile('missing.csv')) {} }
 * catch (e) { e instanceof LedgerFileError && e.path } // 'missing.csv'
 */
export class LedgerFileError extends WindowScorecardError {
  override name = 'LedgerFileError';
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`cannot read ledger file ${shown(path)}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.path = path;
  }
}

/**
 * A value shown in a message: JSON where it can be (a BigInt, a cycle or a symbol cannot),
 * else its type, cut to 80 characters. Never throws, whatever it is given.
 * @example shown('2024/3') // '"2024/3"'
 * @example shown(10n) // '10n'
 */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'bigint' ? `${value}n` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = `<${typeof value}>`;
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
