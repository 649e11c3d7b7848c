/**
 * Files that are not text: known binary extensions, and bytes that hold NUL
 * near the start. In a module of their own so that commands reading plain
 * text (`tidings rouge`) do not load the article readers.
 */

/** Extensions of files that are never articles; skipped with a problem. */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  'png jpg jpeg gif webp bmp ico tif tiff svgz pdf zip gz tgz bz2 xz 7z rar tar jar exe dll so dylib bin mp3 mp4 m4a wav ogg webm mov avi mkv woff woff2 ttf otf eot doc docx xls xlsx ppt pptx odt sqlite db class o a pyc'.split(' '),
);

/** Extensions of tables: text, but rows of fields, which read as an article would be one article of commas and quotes. */
const TABLE_EXTENSIONS: ReadonlySet<string> = new Set(['csv', 'tsv']);

const BINARY_SNIFF_BYTES = 8000;

/**
 * "a .jpg file is not text" when a file's name ends in a binary kind's
 * extension (in any case); "a .csv file is a table, not an article: …" for a
 * table; else undefined.
 */
export function binaryExtension(name: string): string | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (TABLE_EXTENSIONS.has(extension)) return `a .${extension} file is a table, not an article: write its rows as JSON Lines (a JSON object a line, with a "text" field) to read them`;
  return BINARY_EXTENSIONS.has(extension) ? `a .${extension} file is not text` : undefined;
}

/** NUL bytes near the start, unless a UTF-16 byte-order mark explains them. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
