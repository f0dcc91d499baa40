/** Lunar calendar, Vietnamese public holidays, working days and report deadline rules. Pure, no I/O. */
export * from "./deadline-resolve";
export * from "./deadline-rule";
export * from "./holiday-calendar";
export * from "./lunar-calendar";
export * from "./tet-schedules";
export * from "./vietnam-holidays";
