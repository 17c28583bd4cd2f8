import { useParams } from "react-router";
import { EditGrantView } from "./edit-grant-view.tsx";
import { NewGrantView } from "./new-grant-view.tsx";

/**
 * The grant editor: `grants/edit/:roomId/:userId` edits or revokes one user's grant in one room;
 * `grants/new?room=&user=` creates one, picking what the link left open.
 */
export function GrantEditorPage() {
  const { projectId = "", roomId, userId } = useParams();
  if (roomId && userId) {
    return <EditGrantView key={`${roomId}\n${userId}`} projectId={projectId} roomId={roomId} userId={userId} />;
  }
  return <NewGrantView projectId={projectId} />;
}
