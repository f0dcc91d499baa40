// Import units from CSV or Excel in two steps: a dry run that lists every problem by row and
// column, then the real import. The server applies a file whole or not at all.
import { Alert, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { isApiError } from "../lib/api";
import type { ImportResult, ImportRowError } from "../lib/types";
import { useImportOrgUnits } from "./api";

export const IMPORT_COLUMNS = ["code", "name", "short_name", "kind", "parent_code", "valid_from", "valid_to"];

/** The row errors of a failed import: the 422 IMPORT_INVALID answer carries them in details. */
export function importErrorsOf(error: unknown): ImportRowError[] | null {
  if (!isApiError(error, "IMPORT_INVALID")) return null;
  return error.details.map((detail) => ({
    row: Number(detail.row ?? 0),
    column: String(detail.column ?? ""),
    code: String(detail.code ?? ""),
    message: String(detail.message ?? ""),
  }));
}

function RowErrors({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={300}>
      <Table striped withTableBorder stickyHeader>
        <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 4 }}>
          {t("orgunits.importErrorCount", { count: errors.length })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t("orgunits.importRow")}</Table.Th>
            <Table.Th w={120}>{t("orgunits.importColumn")}</Table.Th>
            <Table.Th>{t("orgunits.importMessage")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row can repeat the same row, column and code
            <Table.Tr key={`${error.row}-${error.column}-${index}`}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td className="dh-mono">{error.column}</Table.Td>
              <Table.Td>
                {error.message}
                {error.code && (
                  <Text span size="xs" c="dimmed" ml={6} className="dh-mono">
                    {error.code}
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

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const importer = useImportOrgUnits();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: ImportResult } | null>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setError(null);
    setRowErrors(null);
    try {
      const result = await importer.mutateAsync({ file, dryRun });
      if (result.errors.length > 0) {
        setRowErrors(result.errors);
        setChecked(null);
      } else if (dryRun) {
        setChecked({ file, result });
      } else {
        notify(t("orgunits.imported", { created: result.created, updated: result.updated }));
        onClose();
      }
    } catch (caught) {
      const errors = importErrorsOf(caught);
      if (errors) setRowErrors(errors);
      setError(caught);
      setChecked(null);
    }
  }

  const readyToApply = checked !== null && checked.file === file;
  return (
    <Modal opened onClose={onClose} title={t("orgunits.importTitle")} size="xl">
      <Stack gap="sm">
        <Text size="sm">{t("orgunits.importHint")}</Text>
        <Text size="xs" c="dimmed">
          {t("orgunits.importColumns")}: <span className="dh-mono">{IMPORT_COLUMNS.join(", ")}</span>
        </Text>
        <FileInput
          label={t("orgunits.importFile")}
          placeholder={t("orgunits.importPick")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(next) => {
            setFile(next);
            setChecked(null);
            setRowErrors(null);
            setError(null);
          }}
          clearable
          data-autofocus
        />
        <ErrorAlert error={error} />
        {rowErrors && rowErrors.length > 0 && <RowErrors errors={rowErrors} />}
        {readyToApply && (
          <Alert color="green" role="status" title={t("orgunits.importCheckedTitle")}>
            {t("orgunits.importChecked", {
              created: checked.result.created,
              updated: checked.result.updated,
            })}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button
            variant="light"
            onClick={() => void run(true)}
            disabled={!file}
            loading={importer.isPending && !readyToApply}
          >
            {t("orgunits.importDryRun")}
          </Button>
          <Button
            onClick={() => void run(false)}
            disabled={!readyToApply}
            loading={importer.isPending && readyToApply}
          >
            {t("orgunits.importApply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
