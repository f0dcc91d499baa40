// A searchable picker of org units: accent-insensitive search over name, short name and code,
// options indented by depth so the hierarchy stays readable in a flat list.
import { type ComboboxItem, type OptionsFilter, Select, type SelectProps, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { matchesQuery } from "../lib/fold";
import { treeOrder, unitSearchText } from "../lib/orgTree";
import { type Id, type OrgUnit, parseId } from "../lib/types";

export interface UnitSelectProps
  extends Omit<SelectProps, "data" | "value" | "onChange" | "filter" | "renderOption"> {
  units: readonly OrgUnit[];
  value: Id | null;
  onChange: (id: Id | null) => void;
  /** Units that may not be picked (e.g. a unit and its subtree when choosing its new parent). */
  disabledIds?: ReadonlySet<Id>;
}

const MAX_SHOWN = 300;

export function UnitSelect({ units, value, onChange, disabledIds, ...rest }: UnitSelectProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  const minDepth = useMemo(() => Math.min(...units.map((unit) => unit.depth), 0), [units]);
  const data = useMemo<ComboboxItem[]>(
    () =>
      treeOrder(units).map((unit) => ({
        value: String(unit.id),
        label: unit.name,
        disabled: disabledIds?.has(unit.id) ?? false,
      })),
    [units, disabledIds],
  );

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

  return (
    <Select
      searchable
      clearable={!rest.required}
      nothingFoundMessage={t("common.nothingFound")}
      maxDropdownHeight={320}
      limit={MAX_SHOWN}
      // Opening on focus would cover the rest of a form as soon as a dialog autofocuses it.
      openOnFocus={false}
      comboboxProps={{ withinPortal: true }}
      {...rest}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(parseId(id))}
      filter={filter}
      renderOption={({ option }) => {
        const unit = byId.get(Number(option.value));
        const indent = unit ? Math.max(0, unit.depth - minDepth) : 0;
        return (
          <span style={{ paddingLeft: indent * 12, display: "flex", gap: 8, alignItems: "baseline" }}>
            <span>{option.label}</span>
            {unit && (
              <Text span size="xs" c="dimmed">
                {unit.code}
              </Text>
            )}
          </span>
        );
      }}
    />
  );
}
