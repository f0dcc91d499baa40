// Edit a user's grants: each row is a role over an org-unit subtree.
import { ActionIcon, Button, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { UnitSelect } from "../components/UnitSelect";
import { type Id, type OrgUnit, ROLES, type Role } from "../lib/types";

export interface GrantDraft {
  key: number;
  role: Role | null;
  orgUnitId: Id | null;
}

let nextKey = 1;
export function newGrantDraft(role: Role | null = null, orgUnitId: Id | null = null): GrantDraft {
  return { key: nextKey++, role, orgUnitId };
}

export interface GrantsEditorProps {
  value: GrantDraft[];
  onChange: (value: GrantDraft[]) => void;
  units: readonly OrgUnit[];
  showErrors: boolean;
}

export function GrantsEditor({ value, onChange, units, showErrors }: GrantsEditorProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<GrantDraft>) =>
    onChange(value.map((grant) => (grant.key === key ? { ...grant, ...patch } : grant)));
  return (
    <fieldset style={{ border: "1px solid #dee2e6", borderRadius: 4, padding: "8px 12px 12px" }}>
      <legend style={{ fontSize: 14, fontWeight: 500, padding: "0 4px" }}>{t("users.grants")}</legend>
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("users.noGrants")}
          </Text>
        )}
        {value.map((grant, index) => (
          <Group key={grant.key} align="flex-end" gap="xs" wrap="nowrap">
            <Select
              label={t("users.role")}
              aria-label={t("users.grantRole", { index: index + 1 })}
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              value={grant.role}
              onChange={(role) => update(grant.key, { role: role as Role | null })}
              error={showErrors && !grant.role ? t("common.required") : undefined}
              w={170}
              allowDeselect={false}
            />
            <UnitSelect
              label={t("users.unit")}
              aria-label={t("users.grantUnit", { index: index + 1 })}
              units={units}
              value={grant.orgUnitId}
              onChange={(orgUnitId) => update(grant.key, { orgUnitId })}
              error={showErrors && grant.orgUnitId === null ? t("common.required") : undefined}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={showErrors && (!grant.role || grant.orgUnitId === null) ? 22 : 0}
              aria-label={t("users.removeGrant", { index: index + 1 })}
              onClick={() => onChange(value.filter((other) => other.key !== grant.key))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => onChange([...value, newGrantDraft()])}>
            {t("users.addGrant")}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
