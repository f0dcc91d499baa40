// The org-unit tree: arrow keys move, Right/Left expand and collapse, Space toggles, Enter or a
// click selects. A search keeps the matches and their ancestors, expanded.
import { Badge, Text, Tree, type TreeNodeData, useTree } from "@mantine/core";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import { ancestorsOf, buildTree, filterTree, indexById, type OrgTreeNode } from "../lib/orgTree";
import { type Id, type OrgUnit, parseId } from "../lib/types";

type TreeExpandedState = Record<string, boolean>;

export interface OrgUnitTreeProps {
  units: readonly OrgUnit[];
  query: string;
  selectedId: Id | null;
  onSelect: (id: Id) => void;
  /** The as-of date; units whose validity ended before it are marked. */
  asOf: string;
}

function toNodeData(nodes: OrgTreeNode[]): TreeNodeData[] {
  return nodes.map((node) => ({
    value: String(node.unit.id),
    label: node.unit.name,
    children: node.children.length > 0 ? toNodeData(node.children) : undefined,
  }));
}

function expandedFor(ids: Iterable<Id | string>): TreeExpandedState {
  const state: TreeExpandedState = {};
  for (const id of ids) state[String(id)] = true;
  return state;
}

export function OrgUnitTree({ units, query, selectedId, onSelect, asOf }: OrgUnitTreeProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => indexById(units), [units]);
  const searching = query.trim() !== "";
  const filter = useMemo(() => (searching ? filterTree(units, query) : null), [units, query, searching]);
  const data = useMemo(() => {
    const shown = filter ? units.filter((unit) => filter.visible.has(unit.id)) : units;
    return toNodeData(buildTree(shown));
  }, [units, filter]);

  const [expanded, setExpanded] = useState<TreeExpandedState>({});
  const tree = useTree({
    expandedState: expanded,
    onExpandedStateChange: setExpanded,
    selectedState: selectedId === null ? [] : [String(selectedId)],
    onSelectedStateChange: (selected) => {
      const id = parseId(selected[0]);
      if (id !== null) onSelect(id);
    },
  });

  // Searching opens the paths to every match; clearing the search returns to the top levels.
  // Keyed on the roots, not the data, so a refetch after a write keeps what the user opened.
  const rootKey = data.map((node) => node.value).join(",");
  useEffect(() => {
    if (filter) setExpanded(expandedFor(filter.expand));
    else setExpanded(expandedFor(rootKey.split(",").filter(Boolean)));
  }, [filter, rootKey]);

  // A unit chosen from elsewhere (breadcrumb, successor link) is revealed and scrolled to.
  const rootRef = useRef<HTMLUListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reveal only when the selection changes
  useEffect(() => {
    if (selectedId === null) return;
    const chain = ancestorsOf(byId, selectedId);
    if (chain.some((unit) => !expanded[String(unit.id)])) {
      setExpanded((current) => ({ ...current, ...expandedFor(chain.map((unit) => unit.id)) }));
    }
    const timer = setTimeout(() => {
      rootRef.current
        ?.querySelector(`[role=treeitem][data-value="${selectedId}"]`)
        ?.scrollIntoView({ block: "nearest" });
    }, 50);
    return () => clearTimeout(timer);
  }, [selectedId, byId]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== "Enter") return;
    const item = (event.target as HTMLElement).closest<HTMLElement>("[role=treeitem]");
    const value = parseId(item?.dataset.value);
    if (value !== null) {
      event.preventDefault();
      onSelect(value);
    }
  }

  if (data.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        {searching ? t("orgunits.noMatch") : t("common.noData")}
      </Text>
    );
  }

  return (
    <Tree
      ref={rootRef}
      data={data}
      tree={tree}
      aria-label={t("orgunits.treeLabel")}
      levelOffset={18}
      expandOnClick={false}
      selectOnClick
      allowRangeSelection={false}
      onKeyDown={onKeyDown}
      renderNode={({ node, expanded: isOpen, hasChildren, selected, elementProps, tree: controller }) => {
        const unit = byId.get(Number(node.value));
        if (!unit) return null;
        const ended = !!unit.validTo && unit.validTo < asOf;
        const matched = filter?.matches.has(unit.id) ?? false;
        return (
          <div
            {...elementProps}
            className={`${elementProps.className} dh-tree-node`}
            data-selected={selected || undefined}
          >
            <span
              aria-hidden="true"
              style={{ width: 16, display: "inline-flex", justifyContent: "center", color: "#6b7385" }}
              onClick={(event) => {
                event.stopPropagation();
                if (hasChildren) controller.toggleExpanded(node.value);
              }}
            >
              {hasChildren ? (isOpen ? "▾" : "▸") : "·"}
            </span>
            <span style={{ textDecoration: ended ? "line-through" : undefined }}>
              {matched ? <mark>{unit.name}</mark> : unit.name}
            </span>
            <Text span size="xs" c="dimmed" className="dh-mono">
              {unit.code}
            </Text>
            {unit.validTo && (
              <Badge size="xs" variant="light" color="gray">
                {t("orgunits.until", { date: formatDate(unit.validTo) })}
              </Badge>
            )}
          </div>
        );
      }}
    />
  );
}
