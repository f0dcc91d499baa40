// Accent-insensitive matching for Vietnamese: "Phường Bến Nghé" must be found by "ben nghe",
// "BEN NGHE" and "bến nghé" alike. The folding itself is shared with the server (src/core/text),
// so the web app and the API's ?q= search agree on what matches.
import { foldVietnamese } from "../../core/text/fold";

export { foldVietnamese };

/** True when every word of the query occurs in the text, ignoring accents, case and order. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(text);
  return words.every((word) => haystack.includes(word));
}
