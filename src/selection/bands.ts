import { canonical, D, own, readDecimal, ZERO } from '../decimal/decimal.js';
import { InvalidOptionsError } from '../errors/errors.js';
import type { Outcomes } from '../rubric/settings-schema.js';
import { rank } from './rank.js';

/** One unit's outcome: its band, its prize, and the money they carry. */
export interface OutcomeRow {
  readonly id: string;
  readonly score: string;
  readonly rank: number;
  /** The band the score falls in (合格 / 不合格 …), or null below every band. */
  readonly band: { readonly id: string; readonly label: string } | null;
  /** The ranking prize (前三名为优胜单位), when the rank earns one. */
  readonly prize: { readonly id: string; readonly label: string } | null;
  /** Points below the shortfall mark and the yuan they cost per person ("每少一分, 扣…100元"), when short. */
  readonly shortfall: { readonly points: string; readonly yuanPerPerson: string } | null;
  /** Yuan per person (band + prize + shortfall) and for the unit (x headcount); null without a headcount. */
  readonly yuan: { readonly perPerson: string; readonly total: string | null };
}

/**
 * Grade bands, ranking prizes and shortfall money of a rubric's `outcomes` (千分制:
 * 900分以上为合格单位; 前三名为优胜单位, 按人平100元给予奖励; 少于900分单位每人扣款100元;
 * 考勤: 未达到90分的, 每少一分, 扣年终目标管理奖100元). Prizes go by competition rank, so
 * units tied at 3rd all win; amounts are exact yuan (a shortfall of 1.5 points costs 150).
 *
 * @example
 * gradeOutcomes({ scores: [{ id: 'A', score: '950' }, { id: 'B', score: '880' }], outcomes, headcount: { A: 12, B: 8 } })
 * // [{ id: 'A', band: { id: 'pass', … }, prize: { id: 'top3', … }, yuan: { perPerson: '100', total: '1200' } },
 * //  { id: 'B', band: { id: 'fail', … }, prize: null, yuan: { perPerson: '-100', total: '-800' } }]
 */
export function gradeOutcomes(options: {
  readonly scores: readonly { readonly id: string; readonly score: string }[];
  readonly outcomes: Outcomes;
  readonly headcount?: Readonly<Record<string, number>>;
}): OutcomeRow[] {
  const bands = [...(options.outcomes.bands ?? [])].sort((a, b) => new D(b.min).comparedTo(a.min));
  const prizes = [...(options.outcomes.prizes ?? [])].sort((a, b) => a.top - b.top);
  return rank(options.scores).map((r) => {
    const score = new D(r.score);
    const band = bands.find((b) => score.greaterThanOrEqualTo(b.min)) ?? null;
    const prize = prizes.find((p) => r.rank <= p.top) ?? null;
    const sf = options.outcomes.shortfall;
    const short = sf === undefined || !score.lessThan(sf.below) ? null : new D(sf.below).minus(score);
    const shortYuan = short === null ? ZERO : short.times(sf!.yuanPerPoint);
    const perPerson = (readDecimal(band?.yuanPerPerson) ?? ZERO).plus(readDecimal(prize?.yuanPerPerson) ?? ZERO).plus(shortYuan);
    const people = own(options.headcount, r.id);
    if (people !== undefined && (!Number.isSafeInteger(people) || people < 0)) {
      throw new InvalidOptionsError(`headcount.${r.id} must be a whole number >= 0`, ['headcount', r.id]);
    }
    return {
      id: r.id,
      score: r.score,
      rank: r.rank,
      band: band === null ? null : { id: band.id, label: band.label },
      prize: prize === null ? null : { id: prize.id, label: prize.label },
      shortfall: short === null ? null : { points: canonical(short), yuanPerPerson: canonical(shortYuan) },
      yuan: { perPerson: canonical(perPerson), total: people === undefined ? null : canonical(perPerson.times(people)) },
    };
  });
}
