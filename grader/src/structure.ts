// The structural part of the self-check: metadata, spec sections, starter/solution parity, ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { idNumber, scanProjects, type Project } from './catalog.js';
import { curriculumIsCurrent } from './curriculum.js';
import { loadVariants } from './variants.js';
import { PHASES, REQUIRED_SPEC_SECTIONS } from './project-schema.js';

export interface Finding {
  name: string;
  problems: string[];
}

/** Exported names of a TypeScript module, found by parsing (not running) it. */
export function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
      continue;
    }
    if (ts.isExportDeclaration(statement)) {
      names.push(`* from ${(statement.moduleSpecifier as ts.StringLiteral | undefined)?.text ?? '?'}`);
      continue;
    }
    if (ts.isExportAssignment(statement)) {
      names.push('default');
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) names.push('default');
    else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
      names.push((statement.name as ts.Identifier).text);
    }
  }
  return names.sort();
}

/** Every .ts/.tsx file under `dir` (not .d.ts, not node_modules), relative to it, sorted. */
export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((rel) => !rel.split(path.sep).includes('node_modules'))
    .sort();
}

function checkSpec(project: Project): string[] {
  const file = path.join(project.dir, 'SPEC.md');
  if (!existsSync(file)) return ['SPEC.md is missing'];
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const title = text.split('\n')[0] ?? '';
  if (!title.startsWith(`# ${project.id} `)) problems.push(`SPEC.md should start with "# ${project.id} <title>"`);
  const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  let last = -1;
  for (const required of REQUIRED_SPEC_SECTIONS) {
    const at = sections.indexOf(required);
    if (at === -1) problems.push(`SPEC.md has no "## ${required}" section`);
    else if (at < last) problems.push(`SPEC.md: "## ${required}" is out of order`);
    else last = at;
  }
  const headings = [...text.matchAll(/^### Task (\d+): (.+)$/gm)].map((m) => ({ id: Number(m[1]), title: m[2]!.trim() }));
  for (const task of project.tasks) {
    const heading = headings.find((h) => h.id === task.id);
    if (!heading) problems.push(`SPEC.md has no "### Task ${task.id}: ${task.title}" heading`);
    else if (heading.title !== task.title) problems.push(`SPEC.md Task ${task.id} is "${heading.title}" but project.json says "${task.title}"`);
  }
  if (headings.length !== project.tasks.length) problems.push(`SPEC.md has ${headings.length} task headings, project.json ${project.tasks.length} tasks`);
  return problems;
}

function checkParity(project: Project): string[] {
  const starter = path.join(project.dir, 'starter');
  const solution = path.join(project.dir, 'solution');
  const problems: string[] = [];
  const a = sourceFiles(starter);
  const b = sourceFiles(solution);
  if (!project.capstone) for (const rel of b.filter((f) => !a.includes(f))) problems.push(`solution/${rel} has no counterpart in starter/`);
  for (const rel of a.filter((f) => !b.includes(f))) problems.push(`starter/${rel} has no counterpart in solution/`);
  for (const rel of a.filter((f) => b.includes(f))) {
    const x = exportedNames(path.join(starter, rel)).join(', ');
    const y = exportedNames(path.join(solution, rel)).join(', ');
    if (x !== y) problems.push(`${rel} exports differ: starter [${x}] vs solution [${y}]`);
  }
  for (const [kind, entry] of Object.entries(project.entry)) {
    if (entry && kind !== 'web' && !existsSync(path.join(solution, entry))) problems.push(`entry ${kind} ${entry} is missing in solution/`);
  }
  return problems;
}

function checkProject(project: Project, all: Project[]): string[] {
  const problems: string[] = [];
  const phase = PHASES.find((p) => p.phase === project.phase)!;
  const n = idNumber(project.id);
  if (n < phase.range[0] || n > phase.range[1]) problems.push(`${project.id} is outside phase ${phase.phase} (p${phase.range[0]}-p${phase.range[1]})`);
  if (path.basename(path.dirname(project.dir)) !== phase.folder) problems.push(`belongs in ${phase.folder}/`);
  if (project.name !== `${project.id}-${project.slug}`) problems.push(`folder should be named ${project.id}-${project.slug}`);
  const ids = project.tasks.map((t) => t.id);
  if (ids.some((id, i) => id !== i + 1)) problems.push('tasks should be numbered 1, 2, 3... in order');
  for (const pre of project.prerequisites) {
    if (idNumber(pre) >= n) problems.push(`prerequisite ${pre} does not come before ${project.id}`);
    else if (!all.some((p) => p.id === pre)) problems.push(`prerequisite ${pre} does not exist`);
  }
  const tests = path.join(project.dir, 'tests');
  if (!sourceFiles(tests).some((f) => /\.test\.tsx?$/.test(f))) problems.push('tests/ has no *.test.ts file');
  return [...problems, ...checkSpec(project), ...checkParity(project), ...checkVariants(project)];
}

/** The fewest variants a project has (design.md, "Variants"): the suite's proof of fairness and strength. */
export const MIN_VARIANTS = { pass: 1, fail: 3 } as const;

function checkVariants(project: Project): string[] {
  const variants = loadVariants(project);
  const problems = variants.filter((v) => v.problem).map((v) => `variants/${v.name}/${v.problem}`);
  for (const v of variants) {
    const kind = !v.spec ? undefined : v.spec.throughTask !== undefined ? 'stage' : v.spec.expect === 'pass' ? 'alt' : 'bug';
    if (kind && !v.name.startsWith(`${kind}-`)) problems.push(`variants/${v.name} should be named ${kind}-... (alt- passes, bug- is caught, stage- passes its tasks)`);
  }
  const passing = variants.filter((v) => v.spec?.expect === 'pass' && v.spec.throughTask === undefined).length;
  const failing = variants.filter((v) => v.spec?.expect === 'fail').length;
  if (passing < MIN_VARIANTS.pass || failing < MIN_VARIANTS.fail) {
    problems.push(`variants/ has ${passing} alternative correct and ${failing} wrong implementations; every project needs at least ${MIN_VARIANTS.pass} and ${MIN_VARIANTS.fail} (docs/authoring.md, "variants/")`);
  }
  return problems;
}

export function checkStructure(root: string): Finding[] {
  const { projects, problems } = scanProjects(root);
  const findings: Finding[] = [{ name: 'every project.json is valid', problems }];
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const p of projects) {
    if (seen.has(p.id)) duplicates.push(`${p.id} is used by ${seen.get(p.id)} and ${p.name}`);
    seen.set(p.id, p.name);
  }
  findings.push({ name: 'project ids are unique', problems: duplicates });
  for (const project of projects) findings.push({ name: `${project.id} structure`, problems: checkProject(project, projects) });
  findings.push({ name: 'CURRICULUM.md is current', problems: curriculumIsCurrent(root) ? [] : ['CURRICULUM.md is stale: run `npm run curriculum` and commit it'] });
  return findings;
}
