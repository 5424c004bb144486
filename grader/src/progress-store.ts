import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const entrySchema = z.object({
  passed: z.boolean(),
  passedAt: z.string().nullable(),
  lastGradedAt: z.string().nullable(),
  attempts: z.number().int().min(0),
  bestScore: z.object({ passed: z.number().int(), total: z.number().int() }).nullable(),
  hintsShown: z.number().int().min(0),
});

export const progressSchema = z.object({
  version: z.literal(1),
  projects: z.record(z.string(), entrySchema),
});

export type ProgressEntry = z.infer<typeof entrySchema>;
export type Progress = z.infer<typeof progressSchema>;

export const PROGRESS_FILE = 'progress.json';

export function emptyEntry(): ProgressEntry {
  return { passed: false, passedAt: null, lastGradedAt: null, attempts: 0, bestScore: null, hintsShown: 0 };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when the file was unreadable and was moved aside: tell the learner. */
  warning?: string;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Reads workspace/progress.json; a corrupted file is kept as a backup and progress starts afresh. */
export function loadProgress(workspaceDir: string, now: Date = new Date()): LoadedProgress {
  const file = path.join(workspaceDir, PROGRESS_FILE);
  if (!existsSync(file)) return { progress: { version: 1, projects: {} } };
  const text = readFileSync(file, 'utf8');
  let reason: string;
  try {
    const parsed = progressSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { progress: parsed.data };
    reason = parsed.error.issues[0]?.message ?? 'unexpected content';
  } catch (error) {
    reason = (error as Error).message;
  }
  const backup = `${file}.corrupt-${stamp(now)}`;
  renameSync(file, backup);
  return {
    progress: { version: 1, projects: {} },
    warning: `Your progress file could not be read (${reason}). It was kept as ${path.basename(backup)} and a new one started; passing a project again marks it done.`,
  };
}

/** Writes to a temporary file, then renames: a crash mid-write never leaves half a file. */
export function saveProgress(workspaceDir: string, progress: Progress): void {
  mkdirSync(workspaceDir, { recursive: true });
  const file = path.join(workspaceDir, PROGRESS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(progress, null, 2)}\n`);
  renameSync(temp, file);
}

export function updateEntry(workspaceDir: string, id: string, change: (entry: ProgressEntry) => ProgressEntry, now?: Date): LoadedProgress {
  const loaded = loadProgress(workspaceDir, now);
  loaded.progress.projects[id] = change(loaded.progress.projects[id] ?? emptyEntry());
  saveProgress(workspaceDir, loaded.progress);
  return loaded;
}
