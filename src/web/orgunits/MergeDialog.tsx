// Merge units (the 1 July 2025 reorganisation is the model): sources end the day before the
// merge date and point to the target, which is an existing unit or a new one created here.
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  type OptionsFilter,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { UnitSelect } from "../components/UnitSelect";
import { matchesQuery } from "../lib/fold";
import { treeOrder, unitSearchText } from "../lib/orgTree";
import { type Id, type OrgUnit, type OrgUnitKind, parseId } from "../lib/types";
import { type MergeTarget, useMergeOrgUnits } from "./api";
import { KindSelect } from "./KindSelect";

export interface MergeDialogProps {
  units: readonly OrgUnit[];
  /** Preselected source (the unit the dialog was opened from). */
  initialSourceId?: Id;
  onClose: () => void;
  onMerged: (target: OrgUnit) => void;
}

export function MergeDialog({ units, initialSourceId, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const merge = useMergeOrgUnits();
  const active = useMemo(() => treeOrder(units.filter((unit) => !unit.validTo)), [units]);
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  const [sourceIds, setSourceIds] = useState<Id[]>(initialSourceId !== undefined ? [initialSourceId] : []);
  const [date, setDate] = useState<string | null>(null);
  const [mode, setMode] = useState<"existing" | "new">("new");
  const [targetId, setTargetId] = useState<Id | null>(null);
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [shortName, setShortName] = useState("");
  const [kind, setKind] = useState<OrgUnitKind | null>(
    initialSourceId !== undefined ? (byId.get(initialSourceId)?.kind ?? null) : null,
  );
  const [parentId, setParentId] = useState<Id | null>(
    initialSourceId !== undefined ? (byId.get(initialSourceId)?.parentId ?? null) : null,
  );
  const [missing, setMissing] = useState(false);
  const sourceSet = useMemo(() => new Set(sourceIds), [sourceIds]);

  const filter: OptionsFilter = ({ options, search, limit }) => {
    const result: typeof options = [];
    for (const option of options) {
      if ("group" in option) continue;
      const unit = byId.get(Number(option.value));
      if (unit && matchesQuery(unitSearchText(unit), search)) result.push(option);
      if (result.length >= limit) break;
    }
    return result;
  };

  function buildTarget(): MergeTarget | null {
    if (mode === "existing") return targetId !== null ? { id: targetId } : null;
    if (!code.trim() || !name.trim() || !kind || parentId === null) return null;
    return { code: code.trim(), name: name.trim(), shortName: shortName.trim() || undefined, kind, parentId };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const target = buildTarget();
    if (sourceIds.length === 0 || !date || !target) {
      setMissing(true);
      return;
    }
    setMissing(false);
    merge.mutate(
      { sourceIds, date, target },
      {
        onSuccess: (result) => {
          notify(t("orgunits.merged"));
          onMerged(result.item);
        },
      },
    );
  }

  const required = (value: unknown) => (missing && !value ? t("common.required") : undefined);
  return (
    <Modal opened onClose={onClose} title={t("orgunits.mergeTitle")} size="xl">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{t("orgunits.mergeHint")}</Text>
          <ErrorAlert error={merge.error} />
          <MultiSelect
            label={t("orgunits.mergeSources")}
            required
            searchable
            openOnFocus={false}
            data-autofocus
            data={active.map((unit) => ({ value: String(unit.id), label: `${unit.name} (${unit.code})` }))}
            value={sourceIds.map(String)}
            onChange={(values) => setSourceIds(values.map(parseId).filter((id): id is Id => id !== null))}
            filter={filter}
            limit={200}
            nothingFoundMessage={t("common.nothingFound")}
            error={required(sourceIds.length > 0)}
          />
          <DateInput
            label={t("orgunits.mergeDate")}
            description={t("orgunits.mergeDateHint")}
            required
            value={date}
            onChange={setDate}
            error={required(date)}
            maw={260}
          />
          <Radio.Group
            label={t("orgunits.mergeTarget")}
            value={mode}
            onChange={(value) => setMode(value as "existing" | "new")}
          >
            <Group mt={4}>
              <Radio value="new" label={t("orgunits.mergeTargetNew")} />
              <Radio value="existing" label={t("orgunits.mergeTargetExisting")} />
            </Group>
          </Radio.Group>
          {mode === "existing" ? (
            <UnitSelect
              label={t("orgunits.mergeTargetUnit")}
              required
              units={active}
              value={targetId}
              onChange={setTargetId}
              disabledIds={sourceSet}
              error={required(targetId)}
            />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t("orgunits.code")}
                  required
                  value={code}
                  onChange={(event) => setCode(event.currentTarget.value)}
                  error={required(code.trim())}
                  classNames={{ input: "dh-mono" }}
                />
                <KindSelect required value={kind} onChange={setKind} error={required(kind)} />
              </SimpleGrid>
              <TextInput
                label={t("orgunits.name")}
                required
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={required(name.trim())}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t("orgunits.shortName")}
                  value={shortName}
                  onChange={(event) => setShortName(event.currentTarget.value)}
                />
                <UnitSelect
                  label={t("orgunits.parent")}
                  required
                  units={active}
                  value={parentId}
                  onChange={setParentId}
                  disabledIds={sourceSet}
                  error={required(parentId)}
                />
              </SimpleGrid>
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={merge.isPending}>
              {t("orgunits.merge")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
