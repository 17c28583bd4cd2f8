import { type ThemeChoice, useTheme } from "#app/lib/theme.ts";
import { buttonClass } from "../ui/button.tsx";
import { MonitorIcon, MoonIcon, SunIcon } from "../ui/icons.tsx";

const next: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const names: Record<ThemeChoice, string> = { system: "system", light: "light", dark: "dark" };
const icons = { system: MonitorIcon, light: SunIcon, dark: MoonIcon };

/** Cycles the theme: follow the system → light → dark. */
export function ThemeToggle() {
  const { choice, setChoice } = useTheme();
  const Icon = icons[choice];
  const label = `Theme: ${names[choice]}. Switch to ${names[next[choice]]}`;
  return (
    <button
      type="button"
      className={buttonClass("ghost", "icon")}
      onClick={() => setChoice(next[choice])}
      aria-label={label}
      title={label}
    >
      <Icon />
    </button>
  );
}
