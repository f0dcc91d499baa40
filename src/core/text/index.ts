export { foldAligned, foldedWords, foldVietnamese, isUpperCaseText, modernToneMarks, tidyText } from "./fold";
export type { MatchUnitOptions, UnitCandidate, UnitMatch } from "./unit-match";
export { matchUnitName, rankUnitNames, unitNameSimilarity } from "./unit-match";
export {
  isCollectiveUnitName,
  looseUnitKey,
  normalizeUnitName,
  tidyUnitName,
  unitFromPositionTitle,
} from "./unit-names";
export { cutAtVerb, firstVerbIndex, isUnitPhrase, splitUnitList } from "./unit-phrases";
