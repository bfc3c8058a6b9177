/** What the file-in, JSON-out commands (`simulate`, `plan`) share. */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError, validationError } from '../app/errors.ts';
import { LOCALES, type Locale } from '../domain/shared/vocabulary.ts';
import type { CliContext } from './context.ts';

/** `--locale`, checked. */
export function localeOption(value: string): Locale {
  if (!(LOCALES as readonly string[]).includes(value)) {
    throw validationError([{ path: 'locale', message: `must be ${LOCALES.join(' or ')}` }]);
  }
  return value as Locale;
}

/** The file's JSON; a file that cannot be read or is not JSON is invalid input. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new AppError('validation.failed', `cannot read ${file}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('validation.failed', `${file} is not JSON: ${(error as Error).message}`);
  }
}

/** The result as indented JSON, to `--out` when given, else to standard output. */
export async function writeJsonResult(
  ctx: CliContext,
  result: unknown,
  out: string | undefined,
): Promise<void> {
  const output = `${JSON.stringify(result, null, 2)}\n`;
  if (out) await writeFile(out, output);
  else ctx.out(output.trimEnd());
}
