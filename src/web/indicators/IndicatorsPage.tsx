// Chỉ tiêu: the catalogue at /indicators and one indicator's page at /indicators/:id.
import { Route, Routes } from "react-router";
import { CataloguePage } from "./CataloguePage";
import { IndicatorDetailPage } from "./IndicatorDetailPage";
import "./i18n";

export default function IndicatorsPage() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route path=":id" element={<IndicatorDetailPage />} />
    </Routes>
  );
}
