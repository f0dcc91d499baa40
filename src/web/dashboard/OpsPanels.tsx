// Operations panels: overdue tasks by unit, report timeliness and, when the feedback module
// exists, the citizen-feedback SLA. Each appears only when the server has the data (a panel the
// deployment lacks comes back as null).
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { localeForLanguage } from "../lib/format";
import type { Panels } from "./api";
import { formatFigure } from "./dash-format";

function Stat({ label, value, tone }: { label: string; value: string; tone?: "bad" | "warn" | "ok" }) {
  return (
    <div className={`dh-stat ${tone ? `dh-stat-${tone}` : ""}`}>
      <div className="dh-stat-value">{value}</div>
      <div className="dh-stat-label">{label}</div>
    </div>
  );
}

function Bars({
  rows,
  max,
}: {
  rows: { key: number; name: string; parts: { value: number; cls: string; label: string }[] }[];
  max: number;
}) {
  return (
    <ul className="dh-hbars">
      {rows.map((r) => (
        <li key={r.key}>
          <span className="dh-hbar-name">{r.name}</span>
          <span
            className="dh-hbar-track"
            aria-label={r.parts.map((p) => `${p.label}: ${p.value}`).join(", ")}
            role="img"
          >
            {r.parts.map((p) =>
              p.value > 0 ? (
                <span
                  key={p.cls}
                  className={`dh-hbar ${p.cls}`}
                  style={{ width: `${(100 * p.value) / Math.max(1, max)}%` }}
                />
              ) : null,
            )}
          </span>
          <span className="dh-hbar-num">{r.parts[0].value}</span>
        </li>
      ))}
    </ul>
  );
}

export function TasksPanel({ tasks, limit = 8 }: { tasks: NonNullable<Panels["tasks"]>; limit?: number }) {
  const { t } = useTranslation();
  const rows = tasks.byUnit.filter((u) => u.overdue > 0).slice(0, limit);
  const max = Math.max(1, ...rows.map((r) => r.overdue + r.dueSoon));
  return (
    <div data-testid="panel-tasks">
      <div className="dh-stats">
        <Stat
          label={t("dash.overdue")}
          value={String(tasks.totals.overdue)}
          tone={tasks.totals.overdue ? "bad" : "ok"}
        />
        <Stat
          label={t("dash.dueSoon")}
          value={String(tasks.totals.dueSoon)}
          tone={tasks.totals.dueSoon ? "warn" : undefined}
        />
        <Stat label={t("dash.open")} value={String(tasks.totals.open)} />
      </div>
      {rows.length === 0 ? (
        <p className="dh-empty">{t("dash.noOverdue")}</p>
      ) : (
        <Bars
          max={max}
          rows={rows.map((u) => ({
            key: u.id,
            name: u.name,
            parts: [
              { value: u.overdue, cls: "dh-hbar-bad", label: t("dash.overdue") },
              { value: u.dueSoon, cls: "dh-hbar-warn", label: t("dash.dueSoon") },
            ],
          }))}
        />
      )}
    </div>
  );
}

export function ReportsPanel({
  reports,
  limit = 6,
}: {
  reports: NonNullable<Panels["reports"]>;
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  if (reports.totals.expected === 0) return <p className="dh-empty">{t("dash.noReports")}</p>;
  const rows = reports.byUnit.filter((u) => u.late + u.missing > 0).slice(0, limit);
  const max = Math.max(1, ...reports.byUnit.map((r) => r.expected));
  return (
    <div data-testid="panel-reports">
      <div className="dh-stats">
        <Stat
          label={t("dash.onTimeRate")}
          value={`${formatFigure(reports.totals.onTimeRate, 1, locale)}%`}
          tone={(reports.totals.onTimeRate ?? 0) >= 90 ? "ok" : "warn"}
        />
        <Stat
          label={t("dash.late")}
          value={String(reports.totals.late)}
          tone={reports.totals.late ? "warn" : undefined}
        />
        <Stat
          label={t("dash.missing")}
          value={String(reports.totals.missing)}
          tone={reports.totals.missing ? "bad" : undefined}
        />
      </div>
      <Bars
        max={max}
        rows={rows.map((u) => ({
          key: u.id,
          name: u.name,
          parts: [
            { value: u.missing, cls: "dh-hbar-bad", label: t("dash.missing") },
            { value: u.late, cls: "dh-hbar-warn", label: t("dash.late") },
            { value: u.onTime, cls: "dh-hbar-ok", label: t("dash.onTime") },
          ],
        }))}
      />
    </div>
  );
}

export function FeedbackPanel({ feedback }: { feedback: NonNullable<Panels["feedback"]> }) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  return (
    <div data-testid="panel-feedback">
      <div className="dh-stats">
        <Stat
          label={t("dash.onTimeRate")}
          value={`${formatFigure(feedback.totals.onTimeRate, 1, locale)}%`}
          tone={(feedback.totals.onTimeRate ?? 0) >= 90 ? "ok" : "warn"}
        />
        <Stat
          label={t("dash.feedbackOverdue")}
          value={String(feedback.totals.overdueOpen)}
          tone={feedback.totals.overdueOpen ? "bad" : undefined}
        />
      </div>
      <Text size="xs" c="dimmed">
        {feedback.byUnit
          .filter((u) => u.overdueOpen > 0)
          .slice(0, 5)
          .map((u) => `${u.name}: ${u.overdueOpen}`)
          .join(" · ")}
      </Text>
    </div>
  );
}
