import type { Rubric } from '../rubric/schema.js';
import type { AnnualResult } from '../selection/annual.js';
import type { MonthlySelection } from '../selection/monthly.js';
import type { ServiceStarSelection } from '../selection/stars.js';
import type { MonthResult } from '../scoring/types.js';

/**
 * What a monthly bulletin (月度通报) is made from: the month's result, the rubric it was
 * scored with, and the red-flag selection made from it.
 *
 * @example
 * const result = scoreMonth(rubric, ledger, { month: '2024-03', windows });
 * const input: MonthlyBulletinInput = { centre: '示范县政务服务中心', rubric, result, selection: selectMonthly(result), issuedOn: '2024-04-05' };
 */
export interface MonthlyBulletinInput {
  /** The centre's name, printed in the title. */
  readonly centre: string;
  /** The rubric the month was scored with (its id and version must match the result's). */
  readonly rubric: Rubric;
  readonly result: MonthResult;
  /**
   * `selectMonthly(result)`, with whatever options the centre uses. Leave it out when no
   * selection was made (the rubric sets no monthly count and none was given): the bulletin
   * then names no red-flag windows and says why, instead of announcing "0 个".
   */
  readonly selection?: MonthlySelection;
  /** The date printed as the issue date (`YYYY-MM-DD` is written out in Chinese). Never read from a clock. */
  readonly issuedOn?: string;
  /** The file line of a rejected entry, by its input index (for the appendix); undefined when unknown. */
  readonly lineOf?: (index: number) => number | undefined;
}

/**
 * What an annual bulletin (年度通报) is made from.
 *
 * @example
 * const annual = annualComposite({ months: year.months, survey });
 * const input: AnnualBulletinInput = { centre: '示范县政务服务中心', year: '2024', annual, stars: selectServiceStars({ annual, staff, votes }) };
 */
export interface AnnualBulletinInput {
  readonly centre: string;
  /** `YYYY`. */
  readonly year: string;
  readonly annual: AnnualResult;
  /** The year's service stars (服务明星), when they have been chosen. */
  readonly stars?: ServiceStarSelection;
  /** The date printed as the issue date. Never read from a clock. */
  readonly issuedOn?: string;
}
