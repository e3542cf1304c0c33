import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseRubric } from '../../src/rubric/parse.js';
import type { Clause, Rubric } from '../../src/rubric/schema.js';

const load = (name: string): Rubric =>
  parseRubric(readFileSync(new URL(`../../rubrics/${name}.json`, import.meta.url), 'utf8'));

const clauses = (r: Rubric): Clause[] => r.categories.flatMap((c) => c.clauses);
const byId = (r: Rubric, id: string): Clause => {
  const k = clauses(r).find((c) => c.id === id);
  if (k === undefined) throw new Error(`no clause ${id}`);
  return k;
};
/** Sum of decimal strings without floats (all values here have at most one decimal place). */
const sumTenths = (xs: readonly string[]): number => xs.reduce((a, x) => a + Math.round(Number(x) * 10), 0);

describe('rubrics/county-monthly.json (source 001)', () => {
  const r = load('county-monthly');

  it('has the header the source supports', () => {
    expect(r.id).toBe('county-monthly');
    expect(r.title).toBe('县人民政府政务服务中心窗口月度考评评分标准');
    expect(r.total).toBe('100');
    expect(r.chiefRatio).toBe('0.5');
    expect(r.sections).toBeUndefined();
    expect(r.source.truncated).toBe(true);
    expect(r.source.notes?.some((n) => n.includes('政务服务“好差评”执行不好,且被查实评价结果为“差”而未按期整改的'))).toBe(true);
  });

  it('has the expected clause counts per category', () => {
    expect(r.categories.map((c) => [c.id, c.title, c.max, c.clauses.length])).toEqual([
      ['1', '基础分', '20', 2],
      ['2', '人员选派', '10', 3],
      ['3', '进驻授权', '10', 8],
      ['4', '服务能力', '30', 7],
      ['5', '工作联动', '15', 11],
      ['6', '服务监督', '15', 4],
    ]);
  });

  it('has unique clause ids and category maxima summing to the total', () => {
    const ids = clauses(r).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sumTenths(r.categories.map((c) => c.max!))).toBe(sumTenths([r.total]));
  });

  it('does not encode the truncated 服务监督 item 5', () => {
    expect(clauses(r).some((c) => c.id.startsWith('6.5'))).toBe(false);
    expect(clauses(r).some((c) => c.text.includes('好差评'))).toBe(false);
  });

  it('keeps no chunk markers, item numbers or uncorrected slips in clause text', () => {
    for (const c of clauses(r)) {
      expect(c.text).not.toMatch(/^(?:\d+\s*[.、]|L)/u);
      expect(c.text).not.toMatch(/\n|扣L|\d\. \d|\d 分|材料\.、|人贝/u);
    }
  });

  it('quotes the source verbatim (spot checks)', () => {
    const k21 = byId(r, '2.1');
    expect(k21).toMatchObject({
      kind: 'per-occurrence',
      text: '未按XX省人民政府办公厅关于进一步加强公共服务平台建设的意见(x府办发(2015)42号)等文件要求选派窗口人员的,每次扣3分、首席代表扣1.5分。',
      points: '3',
      chiefPoints: '1.5',
      unit: '次',
    });
    expect(byId(r, '2.2')).toMatchObject({
      text: '窗口未事前向县政务服务中心报备同意,擅自撤出或调换窗口工作人员的,每人次扣2分、首席代表扣1分。',
      unit: '人次',
      evidence: '部门窗口进驻函及中心签批意见',
    });
    expect(byId(r, '4.1')).toMatchObject({
      text: '办件抽查中,不能提供相应事项办件卷宗的,每件次扣2分、首席代表扣1分。',
      evidence: '办件抽查',
      unit: '件次',
    });
    expect(byId(r, '4.4-yellow')).toMatchObject({ points: '2', chiefPoints: '1', evidence: '行政审批系统电子监察情况' });
    expect(byId(r, '4.4-red')).toMatchObject({ points: '3', chiefPoints: '1.5' });
    expect(byId(r, '4.4-red').text).toBe(byId(r, '4.4-yellow').text);
    expect(byId(r, '5.1').text).toBe('未按一窗通办、全省通办、跨省通办、一网通办等业务规程要求履职的,每次扣2分、首席代表扣1分。');
    expect(byId(r, '5.4-absent')).toMatchObject({ points: '2', chiefPoints: '1', evidence: '会议签到册、请假条' });
    expect(byId(r, '5.4-late')).toMatchObject({ points: '1', chiefPoints: '0.5' });
    expect(byId(r, '5.8')).toMatchObject({
      kind: 'quota',
      required: 1,
      mode: 'per-missing',
      points: '1',
      chiefPoints: '0.5',
      text: '部门班子成员每月至少1次到窗口检查指导工作,缺1次扣1分,首席代表扣0.5分。',
    });
    expect(byId(r, '6.1').text).toBe('引起服务对象投诉举报产生不良影响的,经查确系进驻部门窗口责任的,每次扣3分、首席代表扣1.5分。');
    expect(byId(r, '6.2')).toMatchObject({
      text: '国家已明令取消的事项、材料、收费和流程环节,窗口仍在继续实施的,每发现一项扣5分、首席代表扣2.5分。',
      points: '5',
      chiefPoints: '2.5',
    });
    expect(byId(r, '6.4')).toMatchObject({ points: '15', chiefPoints: '7.5', disqualify: true, evidence: '通报文件' });
    expect(byId(r, '1.chief')).toMatchObject({ kind: 'input', points: '10', outOf: '100', evidence: '月度考评得分' });
  });

  it('gives every deducting clause a chief deduction of exactly half', () => {
    for (const c of clauses(r)) {
      if (c.kind === 'per-occurrence' || c.kind === 'quota') {
        expect(sumTenths([c.chiefPoints ?? 'x']) * 2, c.id).toBe(sumTenths([c.points]));
      }
    }
  });
});

describe('rubrics/red-flag-window.json (source 000)', () => {
  const r = load('red-flag-window');

  it('has the header the source supports', () => {
    expect(r.id).toBe('red-flag-window');
    expect(r.total).toBe('100');
    expect(r.chiefRatio).toBe('0');
    expect(r.sections).toEqual([
      { id: 'work', title: '工作窗口', max: '50' },
      { id: 'unit', title: '窗口单位', max: '50' },
    ]);
  });

  it('has the expected clause counts per category', () => {
    expect(r.categories.map((c) => [c.id, c.section, c.max, c.clauses.length])).toEqual([
      ['work', 'work', '50', 27],
      ['unit', 'unit', '50', 15],
    ]);
    const kinds = (cat: string) =>
      r.categories.find((c) => c.id === cat)!.clauses.reduce<Record<string, number>>((a, c) => ({ ...a, [c.kind]: (a[c.kind] ?? 0) + 1 }), {});
    expect(kinds('work')).toEqual({ 'per-occurrence': 16, flat: 1, threshold: 1, quota: 1, veto: 8 });
    expect(kinds('unit')).toEqual({ flat: 10, 'per-occurrence': 3, quota: 1, external: 1 });
  });

  it('has unique clause ids and category maxima summing to the total', () => {
    const ids = clauses(r).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sumTenths(r.categories.map((c) => c.max!))).toBe(sumTenths([r.total]));
    expect(sumTenths(r.sections!.map((s) => s.max))).toBe(sumTenths([r.total]));
  });

  it('quotes the source verbatim (spot checks)', () => {
    expect(byId(r, 'w1.1')).toMatchObject({
      kind: 'per-occurrence',
      item: '1、工作环境整洁优美。',
      text: '不挂牌、不按规定着行业装、外着背心或超短装、拖鞋上岗发现一人次扣2分',
      points: '2',
      unit: '人次',
    });
    expect(byId(r, 'w3.5')).toMatchObject({ kind: 'threshold', threshold: 3, points: '5', text: '请假半天无人顶岗的、每月累计达3次扣5分' });
    expect(byId(r, 'w4.4')).toMatchObject({ kind: 'flat', points: '4', text: '未完成单位和组织交给的工作任务的扣4分' });
    expect(byId(r, 'w5.3')).toMatchObject({ kind: 'quota', required: 1, mode: 'below', points: '1', unit: '篇' });
    expect(byId(r, 'w6.1')).toMatchObject({ kind: 'veto', scope: 'window', text: '不作为、乱作为的' });
    expect(byId(r, 'w6.8')).toMatchObject({ kind: 'veto', text: '个人行为对县发展环境造成不良影响的' });
    expect(byId(r, 'u1.4')).toMatchObject({ kind: 'flat', points: '5', text: '未按要求完成行政审批和服务事项清理的扣5分' });
    expect(byId(r, 'u3.1')).toMatchObject({ kind: 'flat', points: '3', text: '未实行首席代表制的扣3分' });
    expect(byId(r, 'u4.2')).toMatchObject({ kind: 'quota', required: 1, mode: 'below', points: '3', text: '分管领导每月到窗口办公少于一次的扣3分' });
    expect(byId(r, 'u7.1')).toMatchObject({ kind: 'external', item: '7、落实“电子监察”。', text: '结合县监察局“电子监察系统”扣分情况,在窗口评分时相应扣除。' });
  });

  it('sets no chief deductions (the source states no chief share)', () => {
    for (const c of clauses(r)) expect(c, c.id).not.toHaveProperty('chiefPoints');
  });
});
