/**
 * Dependency rules of docs/architecture.md (layers, no cycles, no process.env, no console),
 * checked on the TypeScript AST of src/ and web/src/. Run by `npm run check`.
 * The core, checkDependencies(), is pure: it takes file paths and texts and returns violations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export type SourceFile = { readonly path: string; readonly text: string };
export type Violation = { file: string; line: number; rule: string; message: string };
type Edges = ReadonlyMap<string, readonly string[]>;

const VOCABULARY = 'src/domain/shared/vocabulary.ts';

/** Files under `from` may import only `allow` (if set), never `deny`, only `packages` (if set). */
type LayerRule = {
  name: string;
  from: string[];
  allow?: string[];
  deny?: string[];
  packages?: string[];
};

/** One row per line of the dependency table; a path ending in '/' is a folder. */
export const LAYER_RULES: readonly LayerRule[] = [
  { name: 'domain-is-pure', from: ['src/domain/'], allow: ['src/domain/'], packages: [] },
  { name: 'app-inward-only', from: ['src/app/'], allow: ['src/app/', 'src/domain/'] },
  {
    name: 'contracts-stand-alone',
    from: ['src/contracts/'],
    allow: ['src/contracts/', VOCABULARY],
    packages: ['zod'],
  },
  { name: 'infra-not-edges', from: ['src/infra/'], deny: ['src/http/', 'src/cli/', 'src/main/'] },
  { name: 'edges-not-infra', from: ['src/http/', 'src/cli/'], deny: ['src/infra/', 'src/main/'] },
  { name: 'web-boundary', from: ['web/src/'], allow: ['web/src/', 'src/contracts/', VOCABULARY] },
];

const isTest = (path: string) => /\.test\.tsx?$/.test(path);
const under = (path: string, prefixes: readonly string[]) =>
  prefixes.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
const packageName = (spec: string) => spec.match(/^(@[^/]+\/)?[^/]+/)?.[0] ?? spec;

type Found = { kind: 'import' | 'env' | 'console'; line: number; spec: string };

/** Every import/export-from/dynamic import, process.env and console.* reference in a file. */
export function scanFile(file: SourceFile): Found[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const add = (kind: Found['kind'], node: ts.Node, spec = '') =>
    found.push({ kind, spec, line: lineOf(node) });
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add('import', node, node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add('import', node, node.arguments[0].text);
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const object = ts.isIdentifier(node.expression) ? node.expression.text : '';
      const member = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text;
      if (object === 'process' && member === 'env') add('env', node);
      if (object === 'console') add('console', node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Resolves a relative specifier to a known file (NodeNext '.js', '.ts', extensionless, index). */
function resolve(from: string, spec: string, known: ReadonlySet<string>): string {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const stem = base.replace(/\.(m?js|jsx|tsx?)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => known.has(c)) ?? base;
}

/** Import cycles among the given edges, one path per strongly connected component (Tarjan). */
export function findCycles(edges: Edges): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) connect(next);
      if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, low.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = stack.splice(stack.indexOf(node));
    const selfLoop = edges.get(node)?.includes(node);
    if (component.length > 1 || selfLoop)
      cycles.push(shortestCycle(node, new Set(component), edges));
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles;
}

/** Breadth-first search from start back to start inside one component. */
function shortestCycle(start: string, component: ReadonlySet<string>, edges: Edges): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (const node of queue) {
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (component.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Whether a rule lets a file import a repo path (local) or a package; tests may use vitest and Node built-ins. */
function allows(r: LayerRule, target: string, local: boolean, test: boolean): boolean {
  if (!local)
    return (
      !r.packages ||
      r.packages.includes(target) ||
      (test && (target === 'vitest' || target.startsWith('node:')))
    );
  return (!r.allow || under(target, r.allow)) && !(r.deny && under(target, r.deny));
}

/** All violations of the dependency rules in the given files (paths relative to the repo root). */
export function checkDependencies(files: readonly SourceFile[]): Violation[] {
  const known = new Set(files.map((f) => f.path));
  const violations: Violation[] = [];
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const v = (line: number, rule: string, message: string) =>
      violations.push({ file: file.path, line, rule, message });
    const test = isTest(file.path);
    const envAllowed = test || under(file.path, ['src/main/', 'src/config.ts']);
    const consoleAllowed = test || !file.path.startsWith('src/') || under(file.path, ['src/main/']);
    const rules = LAYER_RULES.filter((r) => under(file.path, r.from));
    const targets: string[] = [];
    for (const found of scanFile(file)) {
      if (found.kind === 'env' && !envAllowed) {
        v(found.line, 'env-only-in-config', 'process.env outside src/config.ts and src/main/');
      }
      if (found.kind === 'console' && !consoleAllowed) {
        v(found.line, 'no-console-in-src', 'console.* outside src/main/: use the logger');
      }
      if (found.kind !== 'import') continue;
      const local = found.spec.startsWith('.');
      const target = local ? resolve(file.path, found.spec, known) : packageName(found.spec);
      if (local) targets.push(target);
      for (const r of rules.filter((r) => !allows(r, target, local, test))) {
        v(found.line, r.name, local ? `imports ${target}` : `imports package '${target}'`);
      }
    }
    const internal = targets.filter((t) => t.startsWith('src/') && known.has(t));
    if (file.path.startsWith('src/') && !test) edges.set(file.path, [...new Set(internal)]);
  }
  for (const cycle of findCycles(edges)) {
    violations.push({ file: cycle[0]!, line: 1, rule: 'no-cycles', message: cycle.join(' → ') });
  }
  return violations;
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((e) => posix.join(dir, e.split('\\').join('/')))
    .filter((p) => /\.tsx?$/.test(p) && !p.includes('/node_modules/'))
    .sort();
}

function main(): void {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const paths = [...listSources('src'), ...listSources('web/src')];
  const files = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const violations = checkDependencies(files);
  for (const x of violations) console.error(`${x.file}:${x.line}  ${x.rule}  ${x.message}`);
  console.log(`dependency rules: ${files.length} files checked, ${violations.length} violations`);
  if (violations.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
