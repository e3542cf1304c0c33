import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { ledgerHash } from './fingerprint.js';

describe('ledgerHash', () => {
  it('is SHA-256 of each entry as canonical JSON on its own line, in id order (code units), whatever the input order', () => {
    const entries = [
      { id: 'e10', raw: { id: 'e10', windowId: 'W01', clauseId: '4.1', date: '2024-03-05' } },
      { id: 'e2', raw: { windowId: '窗口', id: 'e2', date: '2024-03-06', clauseId: '4.1', count: 2 } },
      { id: 'E1', raw: { id: 'E1', voids: 'e2', date: '2024-03-07' } },
    ];
    const text =
      '{"date":"2024-03-07","id":"E1","voids":"e2"}\n' +
      '{"clauseId":"4.1","date":"2024-03-05","id":"e10","windowId":"W01"}\n' +
      '{"clauseId":"4.1","count":2,"date":"2024-03-06","id":"e2","windowId":"窗口"}\n';
    const expected = bytesToHex(sha256(utf8ToBytes(text)));
    expect(ledgerHash(entries)).toBe(expected);
    expect(ledgerHash([...entries].reverse())).toBe(expected);
  });

  it('keeps the last of entries sharing an id, as a map would', () => {
    const a = { id: 'e1', raw: { id: 'e1', note: 'a' } };
    const b = { id: 'e1', raw: { id: 'e1', note: 'b' } };
    expect(ledgerHash([a, b])).toBe(ledgerHash([b]));
    expect(ledgerHash([b, a])).toBe(ledgerHash([a]));
  });
});
