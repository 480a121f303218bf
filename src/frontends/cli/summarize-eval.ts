import type { RecordResult } from './score-record.js';

export interface EvalGroup {
  source: string;
  /** A language, or "all" for the source's total. */
  language: string;
  vulnerable: number;
  flagged: number;
  safe: number;
  falsePositives: number;
  fixed: number;
  pairs: number;
  silentOnFixed: number;
  pairAccurate: number;
}

interface PairSide { vulnerable?: RecordResult; safe?: RecordResult }

/** Pairs by `pair_id` (both sides in the run), plus vulnerable records whose fixed code was reviewed on its own. */
function pairsOf(results: readonly RecordResult[]): { source: string; language: string; flagged: boolean; silent: boolean }[] {
  const byId = new Map<string, PairSide>();
  for (const r of results) {
    if (!r.pairId) continue;
    const side = byId.get(r.pairId) ?? {};
    side[r.label] = r;
    byId.set(r.pairId, side);
  }
  const pairs = [...byId.values()].flatMap(({ vulnerable, safe }) => (vulnerable && safe ? [{ source: vulnerable.source, language: vulnerable.language, flagged: vulnerable.flagged, silent: !safe.flagged }] : []));
  const alone = results.filter((r) => r.silentOnFixedCode !== null).map((r) => ({ source: r.source, language: r.language, flagged: r.flagged, silent: r.silentOnFixedCode! }));
  return [...pairs, ...alone];
}

function group(source: string, language: string, results: readonly RecordResult[], pairs: ReturnType<typeof pairsOf>): EvalGroup {
  const vulnerable = results.filter((r) => r.label === 'vulnerable');
  const safe = results.filter((r) => r.label === 'safe');
  return {
    source, language, vulnerable: vulnerable.length, flagged: vulnerable.filter((r) => r.flagged).length,
    safe: safe.length, falsePositives: safe.filter((r) => r.flagged).length, fixed: vulnerable.filter((r) => r.fixed).length,
    pairs: pairs.length, silentOnFixed: pairs.filter((p) => p.silent).length, pairAccurate: pairs.filter((p) => p.flagged && p.silent).length,
  };
}

/** Figures per source and language, and per source overall ("all"), never pooled across sources. */
export function summarizeEval(results: readonly RecordResult[]): EvalGroup[] {
  const pairs = pairsOf(results);
  const groups: EvalGroup[] = [];
  for (const source of [...new Set(results.map((r) => r.source))].sort()) {
    const ofSource = results.filter((r) => r.source === source);
    const languages = [...new Set(ofSource.map((r) => r.language))].sort();
    for (const language of languages) {
      groups.push(group(source, language, ofSource.filter((r) => r.language === language), pairs.filter((p) => p.source === source && p.language === language)));
    }
    if (languages.length > 1) groups.push(group(source, 'all', ofSource, pairs.filter((p) => p.source === source)));
  }
  return groups;
}
