import { describe, expect, it } from 'vitest';
import { checkDependencies, findCycles, type SourceFile } from './check-deps.ts';

const VOCABULARY = 'src/domain/shared/vocabulary.ts';

/** Builds in-memory files from `path: text` pairs; every imported target exists. */
function files(entries: Record<string, string>): SourceFile[] {
  return Object.entries(entries).map(([path, text]) => ({ path, text }));
}

const TARGETS = {
  'src/domain/routing/decide.ts': 'export const decide = 1;',
  [VOCABULARY]: 'export const LEVELS = [];',
  'src/domain/shared/ids.ts': 'export type Id = string;',
  'src/app/route-lead.ts': 'export const routeLead = 1;',
  'src/contracts/common.ts': "import { z } from 'zod';\nexport const Id = z.string();",
  'src/infra/db/store.ts': 'export const store = 1;',
  'src/http/routes.ts': 'export const routes = 1;',
  'src/main/server.ts': 'console.log(process.env.PORT);\nexport const x = 1;',
  'src/config.ts': 'export const env = process.env;',
};

function violationsOf(path: string, text: string) {
  return checkDependencies(files({ ...TARGETS, [path]: text })).map(
    (v) => `${v.file}:${v.line} ${v.rule}`,
  );
}

describe(checkDependencies.name, () => {
  it('passes a tree that follows every rule', () => {
    const tree = files({
      ...TARGETS,
      'src/app/plan.ts': "import { decide } from '../domain/routing/decide.ts';",
      'src/app/plan.test.ts': "import { it } from 'vitest';\nimport '../domain/routing/decide.ts';",
      'src/contracts/org.ts':
        "import { LEVELS } from '../domain/shared/vocabulary.ts';\nimport { z } from 'zod';",
      'src/infra/db/repo.ts':
        "import type { Id } from '../../domain/shared/ids.ts';\nimport pg from 'pg';",
      'src/http/leads.ts':
        "import { routeLead } from '../app/route-lead.ts';\nimport { Id } from '../contracts/common.ts';",
      'web/src/pages/leads.tsx':
        "import { Id } from '../../../src/contracts/common.ts';\nimport { Button } from 'antd';",
      'src/domain/routing/decide.test.ts':
        "import { it } from 'vitest';\nimport { decide } from './decide.ts';",
    });
    expect(checkDependencies(tree)).toEqual([]);
  });

  it('domain-is-pure: domain imports no other layer', () => {
    expect(
      violationsOf(
        'src/domain/routing/x.ts',
        "\nimport { routeLead } from '../../app/route-lead.ts';",
      ),
    ).toEqual(['src/domain/routing/x.ts:2 domain-is-pure']);
  });

  it('domain-is-pure: domain imports no package, not even node:, but its tests may use vitest', () => {
    expect(violationsOf('src/domain/a.ts', "import { z } from 'zod';\nimport 'node:fs';")).toEqual([
      'src/domain/a.ts:1 domain-is-pure',
      'src/domain/a.ts:2 domain-is-pure',
    ]);
    expect(violationsOf('src/domain/a.test.ts', "import { it } from 'vitest';")).toEqual([]);
  });

  it('app-inward-only: app does not import infra (dynamic import included)', () => {
    expect(violationsOf('src/app/x.ts', "const s = await import('../infra/db/store.ts');")).toEqual(
      ['src/app/x.ts:1 app-inward-only'],
    );
  });

  it('contracts-stand-alone: contracts import only contracts, the vocabulary and zod', () => {
    expect(
      violationsOf(
        'src/contracts/x.ts',
        "export { decide } from '../domain/routing/decide.ts';\nimport 'pg';",
      ),
    ).toEqual([
      'src/contracts/x.ts:1 contracts-stand-alone',
      'src/contracts/x.ts:2 contracts-stand-alone',
    ]);
  });

  it('infra-not-edges: infra does not import http, cli or main', () => {
    expect(
      violationsOf('src/infra/jobs/x.ts', "import { routes } from '../../http/routes.js';"),
    ).toEqual(['src/infra/jobs/x.ts:1 infra-not-edges']);
  });

  it('edges-not-infra: http and cli do not import infra or main', () => {
    expect(violationsOf('src/cli/x.ts', "import { store } from '../infra/db/store';")).toEqual([
      'src/cli/x.ts:1 edges-not-infra',
    ]);
    expect(violationsOf('src/http/x.ts', "import '../main/server.ts';")).toEqual([
      'src/http/x.ts:1 edges-not-infra',
    ]);
  });

  it('web-boundary: web does not import the rest of src', () => {
    expect(
      violationsOf('web/src/a.tsx', "import { decide } from '../../src/domain/routing/decide.ts';"),
    ).toEqual(['web/src/a.tsx:1 web-boundary']);
  });

  it('env-only-in-config: process.env is read only by config.ts and main/ (tests exempt)', () => {
    expect(
      violationsOf('src/infra/x.ts', "const a = process.env.A;\nconst b = process['env'];"),
    ).toEqual(['src/infra/x.ts:1 env-only-in-config', 'src/infra/x.ts:2 env-only-in-config']);
    expect(violationsOf('web/src/x.ts', 'const a = process.env.A;')).toEqual([
      'web/src/x.ts:1 env-only-in-config',
    ]);
    expect(violationsOf('src/infra/x.test.ts', 'const a = process.env.A;')).toEqual([]);
    expect(
      violationsOf('src/infra/y.ts', '// reads no process.env\nconst s = "process.env";'),
    ).toEqual([]);
  });

  it('no-console-in-src: console.* only in src/main (tests exempt)', () => {
    expect(violationsOf('src/app/x.ts', "\n\nconsole.warn('x');")).toEqual([
      'src/app/x.ts:3 no-console-in-src',
    ]);
    expect(violationsOf('src/app/x.test.ts', "console.warn('x');")).toEqual([]);
  });

  it('no-cycles: reports an import cycle within src as a path', () => {
    const tree = files({
      'src/app/a.ts': "import './b.ts';",
      'src/app/b.ts': "import './c.ts';",
      'src/app/c.ts': "import type { A } from './a.ts';",
    });
    expect(checkDependencies(tree)).toEqual([
      {
        file: 'src/app/a.ts',
        line: 1,
        rule: 'no-cycles',
        message: 'src/app/a.ts → src/app/b.ts → src/app/c.ts → src/app/a.ts',
      },
    ]);
  });
});

describe(findCycles.name, () => {
  it('finds one shortest cycle per component and ignores acyclic parts', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['c']],
      ['e', ['a']],
      ['f', ['f']],
    ]);
    expect(findCycles(edges)).toEqual([
      ['c', 'd', 'c'],
      ['a', 'b', 'a'],
      ['f', 'f'],
    ]);
  });
});
