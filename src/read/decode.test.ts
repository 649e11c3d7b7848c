import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from './decode.js';

/** "Caf\u00e9 \u201Copen\u201D \u2013 it\u2019s 5\u20ac" in Windows-1252: é = E9, quotes 93/94, en dash 96, apostrophe 92, euro 80. */
const CP1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x70, 0x65, 0x6e, 0x94, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73, 0x20, 0x35, 0x80]);

describe('decodeBytes', () => {
  it('reads valid UTF-8', () => {
    expect(decodeBytes(Buffer.from('Caf\u00e9 \u201Copen\u201D', 'utf8'))).toEqual({ text: 'Caf\u00e9 \u201Copen\u201D', encoding: 'utf-8', basis: 'valid-utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\n\nBody.', 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Headline\n\nBody.', encoding: 'utf-8', basis: 'bom' });
  });

  it('reads UTF-16 in both byte orders by their byte-order marks', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('S\u00e9ance', 'utf16le')]);
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeBytes(little)).toMatchObject({ text: 'S\u00e9ance', encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toMatchObject({ text: 'S\u00e9ance', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBytes(CP1252)).toEqual({ text: 'Caf\u00e9 \u201Copen\u201D \u2013 it\u2019s 5\u20ac', encoding: 'windows-1252', basis: 'fallback' });
  });

  it('honours an HTML meta charset, reading Latin-1 labels as Windows-1252 as browsers do', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="ISO-8859-1"></head><body>'), Buffer.from([0x93, 0xe9, 0x94]), Buffer.from('</body></html>')]);
    expect(decodeBytes(page)).toMatchObject({ encoding: 'windows-1252', basis: 'declared' });
    expect(decodeBytes(page).text).toContain('\u201C\u00e9\u201D');
  });

  it('honours http-equiv and XML declarations of other encodings', () => {
    const koi8 = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), iconv.encode('\u041C\u043E\u0441\u043A\u0432\u0430', 'koi8-r')]);
    expect(decodeBytes(koi8)).toMatchObject({ encoding: 'koi8-r', basis: 'declared' });
    expect(decodeBytes(koi8).text).toContain('\u041C\u043E\u0441\u043A\u0432\u0430');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss/>'))).toBe('windows-1252');
  });

  it('falls back when a page declares UTF-8 but is not', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), Buffer.from([0xe9, 0x20, 0x93])]);
    expect(decodeBytes(page)).toMatchObject({ encoding: 'windows-1252', basis: 'fallback' });
  });

  it('throws a misuse error for a string', () => {
    expect(() => decodeBytes('text' as never)).toThrow(/^tidings: expected bytes/);
  });
});
