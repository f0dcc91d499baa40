/**
 * The fields that make up an indicator's definition (everything but its code and bookkeeping).
 * Shared by the server (federation sends definitions down and compares them) and the web (version
 * history shows what changed), so both always agree on what "the definition changed" means.
 */
export const INDICATOR_DEFINITION_FIELDS = [
  "name",
  "unit",
  "valueType",
  "aggregation",
  "periodType",
  "formula",
  "direction",
  "decimals",
  "scale",
  "minValue",
  "maxValue",
  "numeratorLabel",
  "denominatorLabel",
  "reporterKinds",
  "disaggregation",
  "dueDays",
  "ownerUnitId",
  "monitorUnitId",
  "source",
  "definition",
  "isPublic",
  "active",
  "groups",
] as const;
