/**
 * Fuzzy matching of a unit name as a plan writes it against the organisation's unit list.
 *
 * Scoring, from strongest to weakest evidence:
 *  1. the written name equals a candidate's code or short name (folded): 1;
 *  2. equal comparison keys (abbreviations expanded, titles removed, see normalizeUnitName): 1;
 *  3. equal keys once level words ("tỉnh", "huyện") are dropped: 0.95;
 *  4. otherwise a mix of word overlap and letter-pair overlap, raised when one name's words all
 *     occur in the other and both open with the same kind of unit ("Sở Tài chính" inside
 *     "Sở Tài chính tỉnh Bắc Giang"), lowered when they open with different kinds
 *     ("Văn phòng UBND tỉnh" is not "UBND tỉnh").
 */
import { foldVietnamese } from "./fold";
import { looseUnitKey, normalizeUnitName } from "./unit-names";

export interface UnitCandidate {
  id: string | number;
  code: string;
  name: string;
  shortName?: string | null;
}

export interface UnitMatch<T extends UnitCandidate> {
  candidate: T;
  /** 0..1; 1 means the same unit written another way. */
  score: number;
  /** True when another candidate scored within 0.04: a person should confirm. */
  ambiguous: boolean;
}

export interface MatchUnitOptions {
  /** Below this score there is no match. Default 0.6. */
  minScore?: number;
}

// Words that open a unit name and say what kind of unit it is.
const KIND_WORDS = [
  "van phong",
  "uy ban nhan dan",
  "hoi dong nhan dan",
  "so",
  "phong",
  "ban",
  "cong an",
  "trung tam",
  "chi cuc",
  "cuc",
  "bo",
  "thanh doan",
  "tinh doan",
  "ngan hang",
  "kho bac",
  "bao hiem",
  "truong",
  "benh vien",
  "doan",
  "hoi",
  "thanh tra",
  "dai",
  "vien",
];

function unitKind(key: string): string {
  for (const kind of KIND_WORDS) if (key === kind || key.startsWith(`${kind} `)) return kind;
  return key.split(" ")[0] ?? "";
}

function wordDice(a: string[], b: string[]): { dice: number; containment: number } {
  if (a.length === 0 || b.length === 0) return { dice: 0, containment: 0 };
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      common++;
      counts.set(w, left - 1);
    }
  }
  return { dice: (2 * common) / (a.length + b.length), containment: common / Math.min(a.length, b.length) };
}

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  const compact = text.replace(/ /g, "");
  for (let i = 0; i < compact.length - 1; i++) {
    const pair = compact.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

function pairDice(a: string, b: string): number {
  const pa = letterPairs(a);
  const pb = letterPairs(b);
  let total = 0;
  let common = 0;
  for (const n of pa.values()) total += n;
  for (const n of pb.values()) total += n;
  for (const [pair, n] of pa) common += Math.min(n, pb.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

function levelWords(key: string): Set<string> {
  const found = new Set<string>();
  const padded = ` ${key} `;
  for (const level of ["tinh", "thanh pho", "huyen", "thi xa"])
    if (padded.includes(` ${level} `)) found.add(level);
  return found;
}

// "UBND tỉnh" and "UBND thành phố" are two units even though their words nearly agree.
function levelsConflict(a: string, b: string): boolean {
  const la = levelWords(a);
  const lb = levelWords(b);
  if (la.size === 0 || lb.size === 0) return false;
  for (const level of la) if (lb.has(level)) return false;
  return true;
}

/** Similarity of two unit names, 0..1, by the rules described at the top of this file. */
export function unitNameSimilarity(written: string, candidateName: string): number {
  const a = normalizeUnitName(written);
  const b = normalizeUnitName(candidateName);
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  const conflict = levelsConflict(a, b);
  const la = looseUnitKey(written);
  const lb = looseUnitKey(candidateName);
  if (la === lb && la.length > 0) return conflict ? 0.55 : 0.95;
  const { dice, containment } = wordDice(la.split(" "), lb.split(" "));
  const mixed = 0.6 * dice + 0.4 * pairDice(la, lb);
  let score = mixed;
  if (unitKind(a) !== unitKind(b)) score = mixed * 0.7;
  else if (containment === 1) score = Math.max(mixed, 0.8 + 0.15 * dice);
  return conflict ? score * 0.6 : score;
}

function scoreCandidate(written: string, candidate: UnitCandidate): number {
  const folded = foldVietnamese(written);
  if (folded === foldVietnamese(candidate.code)) return 1;
  if (candidate.shortName && folded === foldVietnamese(candidate.shortName)) return 1;
  let best = unitNameSimilarity(written, candidate.name);
  if (candidate.shortName) best = Math.max(best, unitNameSimilarity(written, candidate.shortName));
  return best;
}

/** Every candidate with its score, best first. */
export function rankUnitNames<T extends UnitCandidate>(
  name: string,
  candidates: readonly T[],
): Array<{ candidate: T; score: number }> {
  return candidates
    .map((candidate) => ({ candidate, score: Math.round(scoreCandidate(name, candidate) * 1000) / 1000 }))
    .sort((x, y) => y.score - x.score);
}

/**
 * The candidate that best matches a unit name written in a plan, or null when none reaches
 * minScore. `ambiguous` flags a near tie.
 */
export function matchUnitName<T extends UnitCandidate>(
  name: string,
  candidates: readonly T[],
  options: MatchUnitOptions = {},
): UnitMatch<T> | null {
  const minScore = options.minScore ?? 0.6;
  const ranked = rankUnitNames(name, candidates);
  const best = ranked[0];
  if (!best || best.score < minScore) return null;
  const runnerUp = ranked[1];
  return {
    candidate: best.candidate,
    score: best.score,
    ambiguous: runnerUp !== undefined && best.score - runnerUp.score < 0.04,
  };
}
