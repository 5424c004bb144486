import { cpSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Project } from './catalog.js';

export function workspaceCopy(workspaceDir: string, project: Project): string {
  return path.join(workspaceDir, project.name);
}

/** Creates the learner's copy from the starter the first time; returns whether it was created. */
export function ensureWorkspace(workspaceDir: string, project: Project): { dir: string; created: boolean } {
  const dir = workspaceCopy(workspaceDir, project);
  if (existsSync(dir)) return { dir, created: false };
  mkdirSync(workspaceDir, { recursive: true });
  cpSync(path.join(project.dir, 'starter'), dir, { recursive: true });
  return { dir, created: true };
}

/** Moves the learner's copy aside with a timestamp (never deletes it), then restores the starter. */
export function resetWorkspace(workspaceDir: string, project: Project, now: Date): { dir: string; movedTo: string | null } {
  const dir = workspaceCopy(workspaceDir, project);
  let movedTo: string | null = null;
  if (existsSync(dir)) {
    movedTo = `${dir}.backup-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, movedTo);
  }
  ensureWorkspace(workspaceDir, project);
  return { dir, movedTo };
}
