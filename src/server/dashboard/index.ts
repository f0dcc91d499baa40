import type { Capability } from "../app";
import { loadUnitIndex } from "../data/unit-map";
import { dashboardRoutes } from "./dashboard.routes";
import { seedDemoBoundaries } from "./geo/boundaries.repo";
import { geoRoutes } from "./geo/geo.routes";
import { liveRoutes } from "./live";
import { viewRoutes } from "./views";

export { type DashboardData, type DashboardOptions, dashboardData } from "./overview";

/** The leader dashboard (IOC view): overview, drill-down, rankings, map, forecasts, panels, brief, live updates. */
export const dashboardCapability: Capability = {
  name: "dashboard",
  routes(api, deps) {
    dashboardRoutes(api, deps);
    geoRoutes(api, deps);
    liveRoutes(api, deps);
    viewRoutes(api, deps);
  },
  // Demo boundaries for the map: a generated tessellation of the demo province (geo/demo-boundaries.ts).
  async seed(tx) {
    const idx = await loadUnitIndex(tx);
    await seedDemoBoundaries(tx, [...idx.byId.values()]);
  },
};
