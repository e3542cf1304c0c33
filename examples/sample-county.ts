// A deterministic sample county: 50 windows and a month of findings, for the demo.
// Nothing here is real data; the generator is seeded, so every run is identical.
import type { LedgerRecord, MonthInputs } from '../src/index.js';

/** A small seeded PRNG (mulberry32), so the sample is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = [
  '发改', '教育', '公安', '民政', '司法', '财政', '人社', '自然资源', '生态环境', '住建',
  '交通', '水利', '农业农村', '商务', '文旅', '卫健', '退役军人', '应急', '市场监管', '医保',
  '林业', '税务', '不动产', '公积金', '供电', '供水', '燃气', '通信', '邮政', '银行',
];

/** Window ids such as `W07-住建`. */
export function sampleWindows(n = 50): string[] {
  return Array.from({ length: n }, (_, i) => `W${String(i + 1).padStart(2, '0')}-${DEPARTMENTS[i % DEPARTMENTS.length]}`);
}

/**
 * A month of findings against `county-monthly`: most windows clean, a few heavy, some
 * entries voided on appeal, a few malformed lines as a real ledger has.
 */
export function sampleLedger(month: string, windows: readonly string[], seed = 2024): LedgerRecord[] {
  const rand = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const clauses = ['2.2', '2.3', '3.1', '3.4', '4.1', '4.2', '4.3', '4.4-yellow', '4.4-red', '4.5', '5.1', '5.3', '5.4-absent', '5.4-late', '5.10', '6.1', '6.3'];
  const out: LedgerRecord[] = [];
  let n = 0;
  for (const w of windows) {
    const heavy = rand() < 0.1;
    const findings = heavy ? 20 + Math.floor(rand() * 40) : Math.floor(rand() * 6);
    for (let i = 0; i < findings; i++) {
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      out.push({ id: `${month}-${++n}`, windowId: w, clauseId: pick(clauses), date: `${month}-${day}`, recordedBy: '督查股' });
    }
    // 部门班子成员每月至少1次到窗口检查指导工作 (5.8): most departments visit.
    if (rand() < 0.8) out.push({ id: `${month}-${++n}`, windowId: w, clauseId: '5.8', date: `${month}-15` });
  }
  // Two appeals upheld (误评 verified), one negative exposure, two malformed lines.
  out.push({ id: `${month}-void-1`, voids: `${month}-3`, date: `${month}-28`, note: '申诉成立' });
  out.push({ id: `${month}-void-2`, voids: `${month}-40`, date: `${month}-28`, note: '误评核实' });
  out.push({ id: `${month}-${++n}`, windowId: windows[7]!, clauseId: '6.4', date: `${month}-20`, note: '媒体曝光' });
  out.push({ id: `${month}-${++n}`, windowId: windows[3]!, clauseId: '4.1', date: `${month}-31` });
  out.push({ id: `${month}-${++n}`, windowId: windows[5]!, clauseId: '4.1', date: `${month}-10`, count: 0 });
  return out;
}

/** 基础分 inputs: each window's chief representative and staff monthly scores (60-100). */
export function sampleInputs(windows: readonly string[], seed = 7): MonthInputs {
  const rand = prng(seed);
  const score = () => String(60 + Math.floor(rand() * 81) / 2);
  return Object.fromEntries(windows.map((w) => [w, { '1.chief': score(), '1.staff': score() }]));
}

/**
 * A year of findings against `red-flag-window` (窗口争星): per-person-time findings, the
 * monthly information report (w5.3) and the leader's visit (u4.2) for most windows, a
 * few 电子监察 amounts, and one veto.
 */
export function sampleRedFlagYear(year: string, windows: readonly string[], seed = 2025): LedgerRecord[] {
  const rand = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const findings = ['w1.1', 'w1.2', 'w2.1', 'w2.2', 'w2.3', 'w3.1', 'w3.3', 'w3.4', 'w4.1', 'w4.3', 'w5.1', 'u3.4', 'u4.1'];
  const out: LedgerRecord[] = [];
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    for (const w of windows) {
      const day = () => `${month}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const k = rand() < 0.25 ? 0 : 1 + Math.floor(rand() * 4);
      for (let i = 0; i < k; i++) out.push({ id: `r${++n}`, windowId: w, clauseId: pick(findings), date: day() });
      if (rand() < 0.9) out.push({ id: `r${++n}`, windowId: w, clauseId: 'w5.3', date: day() });
      if (rand() < 0.85) out.push({ id: `r${++n}`, windowId: w, clauseId: 'u4.2', date: day() });
      if (rand() < 0.05) out.push({ id: `r${++n}`, windowId: w, clauseId: 'u7.1', date: day(), amount: pick(['0.5', '1', '1.5']) });
    }
  }
  out.push({ id: `r${++n}`, windowId: windows[4]!, clauseId: 'w6.5', date: `${year}-03-18`, note: '违规收费' });
  return out;
}

/** 民主测评 scores (70-98, halves) for every window but the last, whose survey is still missing. */
export function sampleSurvey(windows: readonly string[], seed = 11): Record<string, string> {
  const rand = prng(seed);
  return Object.fromEntries(windows.slice(0, -1).map((w) => [w, String(70 + Math.floor(rand() * 57) / 2)]));
}
