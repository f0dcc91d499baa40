// Create or edit an indicator definition: every field of the catalogue. Each save keeps a new
// version on the server; server-side rule errors (formula syntax, unknown code, cycle) are shown
// at their field.
import {
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { UnitSelect } from "../components/UnitSelect";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { ORG_UNIT_KINDS, type OrgUnitKind } from "../lib/types";
import {
  AGGREGATIONS,
  type Indicator,
  type IndicatorInput,
  PERIOD_TYPES,
  useIndicatorGroups,
  useSaveIndicator,
  VALUE_TYPES,
} from "./api";
import { DisaggregationEditor } from "./DisaggregationEditor";
import {
  emptyIndicatorInput,
  fieldErrorsOf,
  inputFromIndicator,
  localErrors,
  normaliseInput,
} from "./form-model";

export interface IndicatorFormDialogProps {
  indicator?: Indicator;
  onClose: () => void;
}

const VI_NUMBER = { decimalSeparator: ",", thousandSeparator: "." } as const;

function toNullableNumber(value: string | number): number | null {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function IndicatorFormDialog({ indicator, onClose }: IndicatorFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveIndicator();
  const units = useOrgUnitList();
  const groups = useIndicatorGroups();
  const [draft, setDraft] = useState<IndicatorInput>(() =>
    indicator ? inputFromIndicator(indicator) : emptyIndicatorInput(),
  );
  const [computed, setComputed] = useState(!!indicator?.formula);
  const [local, setLocal] = useState<Record<string, string>>({});
  const serverErrors = useMemo(() => fieldErrorsOf(save.error), [save.error]);
  const errors = { ...serverErrors, ...local };
  const ratio = draft.aggregation === "ratio";

  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setLocal((current) => {
      if (!current[key]) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  };

  // Move to the first field the server refused, so keyboard users land where the fix is.
  useEffect(() => {
    const first = Object.keys(serverErrors)[0];
    if (first) document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }, [serverErrors]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = localErrors(draft, computed, t("common.required"));
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      document.querySelector<HTMLElement>(`[data-field="${Object.keys(problems)[0]}"]`)?.focus();
      return;
    }
    save.mutate(
      { id: indicator?.id, version: indicator?.version, input: normaliseInput(draft, computed) },
      {
        onSuccess: () => {
          notify(t("common.saved"));
          onClose();
        },
      },
    );
  }

  const kindOptions = ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const pickable = units.data ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={indicator ? t("ind.editTitle", { code: indicator.code }) : t("ind.createTitle")}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("ind.field.code")}
              required
              value={draft.code}
              onChange={(e) => set("code", e.currentTarget.value)}
              error={errors.code}
              data-field="code"
              classNames={{ input: "dh-mono" }}
              data-autofocus
            />
            <TextInput
              label={t("ind.field.unit")}
              description={t("ind.field.unitHint")}
              value={draft.unit}
              onChange={(e) => set("unit", e.currentTarget.value)}
              error={errors.unit}
              data-field="unit"
            />
            <Select
              label={t("ind.field.valueType")}
              data={VALUE_TYPES.map((v) => ({ value: v, label: t(`ind.valueType.${v}`) }))}
              value={draft.valueType}
              onChange={(v) => v && set("valueType", v as IndicatorInput["valueType"])}
              allowDeselect={false}
            />
          </SimpleGrid>
          <TextInput
            label={t("ind.field.name")}
            required
            value={draft.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name}
            data-field="name"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t("ind.field.aggregation")}
              data={AGGREGATIONS.map((v) => ({ value: v, label: t(`ind.aggregation.${v}`) }))}
              value={draft.aggregation}
              onChange={(v) => {
                if (!v) return;
                set("aggregation", v as IndicatorInput["aggregation"]);
                if (v === "ratio") {
                  setComputed(false);
                  if (draft.scale === 1) set("scale", 100);
                }
              }}
              allowDeselect={false}
              error={errors.aggregation}
              data-field="aggregation"
            />
            <Select
              label={t("ind.field.periodType")}
              data={PERIOD_TYPES.map((v) => ({ value: v, label: t(`ind.periodType.${v}`) }))}
              value={draft.periodType}
              onChange={(v) => v && set("periodType", v as IndicatorInput["periodType"])}
              allowDeselect={false}
            />
            <NumberInput
              label={t("ind.field.dueDays")}
              description={t("ind.field.dueDaysHint")}
              min={0}
              max={365}
              allowDecimal={false}
              value={draft.dueDays}
              onChange={(v) => set("dueDays", toNullableNumber(v) ?? 0)}
            />
          </SimpleGrid>
          {ratio && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t("ind.field.numeratorLabel")}
                required
                value={draft.numeratorLabel ?? ""}
                onChange={(e) => set("numeratorLabel", e.currentTarget.value)}
                error={errors.numeratorLabel}
                data-field="numeratorLabel"
              />
              <TextInput
                label={t("ind.field.denominatorLabel")}
                required
                value={draft.denominatorLabel ?? ""}
                onChange={(e) => set("denominatorLabel", e.currentTarget.value)}
                error={errors.denominatorLabel}
                data-field="denominatorLabel"
              />
              <NumberInput
                label={t("ind.field.scale")}
                description={t("ind.field.scaleHint")}
                min={1}
                {...VI_NUMBER}
                value={draft.scale}
                onChange={(v) => set("scale", toNullableNumber(v) ?? 100)}
                error={errors.scale}
              />
            </SimpleGrid>
          )}
          {!ratio && (
            <Checkbox
              label={t("ind.field.computed")}
              description={t("ind.field.computedHint")}
              checked={computed}
              onChange={(e) => setComputed(e.currentTarget.checked)}
            />
          )}
          {computed && !ratio && (
            <Textarea
              label={t("ind.field.formula")}
              description={t("ind.field.formulaHint")}
              required
              autosize
              minRows={2}
              classNames={{ input: "dh-mono" }}
              value={draft.formula ?? ""}
              onChange={(e) => set("formula", e.currentTarget.value)}
              error={errors.formula}
              data-field="formula"
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Select
              label={t("ind.field.direction")}
              value={draft.direction}
              onChange={(v) => v && set("direction", v as "up" | "down")}
              allowDeselect={false}
              data={[
                { value: "up", label: t("ind.direction.up") },
                { value: "down", label: t("ind.direction.down") },
              ]}
            />
            <NumberInput
              label={t("ind.field.decimals")}
              min={0}
              max={6}
              allowDecimal={false}
              value={draft.decimals}
              onChange={(v) => set("decimals", toNullableNumber(v) ?? 0)}
            />
            <NumberInput
              label={t("ind.field.minValue")}
              {...VI_NUMBER}
              value={draft.minValue ?? ""}
              onChange={(v) => set("minValue", toNullableNumber(v))}
              error={errors.minValue}
              data-field="minValue"
            />
            <NumberInput
              label={t("ind.field.maxValue")}
              {...VI_NUMBER}
              value={draft.maxValue ?? ""}
              onChange={(v) => set("maxValue", toNullableNumber(v))}
              error={errors.maxValue}
              data-field="maxValue"
            />
          </SimpleGrid>
          <Divider label={t("ind.section.reporting")} labelPosition="left" />
          <MultiSelect
            label={t("ind.field.reporterKinds")}
            description={t("ind.field.reporterKindsHint")}
            data={kindOptions}
            value={draft.reporterKinds}
            onChange={(v) => set("reporterKinds", v as OrgUnitKind[])}
            clearable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <UnitSelect
              label={t("ind.field.owner")}
              units={pickable}
              value={draft.ownerUnitId}
              onChange={(id) => set("ownerUnitId", id)}
              error={errors.ownerUnitId}
              data-field="ownerUnitId"
            />
            <UnitSelect
              label={t("ind.field.monitor")}
              units={pickable}
              value={draft.monitorUnitId}
              onChange={(id) => set("monitorUnitId", id)}
              error={errors.monitorUnitId}
            />
          </SimpleGrid>
          <MultiSelect
            label={t("ind.field.groups")}
            data={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
            value={draft.groups}
            onChange={(v) => set("groups", v)}
            clearable
          />
          <DisaggregationEditor
            value={draft.disaggregation}
            onChange={(v) => set("disaggregation", v)}
            error={errors.disaggregation}
          />
          <Divider label={t("ind.section.description")} labelPosition="left" />
          <TextInput
            label={t("ind.field.source")}
            value={draft.source ?? ""}
            onChange={(e) => set("source", e.currentTarget.value)}
            error={errors.source}
            data-field="source"
          />
          <Textarea
            label={t("ind.field.definition")}
            autosize
            minRows={3}
            value={draft.definition ?? ""}
            onChange={(e) => set("definition", e.currentTarget.value)}
            error={errors.definition}
            data-field="definition"
          />
          <Group gap="xl">
            <Switch
              label={t("ind.field.isPublic")}
              checked={draft.isPublic}
              onChange={(e) => set("isPublic", e.currentTarget.checked)}
            />
            {indicator && (
              <Switch
                label={t("ind.field.active")}
                checked={draft.active ?? true}
                onChange={(e) => set("active", e.currentTarget.checked)}
              />
            )}
          </Group>
          <ErrorAlert error={save.error} focus={Object.keys(serverErrors).length === 0} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
