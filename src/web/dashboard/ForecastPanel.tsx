// Where each plan target is heading by the end of its period: the projection with its 80%
// interval, the chance of meeting the target, and the "có nguy cơ không đạt" flag. The method and
// its reasoning are in each row's tooltip (server: src/server/dashboard/README.md).
import { Progress, ScrollArea, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { localeForLanguage } from "../lib/format";
import type { TargetForecast } from "./api";
import { formatFigure, scaleColor } from "./dash-format";

export function ForecastPanel({
  items,
  onOpen,
  maxHeight = 360,
  limit,
}: {
  items: TargetForecast[];
  onOpen?: (code: string) => void;
  maxHeight?: number;
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  if (items.length === 0) return <p className="dh-empty">{t("dash.noForecasts")}</p>;
  const shown = limit ? items.slice(0, limit) : items;
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto">
      <table className="dh-forecast-table" data-testid="forecasts">
        <thead>
          <tr>
            <th scope="col">{t("dash.forecastIndicator")}</th>
            <th scope="col">{t("dash.target")}</th>
            <th scope="col">{t("dash.forecastProjected")}</th>
            <th scope="col">{t("dash.forecastChance")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const d = f.indicator.decimals;
            const chance = f.probabilityMet;
            return (
              <tr key={`${f.indicator.code}-${f.target.id}`} data-at-risk={f.atRisk}>
                <td>
                  <Tooltip label={f.explanation} multiline w={380} withArrow>
                    {onOpen ? (
                      <button type="button" className="dh-link" onClick={() => onOpen(f.indicator.code)}>
                        {f.indicator.name}
                      </button>
                    ) : (
                      <span>{f.indicator.name}</span>
                    )}
                  </Tooltip>
                  <div>
                    <span className={f.atRisk ? "dh-flag dh-flag-risk" : "dh-flag dh-flag-ok"}>
                      {f.atRisk ? t("dash.atRisk") : t("dash.onCourse")}
                    </span>
                  </div>
                </td>
                <td className="dh-nowrap">{f.target.label}</td>
                <td className="dh-num dh-nowrap">
                  <strong>{formatFigure(f.projected, d, locale)}</strong>
                  {f.lower !== null && f.upper !== null && f.horizon > 0 && (
                    <div className="dh-interval">
                      {formatFigure(f.lower, d, locale)} – {formatFigure(f.upper, d, locale)}
                    </div>
                  )}
                </td>
                <td style={{ minWidth: 90 }}>
                  {chance === null ? (
                    "–"
                  ) : (
                    <>
                      <Progress
                        value={chance * 100}
                        color={scaleColor(chance)}
                        size="sm"
                        aria-label={`${t("dash.forecastChance")}: ${Math.round(chance * 100)}%`}
                      />
                      <span className="dh-chance">{Math.round(chance * 100)}%</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea.Autosize>
  );
}
