/** Hidden markers on bot comments (contract: DESIGN.md, Markers). */
export const findingMarker = (id: string) => `<!-- indict:finding=${id} -->`;
export const summaryMarker = (headSha: string) => `<!-- indict:summary head=${headSha} -->`;
/** Findings the summary lists (not inline), so a re-run does not promote them to new inline comments. */
export const listedMarker = (ids: readonly string[]) => `<!-- indict:listed=${ids.join(',')} -->`;

const findingPattern = /<!-- indict:finding=([A-Za-z0-9_-]+) -->\s*$/;
const summaryPattern = /<!-- indict:summary head=([0-9a-f]{7,64}) -->\s*$/;
const listedPattern = /<!-- indict:listed=([A-Za-z0-9_,-]*) -->/;

/** The finding id at the end of a bot comment, or null. */
export function readFindingId(body: string): string | null {
  return findingPattern.exec(body)?.[1] ?? null;
}

/** The reviewed head sha at the end of the summary comment, or null when `body` is not the summary. */
export function readSummaryHead(body: string): string | null {
  return summaryPattern.exec(body)?.[1] ?? null;
}

export function readListedIds(body: string): string[] {
  return (listedPattern.exec(body)?.[1] ?? '').split(',').filter(Boolean);
}
