/**
 * Bytes to a string. A byte-order mark wins; then a charset the document
 * declares (HTML `<meta charset>`, `http-equiv` Content-Type, XML
 * `encoding=`); then UTF-8 when the bytes are valid UTF-8; else
 * Windows-1252, the usual encoding of older Western text and a superset of
 * Latin-1's printable characters.
 */
import iconv from 'iconv-lite';
import { expected } from '../errors.js';

export interface Decoded {
  text: string;
  /** The encoding used, lower-case: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`… */
  encoding: string;
  /** Why that encoding: `bom`, `declared`, `valid-utf-8` or `fallback`. */
  basis: 'bom' | 'declared' | 'valid-utf-8' | 'fallback';
}

/** How many leading bytes are searched for a charset declaration. */
const DECLARATION_WINDOW = 4096;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) expected('bytes as a Uint8Array or Buffer', bytes);
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, basis: 'bom' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), encoding: declared, basis: 'declared' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', basis: declared === 'utf-8' ? 'declared' : 'valid-utf-8' };
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'),
    encoding: 'windows-1252',
    basis: 'fallback',
  };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset declared in the first bytes of an HTML or XML document, lower-case, with aliases resolved. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (!match) return undefined;
  const name = match[1].toLowerCase();
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean Windows-1252.
  if (['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'cp1252', 'iso8859-1'].includes(name)) return 'windows-1252';
  return name;
}
