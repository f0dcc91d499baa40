/**
 * Accent-insensitive forms of Vietnamese text.
 *
 * Officials type the same name with and without diacritics, with old-style tone placement
 * ("Uỷ" / "Ủy", "hoá" / "hóa") and with stray double spaces; search and matching must see
 * them as one. Pure string code: runs in the browser and on the server.
 */

// Combining marks left over after NFD decomposition (tones, circumflex, breve, horn).
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Characters that take space but carry nothing: zero-width joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Removes diacritics (đ -> d), lowercases and collapses every run of whitespace to one space.
 * "Ủy ban  nhân dân Tỉnh" -> "uy ban nhan dan tinh".
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Tidies text without changing its meaning: NFC form, no invisible characters, non-breaking
 * spaces as spaces, runs of spaces collapsed (tabs and newlines are kept, they carry structure).
 */
export function tidyText(input: string): string {
  return input
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\u00a0/g, " ")
    .replace(/[ \f\v]+/g, " ");
}

// Old-style tone placement on "oa", "oe", "uy" ("hoá", "Uỷ") next to the modern one ("hóa", "Ủy").
// Both are correct Vietnamese; we show the modern form so that lists look consistent.
const OLD_TONE_PLACEMENT: ReadonlyArray<[RegExp, string]> = [
  [/([oO])([àáảãạ])/g, "$1a"],
  [/([oO])([èéẻẽẹ])/g, "$1e"],
  // Not after "q": in "quý", "quỹ" the "qu" is one consonant and the tone belongs on "y".
  [/(?<![qQ])([uU])([ỳýỷỹỵ])/g, "$1y"],
];
const TONE_OF: Record<string, string> = {
  à: "\u0300",
  á: "\u0301",
  ả: "\u0309",
  ã: "\u0303",
  ạ: "\u0323",
  è: "\u0300",
  é: "\u0301",
  ẻ: "\u0309",
  ẽ: "\u0303",
  ẹ: "\u0323",
  ỳ: "\u0300",
  ý: "\u0301",
  ỷ: "\u0309",
  ỹ: "\u0303",
  ỵ: "\u0323",
};

/**
 * Moves the tone of "oà/oá/..", "oè/oé/.." and "uỳ/uý/.." onto the first vowel, the placement
 * used by current official documents: "Uỷ ban" -> "Ủy ban", "hoá" -> "hóa". Only at word end
 * (followed by a non-letter), because inside a word such as "hoàn" the placement is fixed.
 */
export function modernToneMarks(input: string): string {
  let out = input.normalize("NFC");
  for (const [pattern] of OLD_TONE_PLACEMENT) {
    out = out.replace(new RegExp(`${pattern.source}(?![\\p{L}])`, "gu"), (whole: string) => {
      const first = whole[whole.length - 2];
      const toned = whole[whole.length - 1];
      const tone = TONE_OF[toned] ?? "";
      const base = toned.normalize("NFD").replace(COMBINING_MARKS, "");
      return `${(first + tone).normalize("NFC")}${base}`;
    });
  }
  return out;
}

/** True when the text has at least one letter and every letter is uppercase. */
export function isUpperCaseText(input: string): boolean {
  const letters = input.match(/\p{L}/gu);
  if (!letters) return false;
  return letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

/** Words of the folded text, punctuation dropped ("&" and "-" count as separators). */
export function foldedWords(input: string): string[] {
  return foldVietnamese(input)
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/**
 * Folds character by character so that every index in the result points at the same character
 * of the input: regular expressions can run on the folded text and cut the original.
 * The input should be NFC (as tidyText leaves it); spaces are not collapsed.
 */
export function foldAligned(input: string): string {
  let out = "";
  for (const ch of input) {
    let folded = ch.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
    if (ch === "đ" || ch === "Đ") folded = "d";
    // Keep the length: a character that does not fold to exactly one unit stays as it is.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
