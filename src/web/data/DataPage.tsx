// Số liệu: the entry grid at /data and the file import at /data/import.
import { Route, Routes } from "react-router";
import "../indicators/i18n";
import { DataEntryPage } from "./DataEntryPage";
import { DataImportPage } from "./DataImportPage";
import "./grid.css";
import "./i18n";

export default function DataPage() {
  return (
    <Routes>
      <Route index element={<DataEntryPage />} />
      <Route path="import" element={<DataImportPage />} />
    </Routes>
  );
}
