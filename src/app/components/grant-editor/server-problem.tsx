import { Link, useLocation } from "react-router";
import { ConflictError, fieldIssuesOf } from "#api/errors.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantEditPath } from "#app/lib/grant-editor-links.ts";
import type { GrantTarget } from "./use-grant-mutations.ts";

interface ServerProblemProps {
  error: unknown;
  /** What was being done: "save the grant". */
  action: string;
  target: GrantTarget;
  onRetry: () => void;
}

/** A failed save, where the Save button is: the server's words, its field issues, Retry; a 409 links to the grant. */
export function ServerProblem({ error, action, target, onRetry }: ServerProblemProps) {
  const location = useLocation();
  if (error instanceof ConflictError) {
    return (
      <FormAlert>
        This user already has a grant in this room — edit it instead.{" "}
        <Link
          to={grantEditPath(target.projectId, target.roomId, target.userId)}
          state={location.state}
          className="font-medium underline"
        >
          Edit the existing grant
        </Link>
      </FormAlert>
    );
  }
  const issues = fieldIssuesOf(error);
  return (
    <FormAlert>
      <div className="grid gap-2">
        <p>
          Could not {action}: {describeError(error)} Your changes are kept.
        </p>
        {issues.length > 0 && (
          <ul className="list-disc pl-5 text-xs">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <span className="font-mono">{issue.path.replace(/^permissions\./, "")}</span>: {issue.message}
              </li>
            ))}
          </ul>
        )}
        <div>
          <Button size="sm" onClick={onRetry}>
            Retry
          </Button>
        </div>
      </div>
    </FormAlert>
  );
}
