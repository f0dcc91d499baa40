// Scorecard per unit: on-time rate (of tasks whose outcome is known), overdue count, reminders.
import { Button, Group, Paper, Progress, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatPercent } from "../lib/format";
import { exportUrl, useScorecard } from "./api";

export function ScorecardPanel() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const board = useScorecard(unitId);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button
          component="a"
          variant="light"
          href={exportUrl("/tasks/scorecard", { unitId: unitId ?? undefined, format: "xlsx" })}
        >
          {t("plans.actions.exportXlsx")}
        </Button>
      </Group>
      <ErrorAlert error={board.error} focus={false} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t("plans.score.unit")}</Table.Th>
                <Table.Th w={70}>{t("plans.score.total")}</Table.Th>
                <Table.Th w={90}>{t("plans.status.done_on_time")}</Table.Th>
                <Table.Th w={90}>{t("plans.status.done_late")}</Table.Th>
                <Table.Th w={90}>{t("plans.score.overdue")}</Table.Th>
                <Table.Th w={200}>{t("plans.score.rate")}</Table.Th>
                <Table.Th w={90}>{t("plans.score.reminders")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.data?.items.map((s, i) => (
                <Table.Tr key={s.unitId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{s.unitName}</Table.Td>
                  <Table.Td>{s.total}</Table.Td>
                  <Table.Td>{s.counts.done_on_time}</Table.Td>
                  <Table.Td>{s.counts.done_late}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={s.overdue > 0 ? "red" : undefined}
                      fw={s.overdue > 0 ? 600 : undefined}
                    >
                      {s.overdue}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {s.onTimeRate === null ? (
                      t("plans.score.none")
                    ) : (
                      <Group gap={6} wrap="nowrap">
                        <Progress
                          value={s.onTimeRate}
                          color={s.onTimeRate >= 80 ? "green" : s.onTimeRate >= 50 ? "orange" : "red"}
                          size="sm"
                          style={{ flex: 1 }}
                          aria-hidden
                        />
                        <Text size="sm" w={56} ta="right">
                          {formatPercent(s.onTimeRate)}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>{s.reminders}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
