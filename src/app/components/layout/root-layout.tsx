import { lazy, Suspense } from "react";
import { Outlet } from "react-router";
import { useTheme } from "#app/lib/theme.ts";
import { ApiUnreachableBanner } from "./api-unreachable-banner.tsx";

// No page needs the toaster to draw: it loads just after the first render, beside the page's own
// chunk, and toasts only follow what the user does.
const Toaster = lazy(async () => ({ default: (await import("sonner")).Toaster }));

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
      <Suspense fallback={null}>
        <Toaster theme={choice} position="bottom-right" richColors closeButton />
      </Suspense>
    </>
  );
}
