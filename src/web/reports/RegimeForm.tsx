// Defining a regime with the elements NĐ 09/2019 asks for (or requesting an ad hoc report): the
// deadline is typed as documents write it and previewed on the next periods before saving.
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { UnitSelect } from "../components/UnitSelect";
import { api } from "../lib/api";
import { parseId } from "../lib/types";
import { type Regime, useIndicatorCatalogue, useRegime, useReportWrite } from "./api";
import { DeadlinePreview, type SectionDraft, SectionsEditor, TemplateFields } from "./RegimeFormParts";

type Mode = "create" | "edit" | "adhoc";
const FREQS = ["month", "quarter", "sixmonth", "ninemonth", "year"] as const;
const METHODS = ["system", "electronic_document", "paper", "email", "fax"] as const;
const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

export function RegimeForm({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const { unitId, units } = useScope();
  const id = parseId(useParams().id);
  const existing = useRegime(mode === "edit" ? id : null);
  const catalogue = useIndicatorCatalogue();
  const [f, setF] = useState({
    code: "",
    name: "",
    legalBasis: "",
    content: "",
    frequency: "quarter",
    method: "system",
    receivingUnitId: null as number | null,
    unitIds: [] as string[],
    deadlineText: "",
    cutoffStartDay: 15,
    startPeriod: "",
    indicatorCodes: [] as string[],
    extraItems: "",
    remindBefore: "3, 1",
    period: "",
    dueOn: null as string | null,
    issuerCode: "",
    place: "",
    recipients: "",
    signerAuthority: "",
    signerPosition: "",
    signerName: "",
  });
  const [sections, setSections] = useState<SectionDraft[]>([
    { title: "", required: true, maxLength: 20000, guidance: "" },
  ]);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((cur) => ({ ...cur, [k]: v }));

  useEffect(() => {
    const r: Regime | undefined = existing.data?.item;
    if (!r) return;
    const tp = r.template as Record<string, string | undefined>;
    setF((cur) => ({
      ...cur,
      code: r.code,
      name: r.name,
      legalBasis: r.legalBasis ?? "",
      content: r.content ?? "",
      frequency: r.frequency,
      method: r.method,
      receivingUnitId: r.receivingUnitId,
      unitIds: r.unitIds.map(String),
      deadlineText: r.deadlineText,
      cutoffStartDay: r.cutoffStartDay,
      startPeriod: r.startPeriod,
      indicatorCodes: r.indicatorCodes,
      extraItems: r.extraItems.join("\n"),
      remindBefore: r.remindBefore.join(", "),
      issuerCode: tp.issuerCode ?? "",
      place: tp.place ?? "",
      recipients: (r.template.recipients ?? []).join("\n"),
      signerAuthority: tp.signerAuthority ?? "",
      signerPosition: tp.signerPosition ?? "",
      signerName: tp.signerName ?? "",
    }));
    setSections(
      r.sections.map((s) => ({
        key: s.key,
        title: s.title,
        required: s.required,
        maxLength: s.maxLength,
        guidance: s.guidance ?? "",
      })),
    );
  }, [existing.data]);

  const unitOptions = useMemo(() => units.map((u) => ({ value: String(u.id), label: u.name })), [units]);
  const indicatorOptions = useMemo(
    () => (catalogue.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} — ${i.name}` })),
    [catalogue.data],
  );
  const save = useReportWrite(() => {
    const template = Object.fromEntries(
      Object.entries({
        issuerCode: f.issuerCode,
        place: f.place,
        signerAuthority: f.signerAuthority,
        signerPosition: f.signerPosition,
        signerName: f.signerName,
      }).filter(([, v]) => v.trim()),
    );
    const common = {
      code: f.code.trim() || undefined,
      name: f.name.trim(),
      legalBasis: f.legalBasis.trim() || null,
      content: f.content.trim() || null,
      method: f.method,
      receivingUnitId: f.receivingUnitId ?? 0,
      unitIds: f.unitIds.map(Number),
      indicatorCodes: f.indicatorCodes,
      extraItems: lines(f.extraItems),
      sections: sections
        .filter((s) => s.title.trim())
        .map((s) => ({
          key: s.key,
          title: s.title.trim(),
          required: s.required,
          maxLength: s.maxLength,
          guidance: s.guidance.trim() || null,
        })),
      template: { ...template, ...(lines(f.recipients).length ? { recipients: lines(f.recipients) } : {}) },
      remindBefore: f.remindBefore
        .split(",")
        .map((x) => Number(x.trim()))
        .filter((n) => Number.isInteger(n) && n > 0),
      cutoffStartDay: f.cutoffStartDay,
    };
    if (mode === "adhoc")
      return api.post<{ item: Regime }>("/reports/adhoc", {
        ...common,
        period: f.period.trim(),
        dueOn: f.dueOn ?? "",
      });
    const body = {
      ...common,
      code: f.code.trim(),
      frequency: f.frequency,
      deadlineText: f.deadlineText,
      startPeriod: f.startPeriod.trim(),
    };
    return mode === "edit"
      ? api.put<{ item: Regime }>(`/reports/regimes/${id}`, { ...body, version: existing.data?.item.version })
      : api.post<{ item: Regime }>("/reports/regimes", body);
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(undefined, {
      onSuccess: (res) => {
        notify(t("reports.regimeForm.saved"));
        navigate(withScope(`/reports/regimes/${res.item.id}`, unitId));
      },
    });
  }
  const wardsCommunes = () =>
    set(
      "unitIds",
      units.filter((u) => (u.kind === "ward" || u.kind === "commune") && !u.validTo).map((u) => String(u.id)),
    );
  const title = t(
    mode === "create"
      ? "reports.regimeForm.createTitle"
      : mode === "edit"
        ? "reports.regimeForm.editTitle"
        : "reports.regimeForm.adhocTitle",
  );
  return (
    <form onSubmit={submit} aria-label={title}>
      <PageHeader title={title} description={t("reports.description")} />
      <ErrorAlert error={save.error ?? existing.error} />
      <Paper withBorder p="md" mb="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {mode !== "adhoc" && (
            <TextInput
              label={t("reports.code")}
              value={f.code}
              onChange={(e) => set("code", e.currentTarget.value)}
              required
            />
          )}
          <TextInput
            label={t("reports.name")}
            value={f.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            required
          />
          <TextInput
            label={t("reports.legalBasis")}
            value={f.legalBasis}
            onChange={(e) => set("legalBasis", e.currentTarget.value)}
          />
          <Select
            label={t("reports.method")}
            data={METHODS.map((m) => ({ value: m, label: t(`reports.methods.${m}`) }))}
            value={f.method}
            onChange={(v) => set("method", v ?? "system")}
            allowDeselect={false}
          />
          <UnitSelect
            label={t("reports.receivingUnit")}
            units={units}
            value={f.receivingUnitId}
            onChange={(v) => set("receivingUnitId", v)}
            required
            searchable
          />
          <NumberInput
            label={t("reports.regimeForm.cutoffStartDay")}
            value={f.cutoffStartDay}
            min={1}
            max={28}
            onChange={(v) => set("cutoffStartDay", Number(v) || 15)}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t("reports.content")}
          value={f.content}
          onChange={(e) => set("content", e.currentTarget.value)}
          autosize
          minRows={2}
        />
      </Paper>
      <Paper withBorder p="md" mb="md">
        {mode === "adhoc" ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t("reports.regimeForm.adhocPeriod")}
              value={f.period}
              onChange={(e) => set("period", e.currentTarget.value)}
              required
            />
            <DateInput
              label={t("reports.regimeForm.adhocDue")}
              value={f.dueOn}
              onChange={(v) => set("dueOn", v)}
              required
            />
          </SimpleGrid>
        ) : (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t("reports.frequency")}
                data={FREQS.map((x) => ({ value: x, label: t(`reports.frequencies.${x}`) }))}
                value={f.frequency}
                onChange={(v) => set("frequency", v ?? "quarter")}
                allowDeselect={false}
              />
              <TextInput
                label={t("reports.regimeForm.startPeriod")}
                value={f.startPeriod}
                onChange={(e) => set("startPeriod", e.currentTarget.value)}
                required
              />
              <TextInput
                label={t("reports.regimeForm.remindBefore")}
                value={f.remindBefore}
                onChange={(e) => set("remindBefore", e.currentTarget.value)}
              />
            </SimpleGrid>
            <TextInput
              label={t("reports.deadline")}
              description={t("reports.regimeForm.deadlineHelp")}
              value={f.deadlineText}
              onChange={(e) => set("deadlineText", e.currentTarget.value)}
              required
            />
            <DeadlinePreview text={f.deadlineText} frequency={f.frequency} startDay={f.cutoffStartDay} />
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" mb="md">
        <Group align="flex-end" gap="xs">
          <MultiSelect
            style={{ flex: 1 }}
            label={t("reports.reportingUnits")}
            data={unitOptions}
            value={f.unitIds}
            onChange={(v) => set("unitIds", v)}
            searchable
            clearable
            maxDropdownHeight={260}
          />
          <Button variant="default" onClick={wardsCommunes}>
            {t("reports.regimeForm.allWardsCommunes")}
          </Button>
        </Group>
        <MultiSelect
          mt="sm"
          label={t("reports.indicators")}
          data={indicatorOptions}
          value={f.indicatorCodes}
          onChange={(v) => set("indicatorCodes", v)}
          searchable
          clearable
        />
        <Textarea
          mt="sm"
          label={t("reports.extraItems")}
          description={t("reports.regimeForm.extraItemsHelp")}
          value={f.extraItems}
          onChange={(e) => set("extraItems", e.currentTarget.value)}
          autosize
          minRows={2}
        />
      </Paper>
      <SectionsEditor sections={sections} setSections={setSections} />
      <TemplateFields values={f} set={set} />
      <Group mb="xl">
        <Button type="submit" loading={save.isPending}>
          {t("reports.regimeForm.save")}
        </Button>
        <Button variant="subtle" onClick={() => navigate(-1)}>
          {t("reports.back")}
        </Button>
      </Group>
    </form>
  );
}
