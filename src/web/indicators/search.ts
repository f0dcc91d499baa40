// Catalogue search as officials type it: without accents, any case, words in any order in the
// code and name, each word matching the start of a word ("ho so" finds "hồ sơ" but not "nhỏ");
// the definition counts when it holds the typed words as one phrase. Rows with the phrase in
// their name come first, then in their definition, then the rest.
import { foldVietnamese } from "../lib/fold";
import type { Indicator } from "./api";

function words(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function phraseIn(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, k) => haystack[i + k].startsWith(w))) return true;
  }
  return false;
}

/** Matching indicators, best first; an empty query keeps every indicator in its order. */
export function searchIndicators(items: readonly Indicator[], query: string): Indicator[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...items];
  const scored: { item: Indicator; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const name = words(`${item.code.replace(/_/g, " ")} ${item.code} ${item.name}`);
    const definition = words(item.definition ?? "");
    const inName = wanted.every((w) => name.some((word) => word.startsWith(w)));
    const inDefinition = phraseIn(definition, wanted);
    if (!inName && !inDefinition) return;
    const score = phraseIn(name, wanted) ? 0 : inDefinition ? 1 : 2;
    scored.push({ item, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.item);
}
