import type { Role } from "../auth/roles";

export const DEMO_PASSWORD = "Demo@2026";
/** Fixed so that the demo admin can be added to an authenticator app from the README. */
export const DEMO_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unit: string;
  totp?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { username: "admin", fullName: "Quản trị hệ thống", role: "admin", unit: "BN", totp: true },
  { username: "lanhdao", fullName: "Nguyễn Văn Chủ tịch", role: "leader", unit: "BN" },
  { username: "tonghop", fullName: "Trần Thị Tổng hợp", role: "office", unit: "BN" },
  { username: "canbo.so", fullName: "Lê Văn Sở KHCN", role: "officer", unit: "SKHCN" },
  { username: "canbo.xa", fullName: "Phạm Thị Phường", role: "officer", unit: "P-BAC-GIANG" },
  { username: "canbo.xa2", fullName: "Hoàng Văn Xã", role: "officer", unit: "X-LANG-GIANG" },
  { username: "xem", fullName: "Đỗ Văn Xem", role: "viewer", unit: "BN" },
];
