// The year: score every month with red-flag-window, then the annual composite (月评 60% +
// 民主测评 40%, top 50% of all windows), then the service stars. Run: npx tsx examples/annual.ts
import { annualComposite, loadRubric, scoreYear, selectMonthly, selectServiceStars } from '../src/index.js';
import { sampleRedFlagYear, sampleSurvey, sampleWindows } from './sample-county.js';

const rubric = loadRubric('red-flag-window');
const windows = sampleWindows(12);
const year = scoreYear([rubric], sampleRedFlagYear('2024', windows), { year: '2024', windows });

const june = selectMonthly(year.months[5]!); // 18 a month in the scheme; 12 windows here, so all eligible
console.log('6月红旗窗口:', june.selected.length, june.excluded.map((x) => `${x.windowId}(${x.reason})`));

const annual = annualComposite({ months: year.months, survey: sampleSurvey(windows) });
console.log(`年度红旗窗口 ${annual.count} 个 (窗口总数 ${annual.windows} × ${annual.share}):`);
for (const r of annual.rows.filter((x) => x.selected).sort((a, b) => a.rank! - b.rank!)) {
  console.log(`  ${r.rank}. ${r.windowId} 月评 ${r.monthlyMean!.published} 民主测评 ${r.survey} 综合 ${r.composite}`);
}
console.log('不参评:', annual.excluded);

const staff = windows.flatMap((w, i) => [{ personId: `p${i}a`, windowId: w }, { personId: `p${i}b`, windowId: w }]);
const votes = Object.fromEntries(staff.map((s, i) => [s.personId, (i * 7) % 23]));
const stars = selectServiceStars({ annual, staff, votes });
console.log('服务明星:', stars.selected, stars.shortfall > 0 ? `(差 ${stars.shortfall} 人)` : '', stars.tiedAtMax);
