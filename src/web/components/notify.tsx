// Short confirmations after a write ("Đã lưu"). A polite live region, so screen readers read
// them without interrupting; each disappears after a few seconds or when closed.
import { Notification, Stack } from "@mantine/core";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface Note {
  id: number;
  message: string;
  color: "green" | "red" | "blue";
}

type Notify = (message: string, color?: Note["color"]) => void;

const NotifyContext = createContext<Notify>(() => undefined);

export function NotifyProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<Note[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotes((list) => list.filter((note) => note.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, color = "green") => {
      const id = nextId.current++;
      setNotes((list) => [...list.slice(-3), { id, message, color }]);
      setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div aria-live="polite" role="status" className="dh-notes">
        <Stack gap="xs">
          {notes.map((note) => (
            <Notification
              key={note.id}
              color={note.color}
              withBorder
              onClose={() => dismiss(note.id)}
              closeButtonProps={{ "aria-label": t("common.close") }}
            >
              {note.message}
            </Notification>
          ))}
        </Stack>
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
