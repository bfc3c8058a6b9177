/**
 * `Content-Disposition: attachment` for a download whose name may be Chinese: a plain ASCII
 * `filename` for old clients and the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded),
 * which browsers prefer.
 */

/** RFC 5987 `value-chars`: encodeURIComponent leaves `'()*` as they are; they must be encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The name without what an ASCII quoted string cannot hold, tidied; never empty. */
export function asciiFallback(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 ? filename.slice(dot) : '';
  const base = (dot > 0 ? filename.slice(0, dot) : filename)
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/["\\%;]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/(\s*-\s*)+/g, '-')
    .replace(/^[\s-]+|[\s-]+$/g, '');
  return `${base === '' ? 'download' : base}${ext.replace(/[^\x20-\x7e]|["\\%;]/g, '')}`;
}

export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}
