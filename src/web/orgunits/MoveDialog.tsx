// Move a unit under another parent. The unit itself and its subtree cannot be picked (the
// server also refuses with ORG_UNIT_CYCLE).
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { UnitSelect } from "../components/UnitSelect";
import { subtreeIds } from "../lib/orgTree";
import type { Id, OrgUnit } from "../lib/types";
import { useMoveOrgUnit } from "./api";

export function MoveDialog({
  unit,
  units,
  onClose,
}: {
  unit: OrgUnit;
  units: readonly OrgUnit[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const move = useMoveOrgUnit();
  const [parentId, setParentId] = useState<Id | null>(unit.parentId);
  const blocked = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);

  return (
    <Modal opened onClose={onClose} title={t("orgunits.moveTitle", { name: unit.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!parentId) return;
          move.mutate(
            { id: unit.id, parentId, version: unit.version },
            {
              onSuccess: () => {
                notify(t("orgunits.moved"));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t("orgunits.moveHint")}</Text>
          <ErrorAlert error={move.error} />
          <UnitSelect
            label={t("orgunits.newParent")}
            required
            data-autofocus
            units={units}
            value={parentId}
            onChange={setParentId}
            disabledIds={blocked}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={!parentId || parentId === unit.parentId}>
              {t("orgunits.move")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
