/**
 * A service or site is named by string only in the registry and in its own folder: everything else reads the descriptor
 * (`cognitoIdp.id`, `yourApi.id`, `.participant`, `.sdk`). Checked on the syntax tree, so comments never trip it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SERVICES, SITES } from '../../src/engine';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each service's folder under src/engine, by id. */
const HOME: Record<string, string> = {
  'cognito-idp': 'src/engine/userPool/',
  sts: 'src/engine/sts/',
  'cognito-identity': 'src/engine/identityPool/',
  s3: 'src/engine/s3/',
  iam: 'src/engine/iam/',
  'cognito-sync': 'src/engine/sync/',
};
/** Each site's folder under src/engine, by id. */
const SITE_HOME: Record<string, string> = {
  'cognito-hosted-ui': 'src/engine/hostedUi/',
  'your-api': 'src/engine/yourApi/',
  'idp-google': 'src/engine/idp/google/',
  'idp-oidc': 'src/engine/idp/oidc/',
  'idp-saml': 'src/engine/idp/saml/',
};
const REGISTRY = 'src/engine/services.ts';
/**
 * Code that names services as AWS's own rules do, by signing name or IAM prefix: SigV4's S3 exceptions (no double
 * encoding, unsigned payloads) and IAM's action and ARN namespaces (`s3:GetObject`, `arn:aws:s3:::bucket`).
 */
const NAMES_BY_RULE = ['src/engine/protocol/sigv4.ts', 'src/engine/protocol/sigv4Verify.ts', 'src/engine/protocol/sigv4Steps.ts', 'src/engine/iam/'];

/**
 * Files where a service id is also another word: `iam` is the Cognito API reference's name for the IAM authorization
 * type (`AuthorizationType` in whoDecides.ts and the inspectors that read it), not the registry's IAM service.
 */
const ALSO_A_WORD: Record<string, string[]> = {
  iam: [
    'src/flows/diagrams/whoDecides.ts',
    'src/flows/diagrams/identityDecides.ts',
    'src/ui/inspectors/requests/WhoStrip.tsx',
    'src/ui/inspectors/requests/snippets.ts',
    'src/ui/inspectors/requests/httpText.ts',
  ],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const parsed = new Map<string, { text: string; line: number }[]>();

/** Every piece of string or template text in a source, with its line (each file parsed once per run). */
export function stringsIn(path: string, text: string): { text: string; line: number }[] {
  const key = `${path}\0${text}`;
  const known = parsed.get(key);
  if (known) return known;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // An import specifier names a module, not a service.
      if (!(ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent))) {
        out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(key, out);
  return out;
}

function offenders(names: string[], sources: { file: string; text: string }[]): string[] {
  // `sts:GetCallerIdentity` and `arn:aws:sts::…` name IAM's action namespace and an ARN's service part, not the registry's service.
  const words = names.map((n) => new RegExp(`(?<![\\w-]|arn:aws:)${n.replace(/[-.]/g, (c) => `\\${c}`)}(?![\\w:-])`));
  return sources.flatMap(({ file, text }) =>
    stringsIn(file, text)
      .filter((s) => words.some((w) => w.test(s.text)))
      .map((s) => `${file}:${s.line} "${s.text}"`),
  );
}

describe('service names', () => {
  it('knows where each registered service lives', () => {
    expect(SERVICES.map((s) => s.id).sort()).toEqual(Object.keys(HOME).sort());
  });

  it('appear as strings only in the registry and in each service’s own folder', () => {
    const sources = files(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
    const problems = SERVICES.flatMap((service) => {
      const names = [service.id, service.targetPrefix].filter((n): n is string => Boolean(n));
      const elsewhere = sources.filter(
        // The policy evaluator speaks IAM's own namespaces (`cognito-identity.amazonaws.com:sub`, the `sts` action prefix), not the registry's.
        (s) =>
          s.file !== REGISTRY &&
          !s.file.startsWith(HOME[service.id]!) &&
          !s.file.startsWith('src/engine/protocol/models/') &&
          !(ALSO_A_WORD[service.id] ?? []).includes(s.file) &&
          !NAMES_BY_RULE.some((allowed) => s.file.startsWith(allowed)),
      );
      return offenders(names, elsewhere);
    });
    expect(problems).toEqual([]);
  });

  it('knows where each registered site lives, and its id appears as a string only there and in the registry', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual(Object.keys(SITE_HOME).sort());
    const sources = files(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
    const problems = SITES.flatMap((site) =>
      offenders(
        [site.id],
        sources.filter((s) => s.file !== REGISTRY && !s.file.startsWith(SITE_HOME[site.id]!)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('catches a hard-coded id in a string or a template, and not in a comment', () => {
    const probe = "// cognito-idp in a comment\nconst a = 'cognito-idp';\nconst b = `https://cognito-idp.${r}.amazonaws.com`;\nconst c = 'not-cognito-idpx';";
    expect(offenders(['cognito-idp'], [{ file: 'probe.ts', text: probe }])).toEqual(['probe.ts:2 "cognito-idp"', 'probe.ts:3 "https://cognito-idp."']);
  });
});
