// Nhập số liệu từ tệp: CSV, XLSX or JSON → dry run (every problem by row and column, warnings
// such as unusual values) → apply. The server writes the whole file or nothing.
import { Alert, Anchor, Button, Code, FileInput, Group, Paper, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { INDICATORS_KEY } from "../indicators/api";
import { formatNumber } from "../lib/format";
import { DATA_KEY, importValues, type WriteResult } from "./api";
import { ImportErrorsTable, importProblemsOf, type RowProblem } from "./ImportErrorsTable";

const SAMPLE = `indicator,orgUnit,period,value,numerator,denominator
TTHC_TONG_HO_SO,P-BAC-GIANG,202610,412,,
TTHC_HS_TRUC_TUYEN,P-BAC-GIANG,202610,,318,420`;

export function DataImportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { unitId } = useScope();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: WriteResult } | null>(null);
  const [problems, setProblems] = useState<{ errors: RowProblem[]; warnings: RowProblem[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"check" | "apply" | null>(null);

  const reset = () => {
    setChecked(null);
    setProblems(null);
    setError(null);
  };

  async function run(dryRun: boolean) {
    if (!file) return;
    reset();
    setBusy(dryRun ? "check" : "apply");
    try {
      const result = await importValues(file, dryRun);
      setProblems({ errors: result.errors, warnings: result.warnings });
      if (result.errors.length) return;
      if (dryRun) setChecked({ file, result });
      else {
        notify(
          t("dataEntry.import.applied", {
            inserted: formatNumber(result.inserted),
            updated: formatNumber(result.updated),
          }),
        );
        void queryClient.invalidateQueries({ queryKey: DATA_KEY });
        void queryClient.invalidateQueries({ queryKey: INDICATORS_KEY });
        setFile(null);
      }
    } catch (caught) {
      const rows = importProblemsOf(caught);
      if (rows?.length) setProblems({ errors: rows, warnings: [] });
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  const readyToApply = checked !== null && checked.file === file;
  const columnLabel = (column: string) => t(`dataEntry.import.col.${column}`, { defaultValue: column });
  return (
    <>
      <PageHeader
        title={t("dataEntry.import.title")}
        description={t("dataEntry.import.description")}
        actions={
          <Button variant="default" component={Link} to={withScope("/data", unitId)}>
            {t("dataEntry.import.backToGrid")}
          </Button>
        }
      />
      <Paper withBorder p="md" maw={960}>
        <Stack gap="sm">
          <Text size="sm">{t("dataEntry.import.hint")}</Text>
          <Code block>{SAMPLE}</Code>
          <Text size="xs" c="dimmed">
            {t("dataEntry.import.aliases")}
          </Text>
          <FileInput
            label={t("dataEntry.import.file")}
            placeholder={t("dataEntry.import.pick")}
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(next) => {
              setFile(next);
              reset();
            }}
            clearable
            w={420}
          />
          <Group>
            <Button
              variant="light"
              onClick={() => void run(true)}
              disabled={!file}
              loading={busy === "check"}
            >
              {t("dataEntry.import.dryRun")}
            </Button>
            <Button onClick={() => void run(false)} disabled={!readyToApply} loading={busy === "apply"}>
              {t("dataEntry.import.apply")}
            </Button>
          </Group>
          <ErrorAlert error={problems?.errors.length ? null : error} />
          {problems && problems.errors.length > 0 && (
            <Alert color="red" role="alert" title={t("dataEntry.import.refusedTitle")}>
              {t("dataEntry.import.refused")}
            </Alert>
          )}
          {problems && problems.errors.length > 0 && (
            <ImportErrorsTable problems={problems.errors} columnLabel={columnLabel} />
          )}
          {readyToApply && (
            <Alert color="green" role="status" title={t("dataEntry.import.checkedTitle")}>
              {t("dataEntry.import.checked", {
                inserted: formatNumber(checked.result.inserted),
                updated: formatNumber(checked.result.updated),
                unchanged: formatNumber(checked.result.unchanged),
              })}
            </Alert>
          )}
          {problems && problems.warnings.length > 0 && (
            <ImportErrorsTable problems={problems.warnings} kind="warning" columnLabel={columnLabel} />
          )}
          <Text size="xs" c="dimmed">
            <Anchor component={Link} to={withScope("/indicators", unitId)} size="xs">
              {t("dataEntry.catalogueLink")}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
