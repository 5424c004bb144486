import { z } from 'zod';

export const PHASES = [
  { phase: 0, folder: 'phase-0-basics', title: 'TypeScript and Node basics', range: [1, 10] },
  { phase: 1, folder: 'phase-1-web', title: 'Web and API basics', range: [11, 20] },
  { phase: 2, folder: 'phase-2-databases', title: 'Databases and CRUD', range: [21, 40] },
  { phase: 3, folder: 'phase-3-react', title: 'Backend plus React', range: [41, 70] },
  { phase: 4, folder: 'phase-4-saas', title: 'Advanced mini SaaS and services', range: [71, 100] },
] as const;

export const projectIdPattern = /^p\d{2,3}$/;

/** project.json: the metadata of one project. */
export const projectSchema = z
  .object({
    id: z.string().regex(projectIdPattern, 'ids are p + two digits (p07) or p100'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs are kebab-case'),
    title: z.string().min(3),
    summary: z.string().min(10),
    phase: z.number().int().min(0).max(4),
    difficulty: z.number().int().min(1).max(5),
    concepts: z.array(z.string().min(1)).min(1),
    prerequisites: z.array(z.string().regex(projectIdPattern)),
    /** How `dev` runs the learner's app and how the suite reaches it. */
    kind: z.enum(['cli', 'api', 'fullstack']),
    entry: z
      .object({
        cli: z.string().optional(),
        server: z.string().optional(),
        web: z.string().optional(),
      })
      .refine((entry) => entry.cli ?? entry.server, 'entry needs cli or server'),
    /** The spec's numbered tasks; the suite has one `describe('Task N: ...')` per task. */
    tasks: z
      .array(z.object({ id: z.number().int().min(1), title: z.string().min(3), hint: z.string().min(10) }))
      .min(1),
    /**
     * The suite checks local time in other zones (testkit withTimeZone): it then runs in a
     * forked process, where a change of TZ takes effect, instead of a worker thread.
     */
    localTime: z.boolean().optional(),
    /**
     * A phase capstone (design.md "Layout"): the starter hands over only what the Interface needs
     * (entry, given database client and error helpers) and the learner designs the rest, so the
     * solution may have files the starter lacks. Files both have still export the same names.
     */
    capstone: z.boolean().optional(),
    /** Progressive hints for `npm run hint`, from a nudge to nearly the answer. */
    hints: z.array(z.string().min(10)).min(3),
  })
  .strict();

export type ProjectMeta = z.infer<typeof projectSchema>;

/** Sections every SPEC.md has, as `## ` headings, in this order. */
export const REQUIRED_SPEC_SECTIONS = ['Story', 'Objectives', 'Tasks', 'Interface', 'Acceptance', 'Hints', 'Out of scope'] as const;
