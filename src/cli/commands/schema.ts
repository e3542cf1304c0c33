import { ledgerJsonSchema, rubricJsonSchema } from '../../index.js';
import { parse } from '../args.js';
import { EXIT } from '../errors.js';
import type { Sink } from '../io.js';
import { json } from '../output.js';

export const SCHEMA_HELP = `window-scorecard schema — 打印 JSON Schema
Print the JSON Schema (draft 2020-12) of the rubric format, or with --ledger of a ledger entry.

用法 usage: window-scorecard schema [--ledger] [-o file]`;

/** The options of schema. */
export const SCHEMA_OPTIONS = { ledger: { type: 'boolean' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

export function schema(args: readonly string[], ui: Sink): number {
  const { values } = parse(args, SCHEMA_OPTIONS);
  if (values.help === true) ui.out(SCHEMA_HELP);
  else ui.out(json(values.ledger === true ? ledgerJsonSchema() : rubricJsonSchema()));
  return EXIT.ok;
}
