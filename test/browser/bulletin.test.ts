// The HTML bulletin in a real browser: Debian's headless Chromium renders a 20-window
// month to a PNG, and the PNG is checked for the chart (red-flag bars in their colour).
// Not part of `npm test` (a fresh clone has no browser): `npm run test:browser` runs it, and
// .ci/run does, after installing Debian's chromium. A missing Chromium fails it, never skips it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, monthlyBulletinHtml } from '../../src/report/index.js';
import { twentyWindowMonth } from '../../src/report/test-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

function screenshot(html: string): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'ws-browser-'));
  try {
    const page = join(dir, 'bulletin.html');
    const png = join(dir, 'bulletin.png');
    writeFileSync(page, html, 'utf8');
    execFileSync(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1200,1600', `--screenshot=${png}`,
      pathToFileURL(page).href,
    ], { timeout: 60_000, stdio: ['ignore', 'ignore', 'pipe'] });
    return PNG.sync.read(readFileSync(png));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the HTML bulletin in headless Chromium', () => {
  it('renders the score chart: red-flag bars drawn, the page not blank', { timeout: 120_000 }, () => {
    expect(hasChromium, `${CHROMIUM} is required (apt-get install chromium fonts-noto-cjk)`).toBe(true);
    const input = twentyWindowMonth();
    expect(input.selection.selected).toHaveLength(19);
    const image = screenshot(monthlyBulletinHtml(input));
    expect([image.width, image.height]).toEqual([1200, 1600]);

    const [r, g, b] = rgb(CHART_COLOURS.redFlag);
    const near = (i: number, c: readonly [number, number, number]) =>
      Math.abs(image.data[i]! - c[0]) <= 6 && Math.abs(image.data[i + 1]! - c[1]) <= 6 && Math.abs(image.data[i + 2]! - c[2]) <= 6;
    let red = 0;
    let ink = 0;
    const colours = new Set<number>();
    const redRows = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4) {
      if (near(i, [r, g, b])) {
        red++;
        redRows.add(Math.floor(i / 4 / image.width));
      }
      if (image.data[i]! < 200 || image.data[i + 1]! < 200 || image.data[i + 2]! < 200) ink++;
      colours.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
    }
    // 19 bars of 14 px, 84-100% of some 760 px (plus the legend swatch): far more than hundreds.
    expect(red).toBeGreaterThan(19 * 14 * 500);
    expect(redRows.size).toBeGreaterThanOrEqual(19 * 14);
    expect(ink).toBeGreaterThan(image.width * image.height * 0.05);
    expect(colours.size).toBeGreaterThan(20);
  });
});
