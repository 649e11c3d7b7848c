/**
 * Files that are not text: known binary extensions, and bytes that hold NUL
 * near the start. In a module of their own so that commands reading plain
 * text (`tidings rouge`) do not load the article readers.
 */

/** Extensions of files that are never articles; skipped with a problem. */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  'png jpg jpeg gif webp bmp ico tif tiff svgz pdf zip gz tgz bz2 xz 7z rar tar jar exe dll so dylib bin mp3 mp4 m4a wav ogg webm mov avi mkv woff woff2 ttf otf eot doc docx xls xlsx ppt pptx odt sqlite db class o a pyc'.split(' '),
);

const BINARY_SNIFF_BYTES = 8000;

/** NUL bytes near the start, unless a UTF-16 byte-order mark explains them. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
