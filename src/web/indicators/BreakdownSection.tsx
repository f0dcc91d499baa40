// The indicator by child unit: a bar chart (latest period or year to date, bars coloured by each
// unit's target status) and the same figures in a table.
import { Group, Paper, ScrollArea, SegmentedControl, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";
import type { AnalyticsRow, Indicator } from "./api";
import { EChart } from "./EChart";
import { describeTarget, formatValue, labelOfPeriod, STATUS_HEX } from "./format";
import type { ChildRow } from "./overview-model";
import { StatusBadge } from "./StatusBadge";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function ValueCell({ row, indicator }: { row: AnalyticsRow | null; indicator: Indicator }) {
  const { i18n } = useTranslation();
  if (!row || row.value === null) return <Text c="dimmed">—</Text>;
  return (
    <>
      {formatValue(row.value, indicator, i18n.language)}
      {indicator.aggregation === "ratio" && row.denominator !== null && (
        <Text span size="xs" c="dimmed" ml={6}>
          ({formatNumber(row.numerator)}/{formatNumber(row.denominator)})
        </Text>
      )}
    </>
  );
}

export function BreakdownSection({
  rows,
  indicator,
  latestPeriod,
  year,
}: {
  rows: ChildRow[];
  indicator: Indicator;
  latestPeriod: string;
  year: string;
}) {
  const { t, i18n } = useTranslation();
  const [which, setWhich] = useState<"latest" | "ytd">("latest");
  const sorted = useMemo(() => [...rows].sort((a, b) => collator.compare(a.name, b.name)), [rows]);
  const latestLabel = labelOfPeriod(latestPeriod, i18n.language);
  const ytdLabel = t("ind.yearToDate", { year });

  const option = useMemo(() => {
    const pick = (r: ChildRow) => (which === "latest" ? r.latest?.value : r.yearToDate?.value) ?? null;
    const charted = rows.filter((r) => pick(r) !== null).sort((a, b) => (pick(a) ?? 0) - (pick(b) ?? 0));
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (v: unknown) =>
          typeof v === "number" ? formatValue(v, indicator, i18n.language) : "—",
      },
      xAxis: {
        type: "value",
        axisLabel: { formatter: (v: number) => formatValue(v, indicator, i18n.language) },
      },
      yAxis: { type: "category", data: charted.map((r) => r.name), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: "bar",
          barMaxWidth: 18,
          data: charted.map((r) => ({
            value: pick(r),
            itemStyle: { color: r.status ? STATUS_HEX[r.status.status] : "#3b5dad" },
          })),
          label: {
            show: true,
            position: "right",
            fontSize: 10,
            formatter: (p: { value: number }) => formatValue(p.value, indicator, i18n.language),
          },
        },
      ],
    };
  }, [rows, which, indicator, i18n.language]);

  const anyTarget = rows.some((r) => r.status);
  const chartedCount = rows.filter(
    (r) => (which === "latest" ? r.latest?.value : r.yearToDate?.value) != null,
  ).length;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("ind.breakdownTitle")}
        </Title>
        <SegmentedControl
          size="xs"
          value={which}
          onChange={(v) => setWhich(v as "latest" | "ytd")}
          data={[
            { value: "latest", label: latestLabel },
            { value: "ytd", label: ytdLabel },
          ]}
          aria-label={t("ind.breakdownWhich")}
        />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("ind.noChildren")}
        </Text>
      ) : (
        <>
          <EChart
            option={option}
            height={Math.max(220, chartedCount * 20 + 40)}
            ariaLabel={t("ind.chart.breakdownAria", {
              name: indicator.name,
              period: which === "latest" ? latestLabel : ytdLabel,
            })}
          />
          <ScrollArea.Autosize mah={520} mt="sm" type="auto">
            <Table striped withTableBorder stickyHeader miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("ind.col.childUnit")}</Table.Th>
                  <Table.Th ta="right">{latestLabel}</Table.Th>
                  <Table.Th ta="right">{ytdLabel}</Table.Th>
                  {anyTarget && <Table.Th>{t("ind.col.target")}</Table.Th>}
                  {anyTarget && <Table.Th>{t("ind.col.status")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right">
                      <ValueCell row={r.latest} indicator={indicator} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <ValueCell row={r.yearToDate} indicator={indicator} />
                    </Table.Td>
                    {anyTarget && (
                      <Table.Td>
                        {r.status ? describeTarget(r.status.target, indicator, i18n.language) : "—"}
                      </Table.Td>
                    )}
                    {anyTarget && (
                      <Table.Td>
                        {r.status ? (
                          <StatusBadge status={r.status.status} explanation={r.status.explanation} />
                        ) : (
                          "—"
                        )}
                      </Table.Td>
                    )}
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
