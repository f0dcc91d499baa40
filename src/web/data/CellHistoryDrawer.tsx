// Every version of one figure: who changed it, when, from what to what, and its status then.
import { Drawer, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatValue, labelOfPeriod } from "../indicators/format";
import { formatDateTime, formatNumber } from "../lib/format";
import { useCellHistory } from "./api";
import type { CellColumn, GridUnit } from "./grid-model";

export interface HistoryTarget {
  unit: GridUnit;
  column: CellColumn;
  period: string;
}

export function CellHistoryDrawer({
  target,
  onClose,
}: {
  target: HistoryTarget | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const history = useCellHistory(
    target
      ? {
          indicator: target.column.indicator.code,
          orgUnit: target.unit.id,
          period: target.period,
          disagg: target.column.disagg,
        }
      : null,
  );
  const ind = target?.column.indicator;
  const ratio = ind?.aggregation === "ratio";
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t("dataEntry.historyTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target && ind && (
        <>
          <Text fw={600} size="sm">
            {ind.name}
            {target.column.disaggName ? ` – ${target.column.disaggName}` : ""}
          </Text>
          <Text size="sm" c="dimmed" mb="md">
            {target.unit.name} · {labelOfPeriod(target.period, i18n.language)}
          </Text>
          {history.isError && <ErrorAlert error={history.error} focus={false} />}
          {history.isLoading && <Text size="sm">{t("common.loading")}</Text>}
          {history.data && history.data.length === 0 && <Text size="sm">{t("dataEntry.historyEmpty")}</Text>}
          {history.data && history.data.length > 0 && (
            <Table striped withTableBorder fz="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("dataEntry.historyVersion")}</Table.Th>
                  <Table.Th>{t("dataEntry.historyWhen")}</Table.Th>
                  <Table.Th>{t("dataEntry.historyWho")}</Table.Th>
                  <Table.Th ta="right">{t("dataEntry.historyValue")}</Table.Th>
                  <Table.Th>{t("dataEntry.historyStatus")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.map((entry) => (
                  <Table.Tr key={`${entry.version}-${entry.changedAt}`}>
                    <Table.Td>{entry.version}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.changedAt)}</Table.Td>
                    <Table.Td>{entry.changedBy ?? "—"}</Table.Td>
                    <Table.Td ta="right">
                      {ratio
                        ? `${formatNumber(entry.numerator)}/${formatNumber(entry.denominator)} = ${formatValue(entry.value, ind, i18n.language)}`
                        : formatValue(entry.value, ind, i18n.language) || "—"}
                    </Table.Td>
                    <Table.Td>
                      {t(`dataEntry.status.${entry.status}`, { defaultValue: entry.status })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Drawer>
  );
}
