// Test fixture: the real app on a fresh database (demo province and users, no demo data), a small
// catalogue and figures entered through the API, and a quarterly regime like the steering
// committee's, so that every expected number in the tests is computed by hand. The reporting
// capability and the job runner share one movable clock.
import { expect } from "vitest";
import { indicatorsCapability } from "../indicators";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { createReportsCapability } from "./index";

export interface Fixture {
  t: TestApp;
  /** Moves the clock of the reporting capability and of the job runner. */
  setNow(iso: string): void;
  office: TestSession;
  admin: TestSession;
  units: Record<"bacGiang" | "langGiang" | "daMai" | "tienPhong" | "skhcn", number>;
  regimeId: number;
  login(username: string): Promise<TestSession>;
}

export const RATIO = {
  code: "R_ONLINE",
  name: "Tỷ lệ hồ sơ trực tuyến",
  unit: "%",
  valueType: "percent",
  aggregation: "ratio",
  periodType: "month",
  numeratorLabel: "Hồ sơ trực tuyến",
  denominatorLabel: "Tổng hồ sơ",
  reporterKinds: ["commune", "ward"],
};
export const COUNT = {
  code: "C_MEET",
  name: "Số cuộc họp chuyển đổi số",
  unit: "cuộc",
  valueType: "integer",
  aggregation: "sum",
  periodType: "month",
  reporterKinds: ["commune", "ward"],
};
export const YEARLY = {
  code: "Y_SYSTEMS",
  name: "Số hệ thống thông tin",
  unit: "hệ thống",
  valueType: "integer",
  aggregation: "sum",
  periodType: "year",
  reporterKinds: ["commune", "ward"],
};

/** Figures of April and May 2026 (June is left for the units to fill). */
export const FIGURES: Record<string, { n: number; d: number; meet: number }[]> = {
  "P-BAC-GIANG": [
    { n: 60, d: 100, meet: 2 },
    { n: 70, d: 100, meet: 1 },
  ],
  "X-LANG-GIANG": [
    { n: 30, d: 50, meet: 1 },
    { n: 36, d: 60, meet: 0 },
  ],
  "P-DA-MAI": [
    { n: 20, d: 40, meet: 3 },
    { n: 25, d: 40, meet: 2 },
  ],
  "P-TIEN-PHONG": [
    { n: 1, d: 2, meet: 9 },
    { n: 1, d: 2, meet: 9 },
  ],
};

export const SECTIONS = [
  { key: "ket_qua", title: "Kết quả thực hiện", required: true },
  { key: "kho_khan", title: "Khó khăn, vướng mắc", required: true, maxLength: 200 },
  { key: "de_xuat", title: "Đề xuất, kiến nghị", required: false },
];

export async function createFixture(startNow = "2026-06-10T02:00:00Z"): Promise<Fixture> {
  let now = new Date(startNow);
  const clock = () => now;
  const t = await createTestApp({
    capabilities: [indicatorsCapability, createReportsCapability({ now: clock })],
    now: clock,
  });
  const office = await t.login("tonghop");
  const admin = await t.login("admin");
  for (const body of [RATIO, COUNT, YEARLY]) {
    const res = await office.req({ method: "POST", url: "/api/v1/indicators", payload: body });
    expect(res.statusCode, res.body).toBe(201);
  }
  const rows = Object.entries(FIGURES).flatMap(([unit, months]) =>
    months.flatMap((f, i) => [
      { indicator: "R_ONLINE", orgUnit: unit, period: `20260${4 + i}`, numerator: f.n, denominator: f.d },
      { indicator: "C_MEET", orgUnit: unit, period: `20260${4 + i}`, value: f.meet },
    ]),
  );
  const bulk = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
  expect(bulk.statusCode, bulk.body).toBe(200);
  const units = {
    bacGiang: await t.unitId("P-BAC-GIANG"),
    langGiang: await t.unitId("X-LANG-GIANG"),
    daMai: await t.unitId("P-DA-MAI"),
    tienPhong: await t.unitId("P-TIEN-PHONG"),
    skhcn: await t.unitId("SKHCN"),
  };
  const res = await office.req({
    method: "POST",
    url: "/api/v1/reports/regimes",
    payload: regimeBody(units),
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    t,
    setNow: (iso) => {
      now = new Date(iso);
    },
    office,
    admin,
    units,
    regimeId: res.json().item.id,
    login: (u) => t.login(u),
  };
}

export function regimeBody(units: Fixture["units"], extra: Record<string, unknown> = {}) {
  return {
    code: "BC_CDS_QUY_TEST",
    name: "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số",
    legalBasis: "Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số năm 2024",
    frequency: "quarter",
    receivingUnitId: units.skhcn,
    unitIds: [units.bacGiang, units.langGiang, units.daMai],
    deadlineText: "Định kỳ (trước ngày 15 của tháng cuối quý), báo cáo kết quả thực hiện Kế hoạch",
    indicatorCodes: ["R_ONLINE", "C_MEET"],
    sections: SECTIONS,
    startPeriod: "2026Q1",
    template: {
      issuerCode: "SKHCN",
      place: "Bắc Ninh",
      recipients: ["Trưởng Ban Chỉ đạo (để b/c)", "Lưu: VT, CĐS"],
      signerAuthority: "KT. GIÁM ĐỐC",
      signerPosition: "PHÓ GIÁM ĐỐC",
      signerName: "Nguyễn Văn Bình",
    },
    ...extra,
  };
}

/** Creates a user with one grant through the admin API and signs them in. */
export async function userWith(
  f: Fixture,
  username: string,
  role: string,
  orgUnitId: number,
): Promise<TestSession> {
  const res = await f.admin.req({
    method: "POST",
    url: "/api/v1/users",
    payload: {
      username,
      fullName: `Người dùng ${username}`,
      password: "Demo@2026x",
      grants: [{ role, orgUnitId }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return f.t.login(username, "Demo@2026x");
}

export const formUrl = (f: Fixture, period: string, unitId: number) =>
  `/api/v1/reports/regimes/${f.regimeId}/periods/${period}/units/${unitId}`;

export async function auditCount(f: Fixture): Promise<number> {
  const [r] = await f.t.db.query<{ n: number }>("select count(*)::int as n from audit_event");
  return r.n;
}
