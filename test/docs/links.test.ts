// Every relative link in README.md, CHANGELOG.md and docs/**/*.md leads somewhere: to a file
// of the repository and, with #anchor, to a heading of that file (GitHub's slugs). External
// http(s) links are not fetched. A broken link fails the test with its file and line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenLinks, githubSlug, headingAnchors, markdownLinks, type Repository } from './markdown.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const onDisk: Repository = {
  exists: (path) => existsSync(join(root, path)),
  read: (path) => {
    const full = join(root, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  },
};

/** README.md, CHANGELOG.md (when present) and every Markdown file under docs/. */
function pages(): string[] {
  const found = ['README.md', 'CHANGELOG.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return found.map((f) => relative(root, join(root, f)).split(sep).join('/'));
}

/** An in-memory repository, for the checker's own tests. */
function memory(files: Record<string, string>): Repository {
  const dirs = new Set(Object.keys(files).flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  return { exists: (p) => p in files || dirs.has(p), read: (p) => files[p] };
}

describe('docs: the link checker', () => {
  it('slugs headings as GitHub does: lowercase, punctuation gone, spaces to -, CJK kept', () => {
    expect(githubSlug('Reading ledger files: `window-scorecard/io`')).toBe('reading-ledger-files-window-scorecardio');
    expect(githubSlug('`scoreMonth(rubric, entries, { month, windows?, inputs?, timeZone? })`')).toBe('scoremonthrubric-entries--month-windows-inputs-timezone-');
    expect(githubSlug('中文快速上手')).toBe('中文快速上手');
    expect(githubSlug('Files & bulletins: 月度通报 (HTML)')).toBe('files--bulletins-月度通报-html');
    expect(githubSlug('snake_case and kebab-case')).toBe('snake_case-and-kebab-case');
    expect(githubSlug('A [linked](x.md) **bold** heading')).toBe('a-linked-bold-heading');
  });

  it('numbers repeated headings -1, -2 and ignores headings in code blocks', () => {
    expect([...headingAnchors('# Notes\n## Notes\n```\n# Notes\n```\n### Notes\n<a id="here"></a>')]).toEqual(['notes', 'notes-1', 'notes-2', 'here']);
  });

  it('finds links with their lines, but not in code blocks or code spans', () => {
    const md = 'one [a](a.md)\n```\n[b](b.md)\n```\n`[c](c.md)` and ![d](img/d.png "title")\n[e]: <e file.md>';
    expect(markdownLinks(md)).toEqual([
      { line: 1, text: 'a', target: 'a.md' },
      { line: 5, text: 'd', target: 'img/d.png' },
      { line: 6, text: 'e', target: 'e file.md' },
    ]);
  });

  it('reports every broken link with its file, line and reason', () => {
    const repo = memory({
      'README.md': '',
      'docs/ledger.md': '# The ledger\n## Voids\n## 撤销记录',
      'docs/x.txt': 'not markdown',
    });
    const page = [
      '[ok](docs/ledger.md#voids) [ok](docs/ledger.md#%E6%92%A4%E9%94%80%E8%AE%B0%E5%BD%95) [ok](docs/) [ok](https://example.com/missing)',
      '[gone](docs/missing.md)',
      '[no heading](docs/ledger.md#void)',
      '[own](#top) [escape](../outside/000.txt) [txt](docs/x.txt#a)',
      '# Top',
    ].join('\n');
    expect(brokenLinks('README.md', page, repo).map((b) => `${b.file}:${b.line} ${b.target}: ${b.reason}`)).toEqual([
      'README.md:2 docs/missing.md: no such file: docs/missing.md',
      'README.md:3 docs/ledger.md#void: no heading #void in docs/ledger.md',
      'README.md:4 ../outside/000.txt: outside the repository: ../outside/000.txt',
      'README.md:4 docs/x.txt#a: an anchor into docs/x.txt, which is not a Markdown file',
    ]);
    expect(brokenLinks('docs/ledger.md', '[back](../README.md) [up](../../x.md)', repo).map((b) => b.reason)).toEqual(['outside the repository: ../x.md']);
  });
});

describe('docs: every relative link in README.md, CHANGELOG.md and docs/ resolves', () => {
  const files = pages();

  it('checks the README and the docs pages', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('docs/README.md');
    expect(files).toContain('docs/zh/README.md');
  });

  it('finds no broken link', () => {
    const broken = files.flatMap((f) => brokenLinks(f, readFileSync(join(root, f), 'utf8'), onDisk));
    const report = broken.map((b) => `${b.file}:${b.line}: [${b.text}](${b.target}): ${b.reason}`);
    expect(report, `broken links:\n${report.join('\n')}`).toEqual([]);
  });
});
