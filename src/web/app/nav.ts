// The registry of capability pages. To add a capability, build its page in src/web/<capability>/
// (default export: a component) and give its entry a `load`. Entries without `load` show the
// "under construction" placeholder. The label is the i18n key `nav.<id>` (vi.json and en.json).
// A capability may own sub-routes: its route is mounted at `<path>/*`, so the page can render
// its own <Routes>.
import type { ComponentType } from "react";
import type { Role } from "../lib/types";

export interface NavEntry {
  /** Stable id; the label comes from the i18n key nav.<id>. */
  id: string;
  /** Where the page is mounted ("/" is the dashboard). */
  path: string;
  /** Navigation group: everyday work, or administration. */
  section: "work" | "admin";
  /** Roles (held on any unit) that see and may open the page; absent means every signed-in user. */
  roles?: readonly Role[];
  /** The page, loaded on first visit; absent means "under construction". */
  load?: () => Promise<{ default: ComponentType }>;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { id: "dashboard", path: "/", section: "work", load: () => import("../dashboard/DashboardPage") },
  {
    id: "indicators",
    path: "/indicators",
    section: "work",
    load: () => import("../indicators/IndicatorsPage"),
  },
  { id: "data", path: "/data", section: "work", load: () => import("../data/DataPage") },
  { id: "plans", path: "/plans", section: "work", load: () => import("../plans/PlansPage") },
  { id: "reports", path: "/reports", section: "work", load: () => import("../reports/ReportsPage") },
  { id: "exchange", path: "/exchange", section: "work", roles: ["admin"], load: () => import("../exchange/ExchangePage") },
  { id: "feedback", path: "/feedback", section: "work" },
  { id: "orgunits", path: "/org-units", section: "admin", load: () => import("../orgunits/OrgUnitsPage") },
  {
    id: "users",
    path: "/users",
    section: "admin",
    roles: ["admin"],
    load: () => import("../users/UsersPage"),
  },
  {
    id: "audit",
    path: "/audit",
    section: "admin",
    roles: ["admin", "leader"],
    load: () => import("../audit/AuditPage"),
  },
];

export function visibleEntries(entries: readonly NavEntry[], userRoles: ReadonlySet<Role>): NavEntry[] {
  return entries.filter((entry) => !entry.roles || entry.roles.some((role) => userRoles.has(role)));
}
