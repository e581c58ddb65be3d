import { describe, expect, it } from 'vitest';
import { decodeDump } from '../../src/lib/dump/decode.ts';
import {
  detectBadEncoding,
  detectLongLines,
  detectUnreadable,
  positionAt,
} from '../../src/lib/dump/detect.ts';
import { collapseWhitespace, normalizeLines } from '../../src/lib/dump/normalize.ts';

describe('normalizeLines', () => {
  it('evens out line endings, keeping line numbers', () => {
    expect(normalizeLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(normalizeLines('a\n\n\nb\n')).toEqual(['a', '', '', 'b']);
    expect(normalizeLines('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b']);
  });

  it('drops a byte-order mark, odd spaces, zero-width characters and trailing spaces', () => {
    expect(normalizeLines('\ufeffJul\u00a031 \t\nA\u202fB\u200b\u3000C  ')).toEqual(['Jul 31', 'A B C']);
  });

  it('leaves leading indentation so columns point at the text', () => {
    expect(normalizeLines('  • 3 authors')).toEqual(['  • 3 authors']);
  });
});

describe('collapseWhitespace', () => {
  it('trims and collapses', () => {
    expect(collapseWhitespace('  a \t b\n c  ')).toBe('a b c');
  });
});

describe('positionAt', () => {
  it('counts CRLF, CR and LF as one line end each', () => {
    const text = 'ab\r\ncd\ref\ngh';
    expect(positionAt(text, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(positionAt(text, text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });
});

describe('detectUnreadable', () => {
  it('finds empty files, also with only a BOM and blank lines', () => {
    expect(detectUnreadable('')?.rule).toBe('empty-file');
    expect(detectUnreadable('\ufeff \r\n\t\n')?.rule).toBe('empty-file');
  });

  it('finds binary data at the first NUL', () => {
    expect(detectUnreadable('new\n\nab\u0000cd')).toMatchObject({ rule: 'binary-data', line: 3, column: 3 });
  });

  it('finds binary data in many control characters without a NUL', () => {
    const text = `ok\n${'\u0001\u0002\ufffd'.repeat(10)}`;
    expect(detectUnreadable(text)).toMatchObject({ rule: 'binary-data', line: 2, column: 1 });
  });

  it('finds binary data in any one such character alone: C0 controls but whitespace, DEL, U+FFFD', () => {
    const binary = (code: number) => (code >= 1 && code <= 8) || (code >= 14 && code <= 31) || code === 127;
    for (const code of [...Array.from({ length: 127 }, (_, i) => i + 1), 0xfffd]) {
      const text = `ok\nA title\n${String.fromCharCode(code).repeat(9)}`;
      const finding = detectUnreadable(text);
      if (binary(code) || code === 0xfffd)
        expect(finding, `U+${code.toString(16)}`).toMatchObject({ rule: 'binary-data', line: 3, column: 1 });
      else expect(finding, `U+${code.toString(16)}`).toBeNull();
    }
  });

  it('lets a few undecodable characters through (they get a warning instead)', () => {
    const text = `Caf\ufffd Models\n\n${'An abstract. '.repeat(20)}`;
    expect(detectUnreadable(text)).toBeNull();
    expect(detectBadEncoding(text)).toMatchObject({ rule: 'encoding', line: 1, column: 4 });
  });

  it('accepts text that mentions tags inside a line', () => {
    expect(detectUnreadable('A Title\n\nWe escape <script> tags and compare a < b.\n')).toBeNull();
  });
});

describe('decodeDump', () => {
  it('decodes UTF-8, consuming a BOM', () => {
    expect(decodeDump(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xbc]))).toEqual({ text: 'ü' });
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    expect(decodeDump(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xfc, 0x00]))).toEqual({ text: 'Aü' });
    expect(decodeDump(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xfc]))).toEqual({ text: 'Aü' });
  });

  it('decodes UTF-16 without a BOM by its zero bytes, both byte orders, and leaves a NUL in UTF-8 to the binary check', () => {
    const text = 'Daily Papers\n\nDec 10\n\nÜber Tokens\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = le.map((_, i) => le[i ^ 1]!);
    expect(decodeDump(le)).toEqual({ text });
    expect(decodeDump(be)).toEqual({ text });
    const nul = new TextEncoder().encode('Daily Papers\u0000\n\nDec 10\n\nA Paper\n');
    expect(decodeDump(nul)).toEqual({ text: 'Daily Papers\u0000\n\nDec 10\n\nA Paper\n' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, saying where the first one is', () => {
    expect(decodeDump(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]))).toEqual({
      text: 'Café “x”',
      windows1252At: 3,
    });
  });

  it('keeps well-formed UTF-8 characters around a stray byte, reading only that byte as Windows-1252', () => {
    // ü, an em dash, a lone é (0xE9), ü again: the first text offset read as Windows-1252 is 2.
    expect(decodeDump(new Uint8Array([0xc3, 0xbc, 0xe2, 0x80, 0x94, 0xe9, 0xc3, 0xbc]))).toEqual({
      text: 'ü—éü',
      windows1252At: 2,
    });
    // A BOM, then Windows-1252 quotes around a UTF-8 em dash; a cut-off character at the end.
    expect(decodeDump(new Uint8Array([0xef, 0xbb, 0xbf, 0x93, 0xe2, 0x80, 0x94, 0x94, 0xe2, 0x80]))).toEqual({
      text: '“—”â€',
      windows1252At: 0,
    });
  });

  it('keeps a U+FEFF that follows a stray byte: only the first bytes of a file are a byte-order mark', () => {
    expect(decodeDump(new Uint8Array([0x61, 0x62, 0x92, 0xef, 0xbb, 0xbf, 0x63]))).toEqual({
      text: 'ab’\ufeffc',
      windows1252At: 2,
    });
  });

  it('reads an overlong form or an encoded surrogate byte by byte, not as UTF-8', () => {
    // 0xC0 0xAF is an overlong '/', 0xED 0xA0 0x80 a surrogate: neither is a UTF-8 character.
    expect(decodeDump(new Uint8Array([0x61, 0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toEqual({
      text: 'aÀ¯í\u00a0€',
      windows1252At: 1,
    });
  });

  it('leaves a file with NUL bytes to the binary check', () => {
    expect(decodeDump(new Uint8Array([0x41, 0x00, 0xe9]))).toEqual({ text: 'A\u0000\ufffd' });
  });
});

describe('detectLongLines', () => {
  it('finds each line over 10,000 characters by its number, whatever ends the lines before it', () => {
    const long = (n: number) => 'x'.repeat(n);
    // Line 1 ends in CRLF, 2 in CR, 3 (10,001 characters) in LF, 4 (exactly 10,000) in CRLF; line 5 is the last.
    const text = `a\r\nb\r${long(10_001)}\n${long(10_000)}\r\n${long(12_345)}`;
    expect(detectLongLines(text).map((f) => [f.line, f.column, f.rule, f.message.split(';')[0]])).toEqual([
      [3, 10_001, 'line-too-long', 'line is 10,001 characters long'],
      [5, 10_001, 'line-too-long', 'line is 12,345 characters long'],
    ]);
    expect(detectLongLines(`${long(10_000)}\n${long(10_000)}`)).toEqual([]);
  });
});
