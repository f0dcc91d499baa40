// Roles and what each may do. A grant is a role over an org-unit subtree; a permission is checked
// against the unit the data belongs to (see authorize.ts). Keep this table the single source.

export const ROLES = ["admin", "leader", "office", "officer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL_VI: Record<Role, string> = {
  admin: "Quản trị",
  leader: "Lãnh đạo",
  office: "Tổng hợp",
  officer: "Cán bộ đơn vị",
  viewer: "Xem",
};

export const PERMISSIONS = [
  "read", // see the unit's data, tasks, reports
  "orgunit.manage", // create, edit, move, merge units below the grant
  "user.manage",
  "audit.read",
  "indicator.manage", // catalogue and targets
  "data.write", // enter and submit figures for the unit
  "data.approve", // approve and lock figures
  "plan.manage", // plans, tasks assignment, chasing, report regimes
  "task.update", // progress updates on tasks the unit leads
  "report.submit",
  "report.consolidate",
  "exchange.manage", // system clients, federation, webhooks
  "feedback.handle",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ALL,
  leader: ["read", "audit.read", "data.approve", "plan.manage", "report.consolidate", "feedback.handle"],
  office: [
    "read",
    "indicator.manage",
    "data.write",
    "data.approve",
    "plan.manage",
    "task.update",
    "report.submit",
    "report.consolidate",
    "feedback.handle",
  ],
  officer: ["read", "data.write", "task.update", "report.submit", "feedback.handle"],
  viewer: ["read"],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
