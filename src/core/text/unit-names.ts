/**
 * Names of government units as plans write them, and a comparison key that sees through the
 * usual variations: abbreviations (UBND, VP HĐND-UBND, Sở TT&TT), "Ủy"/"Uỷ", "và"/"&"/"-",
 * position titles put in front of the unit ("Trưởng phòng Y tế" is the Phòng Y tế).
 */
import { foldVietnamese, modernToneMarks, tidyText } from "./fold";

// Multi-letter abbreviations joined by "&", "-" or nothing. Matched on folded text, longest
// first, before punctuation is dropped (so "tt&tt" is not read as two "tt").
const COMPOUND_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bvh\s*[,-]?\s*tt\s*[&-]?\s*dl\b|\bvhttdl\b/g, " van hoa the thao du lich "],
  [/\bld\s*-?\s*tb\s*[&-]?\s*xh\b|\bldtbxh\b/g, " lao dong thuong binh xa hoi "],
  [/\bnn\s*[&-]?\s*ptnt\b/g, " nong nghiep phat trien nong thon "],
  [/\btt\s*[&-]\s*tt\b|\btttt\b|\btt&tt\b/g, " thong tin truyen thong "],
  [/\bkh\s*[&-]\s*dt\b|\bkhdt\b/g, " ke hoach dau tu "],
  [/\bkh\s*[&-]\s*cn\b|\bkhcn\b/g, " khoa hoc cong nghe "],
  [/\btn\s*[&-]\s*mt\b|\btnmt\b/g, " tai nguyen moi truong "],
  [/\bgd\s*[&-]\s*dt\b|\bgddt\b/g, " giao duc dao tao "],
  [/\bvh\s*[&-]\s*tt\b|\bvhtt\b/g, " van hoa thong tin "],
  [/\btc\s*[&-]\s*kh\b|\btckh\b/g, " tai chinh ke hoach "],
  [/\bgt\s*[&-]\s*vt\b|\bgtvt\b/g, " giao thong van tai "],
  [/\bbch\s*qs\b|\bbchqs\b/g, " ban chi huy quan su "],
  [/\bhdnd\s*[&-]\s*ubnd\b/g, " hoi dong nhan dan uy ban nhan dan "],
];

// Single-word abbreviations, expanded after punctuation is gone.
const WORD_ABBREVIATIONS: Record<string, string> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  vp: "van phong",
  bch: "ban chi huy",
  qs: "quan su",
  bcd: "ban chi dao",
  bcdcds: "ban chi dao chuyen doi so",
  cds: "chuyen doi so",
  tp: "thanh pho",
  tx: "thi xa",
  mttq: "mat tran to quoc",
  bhxh: "bao hiem xa hoi",
  kbnn: "kho bac nha nuoc",
  cntt: "cong nghe thong tin",
  qldt: "quan ly do thi",
  tw: "trung uong",
  ldtbxh: "lao dong thuong binh xa hoi",
};

// A person's title in front of the unit they head; the unit is what a plan assigns.
// Folded, longest first; the replacement keeps the unit word that the title contains.
const POSITION_TITLES: ReadonlyArray<[RegExp, string]> = [
  [/^(pho )?chanh van phong /, "van phong "],
  [/^(pho )?chanh thanh tra /, "thanh tra "],
  [/^(pho )?truong phong /, "phong "],
  [/^(pho )?truong ban /, "ban "],
  [/^(pho )?truong (?=cong an )/, ""],
  [/^(pho )?(giam doc|chu tich|thu truong|bi thu|chi cuc truong|cuc truong|chi huy truong) /, ""],
  [/^(pho )?(hieu truong|vien truong|chanh an) /, ""],
];

// Words that only say where the unit is ("tỉnh", "thành phố"): dropped by the loose key so that
// "Văn phòng UBND Tỉnh" still finds "Văn phòng Ủy ban nhân dân" when the list has no scope word.
const SCOPE_WORDS = new Set(["tinh", "huyen", "thi xa"]);

function expandFolded(folded: string): string {
  let text = ` ${folded} `;
  for (const [pattern, replacement] of COMPOUND_ABBREVIATIONS) text = text.replace(pattern, replacement);
  text = text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const words = text.split(" ").filter((w) => w.length > 0);
  const out: string[] = [];
  words.forEach((word, index) => {
    // "CA" is only Công an at the start of a name ("CA tỉnh"); elsewhere it is a word.
    if (word === "ca" && index === 0) out.push("cong an");
    else out.push(WORD_ABBREVIATIONS[word] ?? word);
  });
  return out.join(" ");
}

/**
 * The comparison key of a unit name: folded, abbreviations expanded, position titles and
 * the linking word "và" removed. Two spellings of one unit give the same key:
 * "VP HĐND-UBND TP", "Văn phòng HĐND và UBND thành phố" and "Chánh Văn phòng Hội đồng nhân dân
 * và Ủy ban nhân dân thành phố" all give "van phong hoi dong nhan dan uy ban nhan dan thanh pho".
 */
export function normalizeUnitName(name: string): string {
  let key = expandFolded(foldVietnamese(name));
  for (const [pattern, replacement] of POSITION_TITLES) key = key.replace(pattern, replacement);
  return key
    .split(" ")
    .filter((w) => w !== "va" && w.length > 0)
    .join(" ");
}

/** normalizeUnitName without the words that only give the unit's level (tỉnh, huyện). */
export function looseUnitKey(name: string): string {
  const words = normalizeUnitName(name).split(" ");
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (SCOPE_WORDS.has(words[i])) continue;
    if (words[i] === "thi" && words[i + 1] === "xa") {
      i++;
      continue;
    }
    if (words[i] === "thanh" && words[i + 1] === "pho" && i === words.length - 2) {
      i++;
      continue;
    }
    kept.push(words[i]);
  }
  return kept.join(" ");
}

/**
 * A unit name tidied for display, wording kept: spaces collapsed, modern tone placement
 * ("Uỷ" -> "Ủy"), bullets, markdown asterisks and trailing punctuation removed.
 */
export function tidyUnitName(name: string): string {
  return modernToneMarks(tidyText(name))
    .replace(/[*_]+/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s\-+•–;,.:]+/, "")
    .replace(/[\s;,.:]+$/, "")
    .trim();
}

const DISPLAY_POSITION_TITLE =
  /^(?:Phó\s+)?(?:Chánh(?=\s+(?:Văn phòng|Thanh tra))|Trưởng(?=\s+(?:phòng|ban|Công an)\b)|Giám đốc|Chủ tịch|Thủ trưởng|Bí thư|Chi cục trưởng|Cục trưởng|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng)\s+/iu;

/**
 * The unit behind a position title, wording kept: "Trưởng phòng Y tế" -> "Phòng Y tế",
 * "Chánh Văn phòng HĐND-UBND TP" -> "Văn phòng HĐND-UBND TP", "Thủ trưởng các cơ quan" ->
 * "Các cơ quan". Names without a title come back tidied and unchanged.
 */
export function unitFromPositionTitle(name: string): string {
  const tidy = tidyUnitName(name);
  const stripped = tidy.replace(DISPLAY_POSITION_TITLE, "");
  if (stripped === tidy || stripped.length === 0) return tidy;
  return stripped[0].toUpperCase() + stripped.slice(1);
}

/**
 * True for names that stand for many units ("Các sở, ban, ngành", "UBND các xã, phường",
 * "Thủ trưởng các cơ quan, đơn vị"): the server fans such a task out to each unit.
 */
export function isCollectiveUnitName(name: string): boolean {
  const folded = foldVietnamese(name);
  return (
    /^(cac|nhung|toan the|moi) /.test(folded) ||
    /^((pho )?(chu tich|thu truong|giam doc|truong phong) )?(ubnd |uy ban nhan dan )?cac /.test(folded) ||
    /\b(so|phong), ban, nganh\b/.test(folded)
  );
}
