import { describe, expect, it } from 'vitest';
import { D } from '../decimal/decimal.js';
import { allocate, capCategory, capChief } from './caps.js';

const ds = (...xs: (number | string)[]) => xs.map((x) => new D(x));
const strs = (xs: readonly InstanceType<typeof D>[]) => xs.map((x) => x.toString());

describe('caps', () => {
  it('allocate shares an allowance in order', () => {
    expect(strs(allocate(ds(3, 4, 5), new D(6)))).toEqual(['3', '3', '0']);
    expect(strs(allocate(ds(1, 2), new D(10)))).toEqual(['1', '2']);
    expect(strs(allocate(ds(1), new D(-1)))).toEqual(['0']);
  });

  it('capCategory stops deductions at zero (扣完为止)', () => {
    const c = capCategory(new D(15), new D(18), new D(0));
    expect([c.score.toString(), c.deducted.toString(), c.capped]).toEqual(['0', '15', true]);
  });

  it('capCategory nets a bonus against deductions and stops at max', () => {
    const c = capCategory(new D(10), new D(2), new D(5));
    expect([c.score.toString(), c.deducted.toString(), c.bonus.toString(), c.capped]).toEqual(['10', '2', '2', true]);
    const d = capCategory(new D(10), new D(4), new D(1.5));
    expect([d.score.toString(), d.capped]).toEqual(['7.5', false]);
  });

  it('capChief caps at max x ratio', () => {
    const c = capChief(ds(7.5, 1.5), new D(7.5));
    expect([c.total.toString(), c.capped, strs(c.applied)]).toEqual(['7.5', true, ['7.5', '0']]);
  });
});
