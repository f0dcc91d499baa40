/** Period codes, navigation, hierarchy, labels and NĐ 09/2019 cut-off windows. Pure, no I/O. */
export * from "./cutoff-window";
export * from "./iso-date";
export * from "./period-codes";
export * from "./period-error";
export * from "./period-hierarchy";
export * from "./period-labels";
export * from "./period-navigation";
