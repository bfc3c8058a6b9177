/** Problems of a JSON input file (a scenario, a plan), each at its JSON path. */
import type { z } from 'zod';

export type FileProblem = { path: string; message: string };

/** `events[3].lead.id` from zod's path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** The parsed document, or every shape problem with its JSON path (`required`, `unknown field`). */
export function parseFile<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; problems: FileProblem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: jsonPath([...issue.path, key]),
        message: 'unknown field',
      }));
    }
    const required = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    return [{ path: jsonPath(issue.path), message: required ? 'required' : issue.message }];
  });
  return { ok: false, problems };
}
