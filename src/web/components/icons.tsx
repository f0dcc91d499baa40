// A handful of line icons drawn for the navigation (no icon package is installed). Decorative:
// hidden from assistive technology, the text label next to them carries the meaning.
import type { ReactElement } from "react";

const shapes: Record<string, ReactElement> = {
  dashboard: (
    <>
      <rect x="3" y="3" width="7" height="9" rx="1" />
      <rect x="14" y="3" width="7" height="5" rx="1" />
      <rect x="14" y="12" width="7" height="9" rx="1" />
      <rect x="3" y="16" width="7" height="5" rx="1" />
    </>
  ),
  indicators: (
    <>
      <circle cx="12" cy="12" r="9" />
      <circle cx="12" cy="12" r="5" />
      <circle cx="12" cy="12" r="1" />
    </>
  ),
  data: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M3 9h18M3 14h18M9 4v16" />
    </>
  ),
  plans: (
    <>
      <rect x="5" y="4" width="14" height="17" rx="1" />
      <path d="M9 4V3h6v1M8.5 12l2 2 4-4M8 17h8" />
    </>
  ),
  reports: (
    <>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4M9 12h6M9 16h6" />
    </>
  ),
  exchange: <path d="M4 8h14l-3-3M20 16H6l3 3" />,
  feedback: <path d="M4 5h16v11H9l-5 4z" />,
  orgunits: (
    <>
      <rect x="9" y="3" width="6" height="5" rx="1" />
      <rect x="3" y="16" width="6" height="5" rx="1" />
      <rect x="15" y="16" width="6" height="5" rx="1" />
      <path d="M12 8v4M6 16v-4h12v4" />
    </>
  ),
  users: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 4-6 8-6s8 2 8 6" />
    </>
  ),
  audit: (
    <>
      <path d="M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z" />
      <path d="M8.5 12l2.5 2.5 4.5-4.5" />
    </>
  ),
};

export function NavIcon({ name, size = 18 }: { name: string; size?: number }) {
  const shape = shapes[name] ?? shapes.dashboard;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {shape}
    </svg>
  );
}

export function Emblem() {
  return (
    <span className="dh-emblem" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="#ffd43b" d="M12 2.5l2.6 7.1h7.5l-6 4.5 2.3 7.2L12 16.9l-6.4 4.4 2.3-7.2-6-4.5h7.5z" />
      </svg>
    </span>
  );
}
