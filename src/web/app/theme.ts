// A restrained look for government work: navy primary, neutral greys, small radii, compact
// controls. Fonts are system fonts with full Vietnamese coverage (no web-font download, the app
// must work offline on closed networks).
import { createTheme, type MantineColorsTuple } from "@mantine/core";

const navy: MantineColorsTuple = [
  "#ebf0f8",
  "#d3dcee",
  "#a7b8dc",
  "#7891c8",
  "#5271b8",
  "#3b5dad",
  "#2e52a8",
  "#224394",
  "#1b3a84",
  "#0f2d71",
];

export const theme = createTheme({
  primaryColor: "navy",
  primaryShade: 7,
  colors: { navy },
  fontFamily:
    "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
  headings: { fontWeight: "600" },
  defaultRadius: "sm",
  focusRing: "auto",
  cursorType: "pointer",
  components: {
    Button: { defaultProps: { size: "sm" } },
    TextInput: { defaultProps: { size: "sm" } },
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: "sm", fz: "sm" } },
    Modal: { defaultProps: { centered: true, size: "lg" } },
  },
});
