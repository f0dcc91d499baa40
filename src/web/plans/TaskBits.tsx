// Small pieces every task view shares: the status badge, the progress bar, the due day with
// days left or late, the deadline as the document wrote it.
import { Badge, Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import type { Task, TaskStatus } from "./api";
import { STATUS_COLOR } from "./i18n";

export function StatusBadge({ status, size = "sm" }: { status: TaskStatus; size?: "xs" | "sm" | "md" }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === "overdue" ? "filled" : "light"}
      size={size}
      tt="none"
      // Vietnamese labels are long ("Quá hạn chưa hoàn thành"): wrap rather than cut them off.
      styles={{
        root: { height: "auto", maxWidth: "100%" },
        label: { whiteSpace: "normal", overflow: "visible", lineHeight: 1.3 },
      }}
    >
      {t(`plans.status.${status}`)}
    </Badge>
  );
}

export function ProgressCell({ value, status }: { value: number; status: TaskStatus }) {
  return (
    <Group gap={6} wrap="nowrap" miw={110}>
      <Progress value={value} color={STATUS_COLOR[status]} size="sm" style={{ flex: 1 }} aria-hidden />
      <Text size="xs" w={34} ta="right">
        {value}%
      </Text>
    </Group>
  );
}

/** The deadline as written ("Quý II năm 2025", "Thường xuyên (hằng quý)"). */
export function deadlineLabel(
  task: Pick<Task, "deadlineText" | "deadlineKind" | "recurCycle">,
  t: (k: string) => string,
): string {
  const written = task.deadlineText ?? t(`plans.kind.${task.deadlineKind}`);
  if (task.deadlineKind === "recurring" && task.recurCycle)
    return `${written} (${t(`plans.cycle.${task.recurCycle}`).toLowerCase()})`;
  return written;
}

export function DueCell({ task }: { task: Task }) {
  const { t } = useTranslation();
  const open = !task.effectiveCompletedOn && task.status !== "paused";
  let hint: string | null = null;
  let color = "dimmed";
  if (open && task.daysLeft !== null) {
    if (task.daysLeft < 0) {
      hint = t("plans.days.late", { count: -task.daysLeft });
      color = "red";
    } else if (task.daysLeft === 0) {
      hint = t("plans.days.today");
      color = "orange";
    } else {
      hint = t("plans.days.left", { count: task.daysLeft });
      color = task.daysLeft <= 7 ? "orange" : "dimmed";
    }
  }
  return (
    <div>
      <Text size="sm">{task.effectiveDue ? formatDate(task.effectiveDue) : "—"}</Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {deadlineLabel(task, t)}
      </Text>
      {hint && (
        <Text size="xs" c={color} fw={color === "red" ? 600 : undefined}>
          {hint}
        </Text>
      )}
    </div>
  );
}

export function StatusCounts({ counts }: { counts: Partial<Record<TaskStatus, number>> }) {
  const { t } = useTranslation();
  const entries = Object.entries(counts).filter(([, n]) => (n ?? 0) > 0) as Array<[TaskStatus, number]>;
  return (
    <Group gap={4}>
      {entries.map(([status, n]) => (
        <Badge
          key={status}
          color={STATUS_COLOR[status]}
          variant="light"
          size="xs"
          title={t(`plans.status.${status}`)}
        >
          {n}
          <span className="dh-sr-only"> {t(`plans.status.${status}`)}</span>
        </Badge>
      ))}
    </Group>
  );
}
