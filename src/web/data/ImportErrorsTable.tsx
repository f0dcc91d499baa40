// Problems of an imported file listed by the spreadsheet's own row and column, so the user can
// go straight to the cell. Used by the data import page and the catalogue import.
import { ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../lib/api";
import "./i18n";

export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** The row problems of a refused import (422 IMPORT_INVALID carries them in details). */
export function importProblemsOf(error: unknown): RowProblem[] | null {
  if (!isApiError(error, "IMPORT_INVALID")) return null;
  return error.details
    .filter((detail) => detail.row !== undefined || detail.column !== undefined)
    .map((detail) => ({
      row: Number(detail.row ?? 0),
      column: String(detail.column ?? ""),
      code: String(detail.code ?? ""),
      message: String(detail.message ?? ""),
    }));
}

export interface ImportErrorsTableProps {
  problems: RowProblem[];
  /** "error" (red caption) or "warning" (orange caption). */
  kind?: "error" | "warning";
  /** How to name a column key for people (e.g. "numerator" → "Tử số"). */
  columnLabel?: (column: string) => string;
}

export function ImportErrorsTable({ problems, kind = "error", columnLabel }: ImportErrorsTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={360}>
      <Table striped withTableBorder stickyHeader>
        <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 4 }}>
          <Text span fw={600} c={kind === "error" ? "red.8" : "orange.8"}>
            {kind === "error"
              ? t("dataEntry.import.errorCount", { count: problems.length })
              : t("dataEntry.import.warningCount", { count: problems.length })}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t("dataEntry.import.row")}</Table.Th>
            <Table.Th w={140}>{t("dataEntry.import.column")}</Table.Th>
            <Table.Th>{t("dataEntry.import.message")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row and column can carry several problems with no id
            <Table.Tr key={`${problem.row}-${problem.column}-${index}`}>
              <Table.Td>{problem.row || "—"}</Table.Td>
              <Table.Td>{problem.column ? (columnLabel?.(problem.column) ?? problem.column) : "—"}</Table.Td>
              <Table.Td>
                {problem.message}
                {problem.code && (
                  <Text span size="xs" c="dimmed" ml={6} className="dh-mono">
                    {problem.code}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
