// i18next set up once for the whole app. Vietnamese is the source language and the fallback:
// a key missing from en.json shows the Vietnamese text rather than a raw key.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import vi from "./vi.json";

export type Language = "vi" | "en";
export const LANGUAGES: { code: Language; label: string }[] = [
  { code: "vi", label: "Tiếng Việt" },
  { code: "en", label: "English" },
];

const STORAGE_KEY = "dh.language";

export function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function applyToDocument(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the switch still works for this visit.
  }
  await i18n.changeLanguage(language);
}

i18n.on("languageChanged", applyToDocument);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "vi",
  supportedLngs: ["vi", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToDocument(i18n.language);

export { i18n };
