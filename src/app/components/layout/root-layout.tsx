import { Outlet } from "react-router";
import { Toaster } from "sonner";
import { useTheme } from "#app/lib/theme.ts";
import { ApiUnreachableBanner } from "./api-unreachable-banner.tsx";

export function RootLayout() {
  const { choice } = useTheme();
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded-md bg-surface px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <ApiUnreachableBanner />
      <Outlet />
      <Toaster theme={choice} position="bottom-right" richColors closeButton />
    </>
  );
}
