import { createBrowserRouter, type RouteObject } from "react-router";
import { AppShell } from "./components/layout/app-shell.tsx";
import { RequireSession } from "./components/layout/require-session.tsx";
import { RootLayout } from "./components/layout/root-layout.tsx";
import { lazyPage } from "./components/lazy-load/lazy-page.tsx";
import { NotFoundPage } from "./components/not-found-page.tsx";
import { PageError } from "./components/page-error.tsx";
import { RouteError } from "./components/route-error.tsx";
import { projectPages } from "./lib/project-pages.ts";

// Client routes stay clear of the API's own paths (/accounts, /projects, /local), which the same
// origin serves. Every page is loaded lazily; the shell above is all that loads up front.

const comingSoon = {
  Component: lazyPage(async () => (await import("./components/coming-soon-page.tsx")).ComingSoonPage),
};
const builtPages: Partial<Record<string, RouteObject["lazy"]>> = {
  rooms: { Component: lazyPage(async () => (await import("./features/rooms/rooms-page.tsx")).RoomsPage) },
  members: { Component: lazyPage(async () => (await import("./features/members/members-page.tsx")).MembersPage) },
  storage: {
    Component: lazyPage(async () => (await import("./features/storage/storage-page.tsx")).StoragePage),
  },
  "oauth-clients": {
    Component: lazyPage(async () => (await import("./features/oauth-clients/oauth-clients-page.tsx")).OAuthClientsPage),
  },
  "api-keys": {
    Component: lazyPage(async () => (await import("./features/api-keys/api-keys-page.tsx")).ApiKeysPage),
  },
  grants: {
    Component: lazyPage(async () => (await import("./features/grants/matrix/grant-matrix-page.tsx")).GrantMatrixPage),
  },
  audit: { Component: lazyPage(async () => (await import("./features/audit/audit-page.tsx")).AuditPage) },
  settings: {
    Component: lazyPage(
      async () => (await import("./features/projects/project-settings-page.tsx")).ProjectSettingsPage,
    ),
  },
};

// Pages about one thing show their own heading and trail (`detail`), under their section's access.
const detailPages: RouteObject[] = [
  {
    path: "rooms/:roomName",
    handle: { label: "Rooms", access: "everyone", detail: true },
    lazy: { Component: lazyPage(async () => (await import("./features/rooms/room-page/room-page.tsx")).RoomPage) },
  },
  {
    path: "members/:userId",
    handle: { label: "Members", access: "everyone", detail: true },
    lazy: {
      Component: lazyPage(async () => (await import("./features/members/member-page/member-page.tsx")).MemberPage),
    },
  },
];

// The grant editor is the grants feature's; other pages link here (lib/grant-editor-links.ts).
// One lazy object per route: the router consumes a route's lazy object when it resolves it.
const loadGrantEditor = lazyPage(async () => (await import("./features/grants/grant-editor-page.tsx")).GrantEditorPage);
const grantEditorPages: RouteObject[] = [
  {
    path: "grants/edit/:roomId/:userId",
    handle: { label: "Grants", access: "admin", detail: true },
    lazy: { Component: loadGrantEditor },
  },
  {
    path: "grants/new",
    handle: { label: "Grants", access: "admin", detail: true },
    lazy: { Component: loadGrantEditor },
  },
];

const projectChildren: RouteObject[] = [
  {
    index: true,
    lazy: {
      Component: lazyPage(
        async () => (await import("./features/projects/project-index-redirect.tsx")).ProjectIndexRedirect,
      ),
    },
  },
  ...projectPages.map(
    (page): RouteObject => ({
      path: page.path,
      handle: { label: page.label, access: page.access },
      lazy: builtPages[page.path] ?? comingSoon,
    }),
  ),
  ...detailPages,
  ...grantEditorPages,
];

export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    // Nothing to show before the first page's code arrives (a few ms); saying so keeps the console quiet.
    HydrateFallback: () => null,
    children: [
      {
        path: "connect",
        lazy: { Component: lazyPage(async () => (await import("./features/connect/connect-page.tsx")).ConnectPage) },
      },
      {
        Component: RequireSession,
        children: [
          {
            Component: AppShell,
            children: [
              {
                index: true,
                ErrorBoundary: PageError,
                lazy: {
                  Component: lazyPage(async () => (await import("./features/projects/projects-page.tsx")).ProjectsPage),
                },
              },
              {
                path: "project/:projectId",
                ErrorBoundary: PageError,
                lazy: {
                  Component: lazyPage(
                    async () => (await import("./features/projects/project-layout.tsx")).ProjectLayout,
                  ),
                },
                // A page that fails keeps the project's sidebar around it.
                children: projectChildren.map((route) => ({ ...route, ErrorBoundary: PageError }) as RouteObject),
              },
            ],
          },
        ],
      },
      { path: "*", Component: NotFoundPage },
    ],
  },
];

export const router = createBrowserRouter(routes);
