import type { ReactNode } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { ComparePanel } from "./compare/compare-panel.tsx";
import { FindingsView } from "./findings/findings-view.tsx";
import { JournalView } from "./journal/journal-view.tsx";
import { MemberAccess } from "./member-access/member-access.tsx";
import { OverviewView } from "./overview/overview-view.tsx";
import { QuestionBox } from "./question-box.tsx";
import { RoomAccess } from "./room-access.tsx";
import { SnapshotsView } from "./snapshots/snapshots-view.tsx";
import { TokenPreview } from "./token-preview/token-preview.tsx";

/** What a view is given: the project, its loaded access index, and a way to reload it after a change. */
export interface AuditViewProps {
  projectId: string;
  index: AccessIndex;
  reload: () => void;
}

interface AuditView {
  key: string;
  label: string;
  render: (props: AuditViewProps) => ReactNode;
}

/** The audit's views, in tab order; each lives in its own file or folder. The first is the default. */
export const auditViews: readonly AuditView[] = [
  { key: "overview", label: "Overview", render: (p) => <OverviewView {...p} /> },
  { key: "question", label: "Question box", render: (p) => <QuestionBox {...p} /> },
  { key: "room", label: "Room access", render: (p) => <RoomAccess index={p.index} /> },
  { key: "member", label: "Member access", render: (p) => <MemberAccess {...p} /> },
  { key: "token", label: "Token preview", render: (p) => <TokenPreview {...p} /> },
  { key: "compare", label: "Compare", render: (p) => <ComparePanel {...p} /> },
  { key: "findings", label: "Findings", render: (p) => <FindingsView {...p} /> },
  { key: "snapshots", label: "Snapshots", render: (p) => <SnapshotsView {...p} /> },
];

/** The journal needs no index: it reads the server's journal. */
export const journalView = {
  key: "journal",
  label: "Change journal",
  render: (props: { projectId: string; reload: () => void }) => (
    <JournalView projectId={props.projectId} onApplied={props.reload} />
  ),
} as const;
