import { describe, expect, it } from 'vitest';
import { rank } from '../index.js';
import { CHART_COLOURS, scoreChartSvg } from './index.js';

type Bar = { window: string; rank: number; red: boolean; y: number; width: number; height: number; fill: string };

function bars(svg: string): Bar[] {
  const re = /<g class="row" data-window="([^"]*)" data-rank="(\d+)">.*?<rect class="bar( red-flag)?" x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="([^"]+)"\/>/g;
  return [...svg.matchAll(re)].map((m) => ({ window: m[1]!, rank: Number(m[2]), red: m[3] !== undefined, y: Number(m[4]), width: Number(m[5]), height: Number(m[6]), fill: m[7]! }));
}

function cutoffY(svg: string): number | undefined {
  const m = /<line class="cutoff" x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"[^>]*stroke-dasharray/.exec(svg);
  if (m === null) return undefined;
  expect(m[1]).toBe(m[2]); // horizontal
  return Number(m[1]);
}

const ranking = rank([
  { id: 'A', score: '100' }, { id: 'B', score: '97.5' }, { id: 'C', score: '90' }, { id: 'D', score: '90' }, { id: 'E', score: '80.25' }, { id: 'F', score: '0' },
]);

describe('scoreChartSvg', () => {
  it('draws one bar per window, highest first, red-flag bars in their own colour', () => {
    const svg = scoreChartSvg([...ranking].reverse(), { max: '100', cutoffRank: 3, redFlag: new Set(['A', 'B', 'C', 'D']) });
    const b = bars(svg);
    expect(b.map((x) => x.window)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(b.filter((x) => x.red).map((x) => x.window)).toEqual(['A', 'B', 'C', 'D']);
    expect(new Set(b.filter((x) => x.red).map((x) => x.fill))).toEqual(new Set([CHART_COLOURS.redFlag]));
    expect(new Set(b.filter((x) => !x.red).map((x) => x.fill))).toEqual(new Set([CHART_COLOURS.other]));
    for (let i = 1; i < b.length; i++) expect(b[i]!.y).toBeGreaterThan(b[i - 1]!.y);
  });

  it('scales bars exactly to the maximum', () => {
    const b = bars(scoreChartSvg(ranking, { max: '100', width: 760 }));
    const full = b[0]!.width;
    expect(b[1]!.width).toBeCloseTo(full * 0.975, 2);
    expect(b[4]!.width).toBeCloseTo(full * 0.8025, 2);
    expect(b[5]!.width).toBe(0);
    expect(bars(scoreChartSvg(ranking, { max: '200' }))[0]!.width).toBeCloseTo(full / 2, 2);
  });

  it('puts the dashed cut-off line between the last window at or above the cut-off rank and the next, labelled', () => {
    const svg = scoreChartSvg(ranking, { max: '100', cutoffRank: 3, redFlag: new Set(['A', 'B', 'C', 'D']) });
    const b = bars(svg);
    const y = cutoffY(svg)!;
    const d = b.find((x) => x.window === 'D')!;
    const e = b.find((x) => x.window === 'E')!;
    expect(y).toBeGreaterThan(d.y + d.height);
    expect(y).toBeLessThan(e.y);
    expect(svg).toContain('红旗窗口线: 第3名</text>');
    expect(svg).toContain('<g class="cutoff" data-rank="3">');
  });

  it('has role="img" and a <title>, and no namespace unless standalone', () => {
    const svg = scoreChartSvg(ranking, { max: '100', cutoffRank: 1 });
    expect(svg).toMatch(/^<svg class="score-chart" role="img" /);
    expect(svg).toContain('<title>各窗口得分 (由高到低, 满分 100); 红旗窗口线: 第1名</title>');
    expect(svg).not.toContain('http');
    expect(scoreChartSvg(ranking, { max: '100', standalone: true })).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
  });

  it('draws no cut-off without a cut-off rank, and copes with no windows', () => {
    expect(cutoffY(scoreChartSvg(ranking, { max: '100' }))).toBeUndefined();
    const empty = scoreChartSvg([], { max: '100', cutoffRank: 18 });
    expect(bars(empty)).toHaveLength(0);
    expect(cutoffY(empty)).toBeUndefined();
    expect(empty).toContain('本月无计分窗口');
  });

  it('escapes ids and shortens very long ones in the label (the tooltip keeps them whole)', () => {
    const long = `窗口${'长'.repeat(100)}`;
    const svg = scoreChartSvg(rank([{ id: '<x&y>', score: '1' }, { id: long, score: '2' }]), { max: '10' });
    expect(svg).not.toContain('<x&y>');
    expect(svg).toContain('&lt;x&amp;y&gt;');
    expect(svg).toContain(`<title>${long}: 2分, 第1名</title>`);
    expect(svg).toMatch(/>窗口长+…<\/text>/);
  });
});
