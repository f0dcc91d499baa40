// The tiles: one per indicator, value in large type with its unit, status colour from the plan
// target, change against the previous period and the same period last year, and a sparkline.
// A tile is a button: it opens the drill-down.
import { Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { localeForLanguage } from "../lib/format";
import type { Tile } from "./api";
import {
  changeTone,
  formatChange,
  formatFigure,
  STATUS_COLOR,
  shortPeriod,
  sparkGeometry,
  TONE_COLOR,
} from "./dash-format";

export function Sparkline({
  values,
  color,
  width = 96,
  height = 30,
  label,
}: {
  values: (number | null)[];
  color: string;
  width?: number;
  height?: number;
  label?: string;
}) {
  const g = sparkGeometry(values, width, height, 3);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className="dh-spark"
    >
      {g.segments.map((points) => (
        <polyline
          key={points}
          points={points}
          fill="none"
          stroke={color}
          strokeWidth={1.6}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
      {g.last && <circle cx={g.last[0]} cy={g.last[1]} r={2.6} fill={color} />}
    </svg>
  );
}

function Change({ delta, tile, label }: { delta: number | null; tile: Tile; label: string }) {
  const { i18n } = useTranslation();
  const tone = changeTone(delta, tile.indicator.direction, tile.indicator.decimals);
  const arrow = delta === null || tone === "flat" ? "■" : delta > 0 ? "▲" : "▼";
  return (
    <span className="dh-change" style={{ color: TONE_COLOR[tone] }}>
      <span aria-hidden>{arrow}</span>{" "}
      {formatChange(delta, tile.indicator.decimals, localeForLanguage(i18n.language))}
      <span className="dh-change-label"> {label}</span>
    </span>
  );
}

export function TileCard({
  tile,
  onOpen,
  large = false,
}: {
  tile: Tile;
  onOpen?: (tile: Tile) => void;
  large?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  const color = STATUS_COLOR[tile.status ?? "none"];
  const d = tile.indicator.decimals;
  const value = formatFigure(tile.value, d, locale);
  const content = (
    <>
      <div className="dh-tile-head">
        <span className="dh-tile-name">{tile.indicator.name}</span>
        {tile.status && (
          <span className="dh-status" style={{ background: color }}>
            {t(`dash.status.${tile.status}`)}
          </span>
        )}
      </div>
      <div className="dh-tile-main">
        <span className="dh-tile-value" data-testid={`tile-value-${tile.indicator.code}`}>
          {value}
          {tile.indicator.unit && (
            <span className="dh-tile-unit">
              {tile.indicator.unit === "%" ? "%" : ` ${tile.indicator.unit}`}
            </span>
          )}
        </span>
        <Sparkline
          values={tile.sparkline.map((p) => p.value)}
          color={color}
          width={large ? 150 : 96}
          height={large ? 44 : 30}
        />
      </div>
      <div className="dh-tile-changes">
        <Change delta={tile.changePrevious} tile={tile} label={t("dash.vsPrevious")} />
        <Change delta={tile.changeLastYear} tile={tile} label={t("dash.vsLastYear")} />
      </div>
      <div className="dh-tile-foot">
        <span>{tile.target ? `${t("dash.target")} ${tile.target.label}` : t("dash.noTarget")}</span>
        {tile.target && tile.targetActual !== null && (
          <span>
            · {t("dash.ytd")} {formatFigure(tile.targetActual, d, locale)}
          </span>
        )}
        <span className="dh-tile-period">{shortPeriod(tile.period)}</span>
      </div>
    </>
  );
  const tip = tile.explanation ?? tile.indicator.name;
  if (!onOpen)
    return (
      <div
        className="dh-tile"
        style={{ borderLeftColor: color }}
        data-testid={`tile-${tile.indicator.code}`}
        data-value={tile.value ?? ""}
        data-period={tile.period}
      >
        {content}
      </div>
    );
  return (
    <Tooltip label={tip} multiline w={340} withArrow openDelay={500}>
      <button
        type="button"
        className="dh-tile"
        style={{ borderLeftColor: color }}
        onClick={() => onOpen(tile)}
        aria-label={`${t("dash.openDrill", { name: tile.indicator.name })}: ${value} ${tile.indicator.unit}${tile.statusLabel ? `, ${tile.statusLabel}` : ""}`}
        data-testid={`tile-${tile.indicator.code}`}
        data-value={tile.value ?? ""}
        data-period={tile.period}
      >
        {content}
      </button>
    </Tooltip>
  );
}

export function TileGrid({ tiles, onOpen }: { tiles: Tile[]; onOpen: (tile: Tile) => void }) {
  const { t } = useTranslation();
  if (tiles.length === 0) return <p className="dh-empty">{t("dash.noTiles")}</p>;
  return (
    <div className="dh-tiles">
      {tiles.map((tile) => (
        <TileCard key={tile.indicator.code} tile={tile} onOpen={onOpen} />
      ))}
    </div>
  );
}
