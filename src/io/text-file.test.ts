import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, lineAt } from './text-file.js';

const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText (side files)', () => {
  it('reads a GBK window list as the windows it names, with any line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const t = decodeText(gbk(['住建', '人社', '不动产登记'].join(eol)));
      expect([t.encoding, t.text, t.problems]).toEqual(['gb18030', '住建\n人社\n不动产登记', []]);
    }
  });

  it('drops a UTF-8 BOM and keeps line numbers true under a lone CR', () => {
    const t = decodeText(utf8('\uFEFF窗口,民主测评\rW01,90\r\nW02,80\n'));
    expect(t.lines.map((l) => [l.line, l.text])).toEqual([[1, '窗口,民主测评'], [2, 'W01,90'], [3, 'W02,80']]);
  });

  it('names a GBK line in a UTF-8 file, and a UTF-8 line in a GBK file, as mixed-encoding', () => {
    const a = decodeText(new Uint8Array([...utf8('窗口,民主测评\n住建,90\n'), ...gbk('人社,80\n')]));
    expect(a.problems.map((p) => `${p.line} ${p.code}`)).toEqual(['3 mixed-encoding']);
    expect(a.problems[0]?.messageZh).toContain('按其读作 "人社,80"');
    const b = decodeText(new Uint8Array([...gbk('窗口,民主测评\n住建,90\n人社,80\n'), ...utf8('公安,70\n')]));
    expect([b.encoding, b.problems.map((p) => `${p.line} ${p.code}`)]).toEqual(['gb18030', ['4 mixed-encoding']]);
    expect(b.problems[0]?.message).toContain('but UTF-8, where it reads "公安,70"');
  });

  it('refuses U+FFFD already in the text', () => {
    expect(decodeText(utf8('W01\n住\uFFFD\n')).problems.map((p) => `${p.line} ${p.code}`)).toEqual(['2 bad-encoding']);
  });

  it('finds the line of an offset', () => {
    expect([lineAt('a\nb\nc', 0), lineAt('a\nb\nc', 2), lineAt('a\nb\nc', 4)]).toEqual([1, 2, 3]);
  });
});

describe('decodeText: short GBK files that are valid UTF-8 too (defect 11)', () => {
  it('reads them as GBK when every line with Chinese reads as GBK Chinese', () => {
    expect(decodeText(gbk('医院\n农业')).text).toBe('医院\n农业');
    expect(decodeText(gbk('农业')).encoding).toBe('gb18030');
    const ledger = decodeText(gbk('id,windowId,clauseId,date\n1,农业,w3.4,2024-03-05'));
    expect([ledger.encoding, ledger.text, ledger.problems]).toEqual(['gb18030', 'id,windowId,clauseId,date\n1,农业,w3.4,2024-03-05', []]);
    expect(decodeText(gbk('{"农业": {"1.chief": 90}}')).text).toBe('{"农业": {"1.chief": 90}}');
  });

  it('still refuses a file mixing UTF-8 Chinese lines and GBK lines', () => {
    const t = decodeText(new Uint8Array([...utf8('住建\n'), ...gbk('农业\n')]));
    expect([t.encoding, t.problems.map((p) => `${p.line} ${p.code}`)]).toEqual(['utf-8', ['2 mixed-encoding']]);
    const u = decodeText(new Uint8Array([...gbk('农业\n'), ...utf8('café\n')]));
    expect([u.encoding, u.problems.map((p) => `${p.line} ${p.code}`)]).toEqual(['utf-8', ['1 mixed-encoding']]);
  });
});
