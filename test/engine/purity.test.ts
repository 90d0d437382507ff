/**
 * The layering rule of the house style, checked on the syntax tree (comments and strings never trip it):
 * imports flow `ui → flows → engine`, `ui → content`, `server → engine`; no layer imports `ui` (the entry point mounts it), nothing
 * outside `server` imports `server`;
 * the engine is pure TypeScript: no React, XState, Mermaid, DOM, Node built-ins, wall clock or unseeded randomness.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

interface SourceFacts {
  file: string;
  /** Import specifiers, relative ones resolved to a path under the project root (`src/ui/app/App`). */
  imports: string[];
  /** Forbidden calls and globals found, with line numbers. */
  impurities: string[];
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|jsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function facts(path: string, text: string = readFileSync(path, 'utf8')): SourceFacts {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const impurities: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const addImport = (specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const text = specifier.text;
    imports.push(
      text.startsWith('.')
        ? relative(ROOT, resolve(dirname(path), text))
            .split(sep)
            .join('/')
        : text,
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) addImport(node.moduleSpecifier);
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) addImport(node.moduleReference.expression);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      addImport(node.arguments[0]);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) addImport(node.argument.literal as ts.Expression);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const call = `${node.expression.expression.getText(source)}.${node.expression.name.text}`;
      if (['Date.now', 'Math.random', 'performance.now', 'crypto.getRandomValues', 'crypto.randomUUID'].includes(call))
        impurities.push(`${call}( at ${where(node)}`);
    }
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Date' && (node.arguments?.length ?? 0) === 0) {
      impurities.push(`new Date() at ${where(node)}`);
    }
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !declared.has(node.text) && isGlobalReference(node)) {
      impurities.push(`${node.text} at ${where(node)}`);
    }
    ts.forEachChild(node, visit);
  };
  // A local binding that happens to be called `document` is not the DOM.
  const declared = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) || ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      declared.add(node.name.text);
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  visit(source);
  return { file: relative(ROOT, path).split(sep).join('/'), imports, impurities };
}

const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);

/** `window.x`, `localStorage`, `globalThis.document`: yes. `{ document: 1 }`, `x.document`: no. */
function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return ['globalThis', 'self'].includes(parent.expression.getText());
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  return true;
}

const all = sourceFiles(SRC).map((file) => facts(file));
const under = (area: string) => all.filter((f) => f.file.startsWith(`src/${area}/`));
const inArea = (specifier: string, area: string) => specifier === `src/${area}` || specifier.startsWith(`src/${area}/`);

/** `file imports specifier` for every import matching the rule. */
function violations(files: SourceFacts[], forbidden: (specifier: string) => boolean): string[] {
  return files.flatMap((f) => f.imports.filter(forbidden).map((s) => `${f.file} imports ${s}`));
}

/** Run with tsx to regenerate src/engine/protocol/models/*.json from botocore; never part of the engine's import graph. */
const MODEL_GENERATOR = 'src/engine/protocol/models/generate.ts';
const PACKAGE = (name: string) => (s: string) => s === name || s.startsWith(`${name}/`);
const ENGINE_FORBIDDEN_PACKAGES = [
  PACKAGE('react'),
  PACKAGE('react-dom'),
  PACKAGE('xstate'),
  PACKAGE('@xstate'),
  PACKAGE('mermaid'),
  (s: string) => s.startsWith('node:'),
];

describe('layering and engine purity', () => {
  it('finds the engine sources it checks', () => {
    expect(under('engine').length).toBeGreaterThan(10);
    expect(under('engine').some((f) => f.file === 'src/engine/index.ts')).toBe(true);
  });

  it('keeps the engine free of React, XState, Mermaid and Node built-ins', () => {
    const engine = under('engine').filter((f) => f.file !== MODEL_GENERATOR);
    expect(violations(engine, (s) => ENGINE_FORBIDDEN_PACKAGES.some((rule) => rule(s)))).toEqual([]);
  });

  it('lets nothing import the model generator, a dev-only Node script that sits beside the models it writes', () => {
    expect(violations(all, (s) => s === MODEL_GENERATOR.replace(/\.ts$/, '') || s === MODEL_GENERATOR)).toEqual([]);
  });

  it('keeps the engine from importing the layers above it', () => {
    expect(violations(under('engine'), (s) => ['ui', 'flows', 'content', 'server'].some((area) => inArea(s, area)))).toEqual([]);
  });

  it('keeps the wall clock, unseeded randomness and the DOM out of the engine', () => {
    expect(under('engine').flatMap((f) => f.impurities)).toEqual([]);
  });

  it('lets no layer import src/ui (only the entry point src/main.tsx mounts it)', () => {
    const layers = ['engine', 'flows', 'content', 'server'].flatMap((area) => under(area));
    expect(violations(layers, (s) => inArea(s, 'ui'))).toEqual([]);
  });

  it('lets nothing outside src/server import src/server', () => {
    expect(
      violations(
        all.filter((f) => !f.file.startsWith('src/server/')),
        (s) => inArea(s, 'server'),
      ),
    ).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    const found = facts(
      join(SRC, 'engine', 'probe.ts'),
      "import x from '../ui/App';\nexport { y } from 'xstate';\n// Date.now() in a comment is fine\nconst s = 'Math.random()';\nconst t = Date.now(); new Date(); new Date(t); window.alert(1); await import('../server/http'); Math.random();\nconst o = { document: 1 }; o.document; globalThis.localStorage;\nfunction f(document: string) { return document; }",
    );
    expect(found.imports).toEqual(['src/ui/App', 'xstate', 'src/server/http']);
    expect(found.impurities.map((i) => i.split(' at ')[0])).toEqual(['Date.now(', 'new Date()', 'window', 'Math.random(', 'localStorage']);
  });
});
