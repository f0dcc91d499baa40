import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSession } from "../testing/test-app";
import { auditCount, createFixture, type Fixture, formUrl, userWith } from "./reports.fixture";

// A report's life: draft, submit (on time and late), return with a reason, resubmit, accept. Only
// the receiving unit decides; acceptance locks the figures (approved data values); a submission
// after acceptance is refused and changes nothing; every step is audited.
let f: Fixture;
let lg: TestSession; // canbo.xa2, officer of Xã Lạng Giang
let bg: TestSession; // canbo.xa, officer of Phường Bắc Giang
let receiver: TestSession; // office of Sở KH&CN, the receiving unit

beforeAll(async () => {
  f = await createFixture("2026-06-10T02:00:00Z");
  lg = await f.login("canbo.xa2");
  bg = await f.login("canbo.xa");
  receiver = await userWith(f, "tonghop.so", "office", f.units.skhcn);
}, 120_000);
afterAll(async () => f?.t.close());

const narrative = {
  ket_qua: "Tỷ lệ hồ sơ trực tuyến tăng so với quý I.",
  kho_khan: "Thiếu thiết bị quét tại bộ phận một cửa.",
};

async function dataOf(s: TestSession, unitId: number) {
  const res = await s.req({
    method: "GET",
    url: `/api/v1/data-values?orgUnit=${unitId}&periods=202604,202605,202606,202607`,
  });
  return res.json().items as {
    indicator: string;
    period: string;
    value: number;
    numerator: number;
    denominator: number;
    status: string;
  }[];
}

describe("draft, submit, return, accept", () => {
  let lgSubmission: number;
  let bgSubmission: number;

  it("saves a draft with the missing month; the figure is a data value", async () => {
    f.setNow("2026-06-11T03:00:00Z");
    const res = await lg.req({
      method: "PUT",
      url: formUrl(f, "2026Q2", f.units.langGiang),
      payload: {
        figures: [
          { indicator: "R_ONLINE", period: "202606", numerator: 40, denominator: 50 },
          { indicator: "C_MEET", period: "202606", value: 2 },
        ],
        narrative: { ket_qua: narrative.ket_qua },
        version: 0,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().submission).toMatchObject({ status: "draft", submitCount: 0 });
    const june = (await dataOf(lg, f.units.langGiang)).filter((v) => v.period === "202606");
    expect(june.map((v) => [v.indicator, v.status])).toEqual(
      expect.arrayContaining([
        ["R_ONLINE", "draft"],
        ["C_MEET", "draft"],
      ]),
    );
    expect(june.find((v) => v.indicator === "R_ONLINE")).toMatchObject({
      numerator: 40,
      denominator: 50,
      value: 80,
    });
  });

  it("a stale version is refused", async () => {
    const res = await lg.req({
      method: "PUT",
      url: formUrl(f, "2026Q2", f.units.langGiang),
      payload: { narrative, version: 0 },
    });
    expect(res.statusCode).toBe(409);
  });

  it("submits on time: the window's figures move to submitted", async () => {
    f.setNow("2026-06-15T16:30:00Z"); // 23:30 on the due day in Vietnam
    const res = await lg.req({
      method: "POST",
      url: `${formUrl(f, "2026Q2", f.units.langGiang)}/submit`,
      payload: { narrative },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: "submitted",
      timeliness: "onTime",
      editable: false,
      submission: { status: "submitted", submitCount: 1 },
    });
    lgSubmission = res.json().submission.id;
    const statuses = (await dataOf(lg, f.units.langGiang))
      .filter((v) => v.period <= "202606")
      .map((v) => v.status);
    expect(new Set(statuses)).toEqual(new Set(["submitted"]));
    const again = await lg.req({
      method: "PUT",
      url: formUrl(f, "2026Q2", f.units.langGiang),
      payload: { narrative },
    });
    expect(again.json().error.code).toBe("REPORT_AWAITING_REVIEW");
  });

  it("Phường Bắc Giang submits a day late", async () => {
    f.setNow("2026-06-16T02:00:00Z");
    const res = await bg.req({
      method: "POST",
      url: `${formUrl(f, "2026Q2", f.units.bacGiang)}/submit`,
      payload: { narrative },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().timeliness).toBe("late");
    bgSubmission = res.json().submission.id;
  });

  it("only the receiving unit accepts or returns", async () => {
    const sessions = [
      lg,
      bg,
      await f.login("canbo.so"),
      await userWith(f, "tonghop.lg", "office", f.units.langGiang),
      await f.login("xem"),
    ];
    const before = await auditCount(f);
    for (const s of sessions) {
      const res = await s.req({
        method: "POST",
        url: `/api/v1/reports/submissions/${lgSubmission}/accept`,
        payload: {},
      });
      expect([403, 404]).toContain(res.statusCode);
      const ret = await s.req({
        method: "POST",
        url: `/api/v1/reports/submissions/${lgSubmission}/return`,
        payload: { reason: "Thiếu số liệu" },
      });
      expect([403, 404]).toContain(ret.statusCode);
    }
    expect(await auditCount(f)).toBe(before);
  });

  it("returns with a reason (required), and the unit resubmits; lateness stays with the first sending", async () => {
    const empty = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/submissions/${bgSubmission}/return`,
      payload: { reason: "  " },
    });
    expect(empty.json().error).toMatchObject({
      code: "REPORT_RETURN_REASON_REQUIRED",
      message: "Cần ghi rõ lý do trả lại báo cáo.",
    });
    const ret = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/submissions/${bgSubmission}/return`,
      payload: { reason: "Đề nghị bổ sung số liệu tháng 6." },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({
      state: "returned",
      submission: { returnReason: "Đề nghị bổ sung số liệu tháng 6." },
    });
    f.setNow("2026-06-18T02:00:00Z");
    const again = await bg.req({
      method: "POST",
      url: `${formUrl(f, "2026Q2", f.units.bacGiang)}/submit`,
      payload: {
        figures: [
          { indicator: "R_ONLINE", period: "202606", numerator: 75, denominator: 100 },
          { indicator: "C_MEET", period: "202606", value: 1 },
        ],
        narrative,
      },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      state: "submitted",
      timeliness: "late",
      submission: { submitCount: 2 },
    });
    expect(again.json().log.map((l: { action: string }) => l.action)).toEqual(["submit", "return", "submit"]);
  });

  it("acceptance locks the figures: approved, and the data service refuses to change them", async () => {
    const res = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/submissions/${lgSubmission}/accept`,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe("accepted");
    const statuses = (await dataOf(lg, f.units.langGiang))
      .filter((v) => v.period <= "202606")
      .map((v) => v.status);
    expect(statuses).toHaveLength(6);
    expect(new Set(statuses)).toEqual(new Set(["approved"]));
    const write = await lg.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: { rows: [{ indicator: "C_MEET", orgUnit: "X-LANG-GIANG", period: "202606", value: 7 }] },
    });
    expect(write.json().errors[0].code).toBe("DATA_VALUE_LOCKED");
    const accepted = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/submissions/${bgSubmission}/accept`,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
  });

  it("a submission after acceptance is refused and changes nothing", async () => {
    const before = { audit: await auditCount(f), data: await dataOf(lg, f.units.langGiang) };
    for (const [method, suffix] of [
      ["PUT", ""],
      ["POST", "/submit"],
    ] as const) {
      const res = await lg.req({
        method,
        url: `${formUrl(f, "2026Q2", f.units.langGiang)}${suffix}`,
        payload: { narrative: { ...narrative, ket_qua: "Sửa sau khi đã tiếp nhận" } },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("REPORT_ALREADY_ACCEPTED");
      expect(res.json().error.message).toMatch(
        /đã được đơn vị nhận tiếp nhận ngày 15\/06\/2026|đã được đơn vị nhận tiếp nhận ngày 1\d\/06\/2026/,
      );
    }
    const twice = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/submissions/${lgSubmission}/accept`,
      payload: {},
    });
    expect(twice.json().error.code).toBe("REPORT_ALREADY_ACCEPTED");
    expect(await auditCount(f)).toBe(before.audit);
    expect(await dataOf(lg, f.units.langGiang)).toEqual(before.data);
    const form = (await lg.req({ method: "GET", url: formUrl(f, "2026Q2", f.units.langGiang) })).json();
    expect(form.sections[0].text).toBe(narrative.ket_qua);
  });

  it("every step is in the audit log with its actor, and notifications reached the unit", async () => {
    const res = await f.admin.req({
      method: "GET",
      url: "/api/v1/audit?entityType=report_submission&pageSize=50",
    });
    const events = res.json().items as {
      action: string;
      actorName: string;
      entityId: string;
      after: { timeliness?: string };
    }[];
    const ofLg = events
      .filter((e) => e.entityId === String(lgSubmission))
      .map((e) => [e.action, e.actorName]);
    expect(ofLg).toEqual(
      expect.arrayContaining([
        ["report_submission.save", "Hoàng Văn Xã"],
        ["report_submission.submit", "Hoàng Văn Xã"],
        ["report_submission.accept", "Người dùng tonghop.so"],
      ]),
    );
    expect(
      events.find((e) => e.entityId === String(bgSubmission) && e.action === "report_submission.return"),
    ).toBeTruthy();
    const approve = await f.admin.req({
      method: "GET",
      url: "/api/v1/audit?entityType=data_value&action=data_value.approve",
    });
    expect(approve.json().total).toBe(2);
    const verify = await f.admin.req({ method: "GET", url: "/api/v1/audit/verify" });
    expect(verify.json().ok).toBe(true);
    const [n] = await f.t.db.query<{ n: number }>(
      "select count(*)::int as n from notification n join app_user u on u.id = n.user_id where u.username = 'canbo.xa2' and n.kind = 'report_accept'",
    );
    expect(n.n).toBe(1);
  });
});
