import { describe, expect, it } from 'vitest';
import { closestIds } from './closest.js';

describe('closestIds', () => {
  it('finds the declared window a misspelt one contains: 住建局 → 住建', () => {
    expect(closestIds('住建局', ['人社', '住建', '公安', '市场监管'])).toEqual(['住建']);
    expect(closestIds('县住建局', ['人社', '住建', '公安'])).toEqual(['住建']);
  });

  it('reads W1 as W01 (leading zeros, case and full-width forms fold away)', () => {
    expect(closestIds('W1', ['W01', 'W02', 'W10', 'W11'])).toEqual(['W01']);
    expect(closestIds('w01', ['W01', 'W02'])).toEqual(['W01']);
    expect(closestIds('Ｗ０２', ['W01', 'W02'])).toEqual(['W02']);
  });

  it('ranks near ids by edit distance, then shared characters, then id', () => {
    expect(closestIds('市场监管局', ['市场监管', '市场', '公安'])).toEqual(['市场监管', '市场']);
    expect(closestIds('窗口3', ['窗口03', '窗口13', '窗囗3'])).toEqual(['窗口03']);
    expect(closestIds('窗口3号', ['窗口3', '窗囗3号', '窗口13号'])).toEqual(['窗口3', '窗囗3号']);
    expect(closestIds('不动产登记中心', ['不动产登记', '不动产', '公积金'])).toEqual(['不动产登记', '不动产']);
  });

  it('suggests nothing rather than something silly', () => {
    expect(closestIds('不动产登记', ['W01', 'W02', '人社'])).toEqual([]);
    expect(closestIds('公安', ['人社', '住建'])).toEqual([]);
    expect(closestIds('A', ['B', 'C'])).toEqual([]);
    // Another number is another window, not a misspelling.
    expect(closestIds('W03', ['W01', 'W02', 'W13'])).toEqual([]);
    expect(closestIds('W01', [])).toEqual([]);
  });

  it('never suggests the id itself', () => {
    expect(closestIds('W01', ['W01'])).toEqual([]);
  });
});
