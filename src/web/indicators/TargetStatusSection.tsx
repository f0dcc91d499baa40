// Target status per unit: how many units are đạt / đúng tiến độ / có nguy cơ / không đạt /
// chưa có số liệu, and each unit's badge, figure, the pace it needs and the reason in words.
import { Badge, Group, Paper, ScrollArea, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Indicator, TargetStatus, UnitTargetStatus } from "./api";
import { describeTarget, formatValue, labelOfPeriod, STATUS_COLORS, STATUS_ORDER } from "./format";
import { countByStatus } from "./overview-model";
import { StatusBadge } from "./StatusBadge";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function TargetStatusSection({
  statuses,
  indicator,
}: {
  statuses: UnitTargetStatus[];
  indicator: Indicator;
}) {
  const { t, i18n } = useTranslation();
  const [only, setOnly] = useState<TargetStatus | null>(null);
  const counts = useMemo(() => countByStatus(statuses), [statuses]);
  const shown = useMemo(
    () =>
      statuses
        .filter((s) => !only || s.status === only)
        .sort(
          (a, b) =>
            STATUS_ORDER.indexOf(b.status) - STATUS_ORDER.indexOf(a.status) ||
            collator.compare(a.orgUnitName ?? "", b.orgUnitName ?? ""),
        ),
    [statuses, only],
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("ind.targetsTitle")}
      </Title>
      {statuses.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("ind.noTargets")}
        </Text>
      ) : (
        <>
          <Group gap="xs" mb="sm" role="group" aria-label={t("ind.statusFilter")}>
            {STATUS_ORDER.map((status) => (
              <Badge
                key={status}
                component="button"
                type="button"
                color={STATUS_COLORS[status]}
                variant={only === status ? "filled" : "light"}
                size="lg"
                radius="sm"
                style={{ cursor: "pointer", textTransform: "none" }}
                aria-pressed={only === status}
                onClick={() => setOnly(only === status ? null : status)}
              >
                {t(`ind.status.${status}`)}: {counts[status]}
              </Badge>
            ))}
          </Group>
          <ScrollArea.Autosize mah={420}>
            <Table striped withTableBorder stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>{t("ind.col.unitName")}</Table.Th>
                  <Table.Th w={110}>{t("ind.col.target")}</Table.Th>
                  <Table.Th w={110} ta="right">
                    {t("ind.col.actual")}
                  </Table.Th>
                  <Table.Th w={120} ta="right">
                    {t("ind.col.expectedNow")}
                  </Table.Th>
                  <Table.Th w={140}>{t("ind.col.status")}</Table.Th>
                  <Table.Th>{t("ind.col.explanation")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((s) => (
                  <Table.Tr key={`${s.targetId}-${s.orgUnitId}`}>
                    <Table.Td>{s.orgUnitName}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {describeTarget(s.target, indicator, i18n.language)}
                      <Text size="xs" c="dimmed">
                        {labelOfPeriod(s.target.period, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {s.actual === null ? "—" : formatValue(s.actual, indicator, i18n.language)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {s.expectedNow === null || s.expectedNow === undefined
                        ? "—"
                        : formatValue(s.expectedNow, indicator, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{s.explanation}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
    </Paper>
  );
}
