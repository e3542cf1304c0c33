import type { Rubric } from '../rubric/schema.js';
import { canonical, D, sum } from '../decimal/decimal.js';
import type { CategoryScore, TraceItem, WindowCard } from './types.js';

const neg = (p: string) => (p === '0' ? '0' : `-${p}`);

function clauseLine(t: TraceItem, title: string, text: string, unit: string, scope: string): string | undefined {
  const ids = ` [条款 ${t.clauseId}${t.entryIds.length > 0 ? `; 条目 ${t.entryIds.join(', ')}` : ''}]`;
  const chief = t.chiefApplied !== '0' ? ` (首席代表 -${t.chiefApplied}${t.chiefCapped ? `, 封顶前 -${t.chiefPoints}` : ''})` : '';
  const cut = t.capped ? ` (扣完为止: 应扣 ${t.points}, 实扣 ${t.applied})` : '';
  switch (t.effect) {
    case 'veto':
      return t.triggered === true ? `本月${scope}不得分: ${text}${ids}` : undefined;
    case 'input':
      return t.inputValue === null
        ? `${title}: ${text} 缺少输入值, 本项得分未定${ids}`
        : `${title} +${t.applied}: ${text} (输入 ${t.inputValue})${ids}`;
    case 'record': {
      if (t.count === '0' && t.voided.length === 0) return undefined;
      const conv = t.converted === undefined ? '' : ` (超出部分 ${t.converted}${unit} 计入 ${scope})`;
      return `${title} 记录: ${text} x${t.count}${unit}${conv}${ids}`;
    }
    case 'bonus': {
      // A bonus is cut at the category's full marks (加分封顶), never by 扣完为止.
      const over = t.capped ? ` (加分封顶: 应加 ${t.points}, 实加 ${t.applied}, 本项已达满分)` : '';
      return t.points === '0' ? undefined : `${title} +${t.applied}: ${text} x${t.count}${unit}${over}${ids}`;
    }
    case 'deduct': {
      if (t.kind === 'quota') {
        if (t.missing === '0') return `${title} 0: ${text} (本月记录 ${t.count}, 已达要求)${ids}`;
        return `${title} ${neg(t.applied)}: ${text} 缺${t.missing}${unit} (本月记录 ${t.count})${chief}${cut}${ids}`;
      }
      if (t.kind === 'external') return `${title} ${neg(t.applied)}: ${text} (外部扣分合计 ${t.amount ?? '0'})${chief}${cut}${ids}`;
      if (t.points === '0') {
        if (t.count === '0') return t.voided.length > 0 ? `${title} 0: ${text} (条目均已撤销)${ids}` : undefined;
        return `${title} 0: ${text} x${t.count}${unit} (未达扣分条件)${ids}`;
      }
      const times = t.kind === 'per-occurrence' ? ` x${t.count}${unit}` : '';
      const from = (t.convertedFrom ?? []).map((f) => ` (含条款 ${f.clauseId} 超出部分 ${f.count}${unit})`).join('');
      return `${title} ${neg(t.applied)}: ${text}${times}${from}${chief}${cut}${ids}`;
    }
  }
}

/**
 * What a category's cap did, in words: deductions past full marks stop at 0 (扣完为止);
 * a bonus past full marks is cut at full marks (加分封顶); inputs summing past full marks
 * count as full marks. Which one is read from the points the category's clauses wanted.
 */
function capLine(c: CategoryScore, trace: readonly TraceItem[]): string | undefined {
  if (!c.capped || c.max === null) return undefined;
  const mine = trace.filter((t) => t.categoryId === c.id);
  const wanted = (effect: TraceItem['effect']) => sum(mine.filter((t) => t.effect === effect).map((t) => new D(t.points)));
  const input = wanted('input');
  if (mine.some((t) => t.effect === 'input')) return `${c.title}: 输入值合计 ${canonical(input)} 超过本项满分 ${c.max}, 按满分计`;
  const deducted = wanted('deduct');
  const bonus = wanted('bonus');
  if (bonus.greaterThan(deducted)) {
    const lost = canonical(bonus.minus(c.bonus));
    return `${c.title}: 加分封顶 (本项满分 ${c.max}): 扣 ${c.deducted}, 应加 ${canonical(bonus)}, 实加 ${c.bonus}, 超出满分的 ${lost} 分不计`;
  }
  return `${c.title}: 扣分已达本项满分 ${c.max}, 扣完为止`;
}

/**
 * A plain-text Chinese explanation of a card: the score, then one line per clause that
 * moved it, quoting the clause text and naming the ledger entries behind it.
 *
 * @example
 * explain(card, rubric)
 * // 窗口 W01 得分 94 / 100 (首席代表扣 2)
 * // 服务能力 -4: 办件抽查中,不能提供相应事项办件卷宗的,每件次扣2分、首席代表扣1分。 x2件次 (首席代表 -2) [条款 4.1; 条目 e1]
 */
export function explain(card: WindowCard, rubric: Rubric): string {
  const clauses = new Map(rubric.categories.flatMap((c) => c.clauses.map((k) => [k.id, { category: c, clause: k }] as const)));
  const lines: string[] = [];
  const score = card.score ?? '未定 (缺少输入值)';
  const who = card.personId === undefined ? `窗口 ${card.windowId}` : `${card.windowId} ${card.personId}`;
  const chief = rubric.chiefRatio === '0' ? '' : ` (首席代表扣 ${card.chiefDeduction})`;
  lines.push(card.max === '0' ? `${who} (本评分标准不计分, 见下列记录、比率与标记)` : `${who} 得分 ${score} / ${card.max}${chief}`);
  if (card.vetoed) lines.push(`否决: 本月${card.score === '0' ? '' : '部分'}不得分 (否决前 ${card.scoreBeforeVeto ?? '未定'})`);
  for (const t of card.trace) {
    const found = clauses.get(t.clauseId);
    if (found === undefined) continue;
    const unit = found.clause.unit ?? '次';
    const c = found.clause;
    const section = c.kind === 'veto' && typeof c.scope === 'object' ? c.scope.section : undefined;
    const scope = c.kind === 'overflow' ? `条款 ${c.countsAs}` : section === undefined ? '' : (rubric.sections?.find((s) => s.id === section)?.title ?? section);
    const line = clauseLine(t, found.category.title, c.text, unit, scope);
    if (line !== undefined) lines.push(line);
    for (const v of t.voided) lines.push(`  已撤销: 条目 ${v.entryId} (由 ${v.voidedBy} 撤销, 不计入)`);
  }
  for (const c of card.categories) {
    const cap = capLine(c, card.trace);
    if (cap !== undefined) lines.push(cap);
    if (c.max === null && c.deducted !== '0') lines.push(`${c.title}: 合计扣 ${c.deducted} (不封顶, 计入他处成绩)`);
  }
  for (const d of card.disqualifiedBy) lines.push(`取消本年度各项评先选优资格: 条款 ${d.clauseId} [${d.entryIds.join(', ')}]`);
  for (const m of card.missingInputs) lines.push(`缺少输入: ${m.clauseId} (${m.reason === 'missing' ? '未提供' : '无效'})`);
  for (const r of card.rates) {
    const target = r.target === undefined ? '' : ` (目标 ${r.target}, ${r.meetsTarget === null ? '无数据' : r.meetsTarget ? '达标' : '未达标'})`;
    lines.push(`${r.label}: ${r.numerator} / ${r.denominator} = ${r.value ?? '无'}${target}`);
  }
  for (const f of card.flags) if (f.raised) lines.push(`${f.label}: ${f.value}${f.months === undefined ? '' : ` (${f.months.join(', ')})`}`);
  return lines.join('\n');
}
