// Which data actions the signed-in user may take on a unit, to show only the buttons that will
// work. The server decides (src/server/auth/roles.ts); this mirrors its table for the two data
// permissions and checks the grant's subtree by the units' materialised paths.
import type { Grant, Id, Role } from "../lib/types";

const DATA_PERMISSIONS: Record<"data.write" | "data.approve", readonly Role[]> = {
  "data.write": ["admin", "office", "officer"],
  "data.approve": ["admin", "leader", "office"],
};

export type DataPermission = keyof typeof DATA_PERMISSIONS;

export function canOnUnit(
  grants: readonly Grant[],
  pathOfUnit: (id: Id) => string | undefined,
  permission: DataPermission,
  unitPath: string,
): boolean {
  return grants.some((grant) => {
    if (!DATA_PERMISSIONS[permission].includes(grant.role)) return false;
    const grantPath = pathOfUnit(grant.orgUnitId);
    return grantPath !== undefined && unitPath.startsWith(grantPath);
  });
}
