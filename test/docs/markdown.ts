// Markdown as the link check needs it: the relative links of a page, the anchors GitHub
// gives its headings, and the links that lead nowhere. Pure: the repository is passed in.
import { posix } from 'node:path';

/** A link written in a Markdown file: its line (1-based), its text and its target. */
export interface MarkdownLink {
  readonly line: number;
  readonly text: string;
  readonly target: string;
}

/** A link that leads nowhere, and why. */
export interface BrokenLink extends MarkdownLink {
  readonly file: string;
  readonly reason: string;
}

/** What the check needs of the repository; paths are relative to its root, with `/`. */
export interface Repository {
  /** A file or a folder exists at this path. */
  exists(path: string): boolean;
  /** The text of a file, or undefined when it is not a file. */
  read(path: string): string | undefined;
}

/** Each line of the text, with fenced code blocks blanked out (their lines kept, empty). */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split(/\r?\n/).map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (open === null) return line;
      fence = open[1]!;
      return '';
    }
    if (open !== null && open[1]!.startsWith(fence[0]!) && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
    return '';
  });
}

/** A line without its inline code spans (`…`), which hold no links. */
function withoutCode(line: string): string {
  return line.replace(/(`+)(?:(?!\1).)+?\1/g, (span) => ' '.repeat(span.length));
}

/** The text a heading shows: inline code, links, images, emphasis and HTML tags undone. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`+/g, '')
    .replace(/\*+/g, '');
}

/**
 * GitHub's anchor of a heading: lowercase, every character other than a letter, a mark, a
 * digit, `_`, `-` or a space removed (CJK kept), each space turned into `-`.
 * @example githubSlug('Reading ledger files: `window-scorecard/io`') // 'reading-ledger-files-window-scorecardio'
 */
export function githubSlug(heading: string): string {
  return headingText(heading).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/**
 * Every anchor a page offers: its headings' slugs (a repeated slug gets `-1`, `-2` …) and
 * the ids or names of its HTML anchors.
 * @example headingAnchors('# A\n## A') // Set { 'a', 'a-1' }
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    for (const m of line.matchAll(/<a\s+(?:[^>]*\s)?(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (h === null) continue;
    const base = githubSlug(h[1]!);
    let slug = base;
    let n = seen.get(base) ?? 0;
    while (anchors.has(slug)) slug = `${base}-${++n}`;
    seen.set(base, n);
    anchors.add(slug);
  }
  return anchors;
}

/**
 * Every link of a page outside code: inline links and images `[x](target)` and reference
 * definitions `[x]: target`, with their line.
 * @example markdownLinks('see [the ledger](docs/ledger.md#voids)') // [{ line: 1, text: 'the ledger', target: 'docs/ledger.md#voids' }]
 */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseLines(markdown).forEach((raw, i) => {
    const line = withoutCode(raw);
    const inline = /!?\[([^\]]*)\]\(\s*(<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
    for (const m of line.matchAll(inline)) links.push({ line: i + 1, text: m[1]!, target: m[2]!.replace(/^<|>$/g, '') });
    const definition = /^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition !== null) links.push({ line: i + 1, text: definition[1]!, target: definition[2]!.replace(/^<|>$/g, '') });
  });
  return links;
}

/** `https:`, `mailto:` …: a link this check does not follow. */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The relative links of `file` (a path from the repository's root) that name no file of
 * the repository, or no heading of the file they name.
 * @example brokenLinks('README.md', '[x](docs/missing.md)', repo)[0].reason // 'no such file: docs/missing.md'
 */
export function brokenLinks(file: string, markdown: string, repo: Repository): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const own = headingAnchors(markdown);
  for (const link of markdownLinks(markdown)) {
    const fail = (reason: string) => broken.push({ ...link, file, reason });
    if (isExternal(link.target)) continue;
    const hash = link.target.indexOf('#');
    const pathPart = decoded(hash < 0 ? link.target : link.target.slice(0, hash)).replace(/\?.*$/, '');
    const anchor = hash < 0 ? undefined : decoded(link.target.slice(hash + 1));
    if (pathPart === '' && anchor === undefined) {
      fail('empty link');
      continue;
    }
    let anchors = own;
    let shown = file;
    if (pathPart !== '') {
      const path = pathPart.startsWith('/') ? posix.normalize(pathPart.slice(1)) : posix.join(posix.dirname(file), pathPart);
      const clean = path.replace(/\/$/, '') || '.';
      if (clean === '..' || clean.startsWith('../')) {
        fail(`outside the repository: ${clean}`);
        continue;
      }
      if (!repo.exists(clean)) {
        fail(`no such file: ${clean}`);
        continue;
      }
      if (anchor === undefined) continue;
      const text = repo.read(clean);
      if (text === undefined || !/\.(md|markdown)$/i.test(clean)) {
        fail(`an anchor into ${clean}, which is not a Markdown file`);
        continue;
      }
      anchors = headingAnchors(text);
      shown = clean;
    }
    if (anchor !== undefined && !anchors.has(anchor)) fail(`no heading #${anchor} in ${shown}`);
  }
  return broken;
}
