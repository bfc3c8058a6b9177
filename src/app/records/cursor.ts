/** Opaque list cursors: the sort value and id of the last row of a page. */

import { validationError } from '../errors.ts';
import type { CursorPosition } from '../ports.ts';

export function encodeCursor(position: CursorPosition): string {
  const value = position.value instanceof Date ? position.value.toISOString() : position.value;
  return Buffer.from(JSON.stringify([value ?? null, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the validation error
  }
  throw validationError([
    { path: 'cursor', message: 'not a cursor returned by this list', code: 'invalid_cursor' },
  ]);
}
