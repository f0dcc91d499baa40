// Import the catalogue from XLSX in two steps: a dry run listing every problem by row and column,
// then the real import (applied whole or not at all). The exported file is the template.
import { Alert, Anchor, Button, FileInput, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { ImportErrorsTable, importProblemsOf, type RowProblem } from "../data/ImportErrorsTable";
import { CATALOGUE_EXPORT_URL, type ImportResult, useImportCatalogue } from "./api";

export function CatalogueImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const importer = useImportCatalogue();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: ImportResult } | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setError(null);
    setProblems(null);
    try {
      const result = await importer.mutateAsync({ file, dryRun });
      if (dryRun) setChecked({ file, result });
      else {
        notify(t("ind.imported", { created: result.created, updated: result.updated }));
        onClose();
      }
    } catch (caught) {
      const rows = importProblemsOf(caught);
      if (rows && rows.length > 0) setProblems(rows);
      setError(caught);
      setChecked(null);
    }
  }

  const readyToApply = checked !== null && checked.file === file;
  return (
    <Modal opened onClose={onClose} title={t("ind.importTitle")} size="xl">
      <Stack gap="sm">
        <Text size="sm">
          {t("ind.importHint")}{" "}
          <Anchor href={CATALOGUE_EXPORT_URL} download size="sm">
            {t("ind.importTemplate")}
          </Anchor>
        </Text>
        <FileInput
          label={t("ind.importFile")}
          placeholder={t("ind.importPick")}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(next) => {
            setFile(next);
            setChecked(null);
            setProblems(null);
            setError(null);
          }}
          clearable
          data-autofocus
        />
        <ErrorAlert error={error} />
        {problems && (
          <ImportErrorsTable
            problems={problems}
            columnLabel={(c) => `${t(`ind.field.${c}`, { defaultValue: c })} (${c})`}
          />
        )}
        {readyToApply && (
          <Alert color="green" role="status" title={t("ind.importCheckedTitle")}>
            {t("ind.importChecked", { created: checked.result.created, updated: checked.result.updated })}
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
            {t("ind.importDryRun")}
          </Button>
          <Button
            onClick={() => void run(false)}
            disabled={!readyToApply}
            loading={importer.isPending && readyToApply}
          >
            {t("ind.importApply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
