// Markdown to safe HTML for the live preview (SPEC.md, Task 3): marked, then sanitize-html with
// the allow-list of the SPEC, as in p12.

/** TODO (Task 3): the tags the preview may contain (the SPEC's table). */
export const ALLOWED_TAGS: string[] = [];

/** TODO (Task 3): the attributes each tag may keep (the SPEC's table). */
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {};

/** TODO (Task 3): render, then sanitise; a body nested too deeply is a 400, never a 500. */
export function renderPreview(markdown: string): string {
  void markdown;
  throw new Error('Not implemented: renderPreview (Task 3)');
}
