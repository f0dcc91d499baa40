// The controls in the top bar: unit scope, language, and the user's menu.
import { Avatar, Menu, NativeSelect, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { UnitSelect } from "../components/UnitSelect";
import { LANGUAGES, type Language, setLanguage } from "../i18n";
import { primaryRole, useLogout, useMe } from "../lib/auth";
import { useScope } from "./scope";

export function ScopeSelect({ width = 320 }: { width?: number | string }) {
  const { t } = useTranslation();
  const scope = useScope();
  if (scope.units.length === 0 && !scope.isLoading) return null;
  return (
    <UnitSelect
      aria-label={t("app.scopeLabel")}
      placeholder={scope.isLoading ? t("common.loading") : t("app.scopePlaceholder")}
      units={scope.units}
      value={scope.unitId}
      onChange={(id) => id && scope.setUnitId(id)}
      required
      allowDeselect={false}
      w={width}
      size="xs"
    />
  );
}

export function LanguageSwitch({ size = "xs" }: { size?: "xs" | "sm" }) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t("app.language")}
      size={size}
      value={i18n.language.startsWith("en") ? "en" : "vi"}
      onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
      data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))}
      w={{ base: 96, sm: 118 }}
    />
  );
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const role = primaryRole(me);
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton
          className="dh-header-text"
          aria-label={t("app.userMenu", { name: me.fullName })}
          px={6}
          py={2}
          style={{ borderRadius: 4, textAlign: "right" }}
        >
          {/* Narrow screens get initials; the full name would push the other controls off. */}
          <Avatar name={me.fullName} color="initials" size={32} hiddenFrom="sm" aria-hidden="true" />
          <Text size="sm" fw={600} lh={1.2} c="white" visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
            {me.fullName}
          </Text>
          {role && (
            <Text size="xs" lh={1.2} c="rgba(255,255,255,0.75)" visibleFrom="sm">
              {t(`roles.${role}`)}
            </Text>
          )}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.username}</Menu.Label>
        <Menu.Item onClick={() => navigate("/account")}>{t("nav.account")}</Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={async () => {
            await logout();
            navigate("/login", { replace: true });
          }}
        >
          {t("app.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
