import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LineDecoder, utf8Chinese } from './line-decode.js';

const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('LineDecoder', () => {
  it('in a UTF-8 file: a GBK line is mixed-encoding, even one that is valid UTF-8 (GBK 农业 reads "ũҵ")', () => {
    const d = new LineDecoder('utf-8');
    expect(d.decode(gbk('e1,人社,w1.1'))).toEqual({ text: 'e1,人社,w1.1', fault: 'mixed-encoding', readAs: 'gb18030' });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(gbk('农业'))).toBe('ũҵ');
    expect(d.decode(gbk('e2,农业,w1.1'))).toEqual({ text: 'e2,农业,w1.1', fault: 'mixed-encoding', readAs: 'gb18030' });
  });

  it('in a UTF-8 file: Chinese, punctuation, emoji and Latin with accents are read as they are', () => {
    const d = new LineDecoder('utf-8');
    for (const text of ['住建,“迟到”…①', '备注 👍 ✓', 'Lü, café', '买买提·艾力']) expect(d.decode(utf8(text))).toEqual({ text });
  });

  it('in a GBK file: a UTF-8 Chinese line is mixed-encoding; GBK lines are read', () => {
    const d = new LineDecoder('gb18030');
    expect(d.decode(utf8('e1,不动产登记'))).toEqual({ text: 'e1,不动产登记', fault: 'mixed-encoding', readAs: 'utf-8' });
    for (const text of ['e1,农业', 'e2,住建,“迟到”', 'W01']) expect(d.decode(gbk(text))).toEqual({ text });
  });

  it('refuses bad bytes and U+FFFD', () => {
    expect(new LineDecoder('utf-8').decode(new Uint8Array([0x61, 0xff])).fault).toBe('bad-encoding');
    expect(new LineDecoder('utf-8').decode(utf8('住\uFFFD')).fault).toBe('replacement-char');
  });

  it('utf8Chinese: valid UTF-8 with Chinese and nothing but Chinese-ish beyond ASCII', () => {
    expect(utf8Chinese(utf8('住建,W01'), 0, 10)).toBe(true);
    expect(utf8Chinese(utf8('W01'), 0, 3)).toBe(false);
    expect(utf8Chinese(utf8('café 住建'), 0, 11)).toBe(false);
    expect(utf8Chinese(gbk('住建'), 0, 4)).toBe(false);
  });
});
