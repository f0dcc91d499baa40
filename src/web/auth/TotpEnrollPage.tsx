// Where an administrator without TOTP is sent after sign-in: every other write is refused
// (AUTH_TOTP_ENROLL_REQUIRED) until two-step sign-in is on.
import { Alert, Button, Container, Group, Paper, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LanguageSwitch } from "../app/HeaderControls";
import { useLogout } from "../lib/auth";
import { TotpSetup } from "./TotpSetup";

export default function TotpEnrollPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  useEffect(() => {
    document.title = `${t("totp.enrollTitle")} · ${t("app.name")}`;
  }, [t]);
  return (
    <div className="dh-login-bg">
      <Container size={620} pt={48} pb="xl">
        <Group justify="flex-end" mb="md">
          <LanguageSwitch />
        </Group>
        <main>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={1} size="h3" mb="sm">
              {t("totp.enrollTitle")}
            </Title>
            <Alert color="yellow" mb="md">
              {t("totp.enrollRequired")}
            </Alert>
            <TotpSetup onEnabled={() => navigate("/", { replace: true })} />
            <Group justify="flex-end" mt="lg">
              <Button
                variant="subtle"
                onClick={async () => {
                  await logout();
                  navigate("/login", { replace: true });
                }}
              >
                {t("app.logout")}
              </Button>
            </Group>
          </Paper>
        </main>
      </Container>
    </div>
  );
}
