import { useState } from "react";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
import { lazyDialog } from "#app/components/lazy-load/lazy-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { projectColumns } from "./project-columns.tsx";
import { useProjectsPage } from "./use-projects-page.ts";

const rowId = (row: { id: string }) => row.id;

// The form library and dialog load when first wanted, keeping them out of the page's initial bundle.
const CreateProjectDialog = lazyDialog(
  async () => (await import("./create-project-dialog.tsx")).CreateProjectDialog,
  "the New project form",
);
const preloadDialog = CreateProjectDialog.preload;

export function ProjectsPage() {
  const list = useProjectsPage();
  const [creating, setCreating] = useState(false);
  // Mounted from the first open on, so Radix can close it and return focus to the button.
  const [dialogWanted, setDialogWanted] = useState(false);
  const openDialog = () => {
    setDialogWanted(true);
    setCreating(true);
  };
  const newProject = (
    <Button variant="primary" onClick={openDialog} onPointerEnter={preloadDialog} onFocus={preloadDialog}>
      New project
    </Button>
  );

  return (
    <main id="main" className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-8 sm:px-6">
      <title>Projects · Meshagent Admin</title>
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Projects</h1>
        <p className="text-muted">The projects your token can see, with your role in each.</p>
      </div>
      <PagedTableSection
        title="Projects"
        list={list}
        columns={projectColumns}
        getRowId={rowId}
        noun={["project", "projects"]}
        filterLabel="Filter projects"
        actions={newProject}
        empty={
          <>
            <p className="font-medium">No projects yet</p>
            <p className="text-muted">Create a project to add rooms, members and grants.</p>
            <Button variant="primary" onClick={openDialog}>
              Create your first project
            </Button>
          </>
        }
      />
      {dialogWanted && <CreateProjectDialog open={creating} onOpenChange={setCreating} />}
    </main>
  );
}
