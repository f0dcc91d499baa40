// Plan import, step one: choose the assigning unit and a .docx/.txt file, or paste the text; the
// server reads it into a draft (nothing saved). Step two (ImportReview) edits and confirms it.
import { Button, FileInput, Group, Paper, Stack, Stepper, Text, Textarea } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { UnitSelect } from "../components/UnitSelect";
import { api, apiRequest } from "../lib/api";
import { useMe } from "../lib/auth";
import { subtreeIds } from "../lib/orgTree";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import type { Id } from "../lib/types";
import { usePlansWrite } from "./api";
import { ImportReview } from "./ImportReview";
import type { ImportDraft } from "./import-model";

export default function ImportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const me = useMe();
  const { unitId } = useScope();
  const allUnits = useOrgUnitList().data ?? [];
  const activeUnits = useMemo(() => allUnits.filter((u) => !u.validTo), [allUnits]);
  // Units where this user may manage plans: the subtrees of their leader, office or admin grants.
  const manageable = useMemo(() => {
    const ids = new Set<Id>();
    for (const g of me.grants)
      if (g.role === "admin" || g.role === "leader" || g.role === "office")
        for (const id of subtreeIds(activeUnits, g.orgUnitId)) ids.add(id);
    return activeUnits.filter((u) => ids.has(u.id));
  }, [me.grants, activeUnits]);
  const [orgUnitId, setOrgUnitId] = useState<Id | null>(unitId);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [sourceFile, setSourceFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function read() {
    setError(null);
    setBusy(true);
    try {
      let result: ImportDraft;
      if (file) {
        const form = new FormData();
        if (orgUnitId) form.append("orgUnitId", String(orgUnitId));
        form.append("file", file);
        result = await apiRequest<ImportDraft>("/plans/import/parse", { method: "POST", body: form });
      } else {
        result = await api.post<ImportDraft>("/plans/import/parse", { text, orgUnitId });
      }
      setDraft(result);
      setSourceFile(file);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const attachSource = usePlansWrite(async ({ planId, f }: { planId: Id; f: File }) => {
    const form = new FormData();
    form.append("files", f);
    return apiRequest(`/plans/${planId}/files`, { method: "POST", body: form });
  });

  async function saved(planId: Id, count: number) {
    // The source document goes with the plan; a .txt or .docx is an accepted attachment type.
    if (sourceFile) await attachSource.mutateAsync({ planId, f: sourceFile }).catch(() => undefined);
    notify(t("plans.imp.saved", { count }));
    navigate(withScope(`/plans/p/${planId}`, unitId));
  }

  return (
    <>
      <PageHeader title={t("plans.imp.title")} description={t("plans.imp.nothingSaved")} />
      <Stepper active={draft ? 1 : 0} mb="md" size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t("plans.imp.step1")} />
        <Stepper.Step label={t("plans.imp.step2")} />
        <Stepper.Step label={t("plans.imp.step3")} />
      </Stepper>
      {!draft && (
        <Paper withBorder p="md">
          <Stack gap="md" maw={760}>
            <UnitSelect
              label={t("plans.imp.unit")}
              units={manageable}
              value={orgUnitId}
              onChange={setOrgUnitId}
              required
            />
            <FileInput
              label={t("plans.imp.file")}
              accept=".docx,.txt"
              value={file}
              onChange={setFile}
              clearable
              name="file"
            />
            <Text size="sm" c="dimmed">
              {t("plans.imp.orPaste")}
            </Text>
            <Textarea
              label={t("plans.imp.paste")}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={12}
              disabled={!!file}
              name="text"
            />
            <ErrorAlert error={error} />
            <Group>
              <Button onClick={read} loading={busy} disabled={!orgUnitId || (!file && !text.trim())}>
                {t("plans.imp.parse")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {draft && orgUnitId && (
        <ImportReview
          draft={draft}
          units={activeUnits}
          orgUnitId={orgUnitId}
          onBack={() => setDraft(null)}
          onSaved={saved}
        />
      )}
    </>
  );
}
