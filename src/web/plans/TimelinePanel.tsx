// Gantt-like timeline in plain SVG: one bar per task from its start to its due day, coloured by
// status, a tick where it was completed, a red line for today. Each bar links to its task and
// carries its name for screen readers; the table views remain the accessible primary form.
import { Group, Paper, Select, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDate, todayIso } from "../lib/format";
import { type Task, usePlans, useTasks } from "./api";
import { STATUS_COLOR } from "./i18n";
import { timelineLayout } from "./timeline-model";

const LABEL_W = 300;
const CHART_W = 820;
const ROW_H = 26;
const AXIS_H = 28;
const FILL: Record<string, string> = {
  gray: "#adb5bd",
  blue: "#228be6",
  green: "#2f9e44",
  orange: "#f08c00",
  red: "#e03131",
  yellow: "#fab005",
};

export function TimelinePanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { unitId } = useScope();
  const plans = usePlans({ page: 1 });
  const [planId, setPlanId] = useState<string | null>(null);
  const chosen =
    planId ??
    (plans.data?.items.find((p) => p.taskCount > 0)?.id
      ? String(plans.data?.items.find((p) => p.taskCount > 0)?.id)
      : null);
  const tasks = useTasks(
    { view: "all", planId: chosen ? Number(chosen) : null, level: "top", sort: "plan", pageSize: 500 },
    chosen !== null,
  );
  const today = todayIso();
  const layout = useMemo(() => timelineLayout(tasks.data?.items ?? [], today, CHART_W), [tasks.data, today]);
  const height = AXIS_H + layout.rows.length * ROW_H + 8;

  return (
    <>
      <Group mb="sm" align="flex-end">
        <Select
          label={t("plans.col.plan")}
          data={(plans.data?.items ?? []).map((p) => ({
            value: String(p.id),
            label: `${p.number ?? p.docType} · ${p.title.slice(0, 90)}`,
          }))}
          value={chosen}
          onChange={setPlanId}
          w={560}
          searchable
        />
        <Text size="xs" c="dimmed" mb={8}>
          {t("plans.timeline.legend")}
        </Text>
      </Group>
      <ErrorAlert error={tasks.error} focus={false} />
      <Paper withBorder p="sm" style={{ overflowX: "auto" }}>
        <svg
          width={LABEL_W + CHART_W + 10}
          height={height}
          role="img"
          aria-label={t("plans.tabs.timeline")}
          className="dh-timeline"
        >
          <g transform={`translate(${LABEL_W},0)`}>
            {layout.ticks.map((tick) => (
              <g key={`${tick.x}-${tick.label}`}>
                <line
                  x1={tick.x}
                  x2={tick.x}
                  y1={AXIS_H - 6}
                  y2={height}
                  stroke={tick.year ? "#868e96" : "#e9ecef"}
                />
                <text
                  x={tick.x + 3}
                  y={AXIS_H - 10}
                  fontSize={11}
                  fill="#495057"
                  fontWeight={tick.year ? 700 : 400}
                >
                  {tick.label}
                </text>
              </g>
            ))}
          </g>
          {layout.rows.map((row, i) => {
            const y = AXIS_H + i * ROW_H;
            const task = row.task as Task;
            const label = `${task.code ? `${task.code} ` : ""}${task.title}`;
            const href = withScope(`/plans/tasks/${task.id}`, unitId);
            return (
              <a
                key={task.id}
                href={href}
                aria-label={`${label}: ${t(`plans.status.${task.status}`)}, ${t("plans.col.due")} ${formatDate(task.effectiveDue)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(href);
                }}
              >
                <title>{`${label} — ${t(`plans.status.${task.status}`)}, ${task.effectiveProgress}%`}</title>
                <text x={4} y={y + 17} fontSize={12} fill="#1c2230">
                  {label.length > 46 ? `${label.slice(0, 45)}…` : label}
                </text>
                <rect
                  x={LABEL_W + row.x}
                  y={y + 5}
                  width={row.width}
                  height={ROW_H - 10}
                  rx={3}
                  fill={FILL[STATUS_COLOR[task.status]]}
                  opacity={0.35}
                />
                <rect
                  x={LABEL_W + row.x}
                  y={y + 5}
                  width={(row.width * task.effectiveProgress) / 100}
                  height={ROW_H - 10}
                  rx={3}
                  fill={FILL[STATUS_COLOR[task.status]]}
                />
                {row.doneX !== null && (
                  <path
                    d={`M${LABEL_W + row.doneX - 4} ${y + 13} l3 4 l6 -8`}
                    stroke="#1c2230"
                    strokeWidth={2}
                    fill="none"
                  />
                )}
              </a>
            );
          })}
          {layout.todayX !== null && (
            <g>
              <line
                x1={LABEL_W + layout.todayX}
                x2={LABEL_W + layout.todayX}
                y1={AXIS_H - 4}
                y2={height}
                stroke="#c92a2a"
                strokeWidth={2}
              />
              <text
                textAnchor="end"
                x={LABEL_W + layout.todayX - 4}
                y={height - 4}
                fontSize={11}
                fill="#c92a2a"
              >
                {t("plans.timeline.today")}
              </text>
            </g>
          )}
        </svg>
      </Paper>
      {layout.undated > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("plans.timeline.noDates")} ({layout.undated})
        </Text>
      )}
    </>
  );
}
