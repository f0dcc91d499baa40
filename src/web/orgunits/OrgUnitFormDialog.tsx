// Create a unit, or edit one's code, names and kind (moving it is a separate action).
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { UnitSelect } from "../components/UnitSelect";
import type { Id, OrgUnit, OrgUnitKind } from "../lib/types";
import { useCreateOrgUnit, useUpdateOrgUnit } from "./api";
import { KindSelect } from "./KindSelect";

export interface OrgUnitFormDialogProps {
  /** The unit to edit; absent means a new unit. */
  unit?: OrgUnit;
  /** Parent preselected for a new unit (the unit selected in the tree). */
  defaultParentId?: Id | null;
  units: readonly OrgUnit[];
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}

export function OrgUnitFormDialog({
  unit,
  defaultParentId,
  units,
  onClose,
  onSaved,
}: OrgUnitFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const [code, setCode] = useState(unit?.code ?? "");
  const [name, setName] = useState(unit?.name ?? "");
  const [shortName, setShortName] = useState(unit?.shortName ?? "");
  const [kind, setKind] = useState<OrgUnitKind | null>(unit?.kind ?? null);
  const [parentId, setParentId] = useState<Id | null>(defaultParentId ?? null);
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const mutation = unit ? update : create;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim() || !name.trim() || !kind || (!unit && parentId === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const saved = unit
      ? await update.mutateAsync({
          id: unit.id,
          version: unit.version,
          code: code.trim(),
          name: name.trim(),
          shortName: shortName.trim() || null,
          kind,
        })
      : await create.mutateAsync({
          code: code.trim(),
          name: name.trim(),
          shortName: shortName.trim() || undefined,
          kind,
          parentId: parentId as Id,
          validFrom: validFrom ?? undefined,
        });
    notify(t("common.saved"));
    onSaved(saved.item);
  }

  const required = (value: unknown) => (missing && !value ? t("common.required") : undefined);
  return (
    <Modal opened onClose={onClose} title={unit ? t("orgunits.editTitle") : t("orgunits.createTitle")}>
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <Stack gap="sm">
          <ErrorAlert error={mutation.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("orgunits.code")}
              required
              data-autofocus
              value={code}
              error={required(code.trim())}
              onChange={(event) => setCode(event.currentTarget.value)}
              classNames={{ input: "dh-mono" }}
            />
            <KindSelect required value={kind} onChange={setKind} error={required(kind)} />
          </SimpleGrid>
          <TextInput
            label={t("orgunits.name")}
            required
            value={name}
            error={required(name.trim())}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            label={t("orgunits.shortName")}
            value={shortName}
            onChange={(event) => setShortName(event.currentTarget.value)}
          />
          {!unit && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <UnitSelect
                label={t("orgunits.parent")}
                required
                units={units}
                value={parentId}
                onChange={setParentId}
                error={required(parentId !== null)}
              />
              <DateInput label={t("orgunits.validFrom")} value={validFrom} onChange={setValidFrom} />
            </SimpleGrid>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {unit ? t("common.save") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
