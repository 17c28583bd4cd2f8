import { Outlet } from "react-router";
import { AppHeader } from "./app-header.tsx";

/** The signed-in frame: header on top, the page below. */
export function AppShell() {
  return (
    <div className="flex min-h-full flex-col">
      <AppHeader />
      <Outlet />
    </div>
  );
}
