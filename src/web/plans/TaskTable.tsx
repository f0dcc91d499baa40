// A list of tasks as a table: number, task (with its plan), lead unit, due day, progress, status.
// The task's title links to its page.
import { Anchor, Paper, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useScope, withScope } from "../app/scope";
import type { Task } from "./api";
import { DueCell, ProgressCell, StatusBadge } from "./TaskBits";

export function TaskTable({
  tasks,
  showPlan = true,
  caption,
}: {
  tasks: Task[];
  showPlan?: boolean;
  caption?: string;
}) {
  const { t } = useTranslation();
  const { unitId } = useScope();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={880}>
        <Table striped highlightOnHover verticalSpacing="xs">
          {caption && <caption className="dh-sr-only">{caption}</caption>}
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t("plans.col.code")}</Table.Th>
              <Table.Th>{t("plans.col.task")}</Table.Th>
              <Table.Th w={200}>{t("plans.col.lead")}</Table.Th>
              <Table.Th w={160}>{t("plans.col.due")}</Table.Th>
              <Table.Th w={150}>{t("plans.col.progress")}</Table.Th>
              <Table.Th w={170}>{t("plans.col.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={task.id} data-task-id={task.id}>
                <Table.Td className="dh-mono">{task.code ?? ""}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={withScope(`/plans/tasks/${task.id}`, unitId)}
                    size="sm"
                    lineClamp={3}
                  >
                    {task.title}
                  </Anchor>
                  {showPlan && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {task.planNumber ? `${task.planNumber} · ` : ""}
                      {task.planTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{task.leadUnitName ?? task.leadText ?? ""}</Text>
                  {task.subtasks && (
                    <Text size="xs" c="dimmed">
                      {t("plans.subtasks", { total: task.subtasks.total })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DueCell task={task} />
                </Table.Td>
                <Table.Td>
                  <ProgressCell value={task.effectiveProgress} status={task.status} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={task.status} />
                </Table.Td>
              </Table.Tr>
            ))}
            {tasks.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {t("plans.noTasks")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
