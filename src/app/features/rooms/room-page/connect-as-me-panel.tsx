import { Link, useLocation } from "react-router";
import { ForbiddenError } from "#api/errors.ts";
import { describeScope } from "#api/scope/summary.ts";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { SecretValue } from "#app/components/ui/secret-value.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantNewPath } from "#app/lib/grant-editor-links.ts";
import { useConnectAsMe } from "./use-connect-as-me.ts";

interface ConnectAsMePanelProps {
  projectId: string;
  roomName: string;
  roomId: string;
  /** The caller's user id, when the server says (to offer "grant yourself access"). */
  myUserId: string | undefined;
  isAdmin: boolean;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Asks for the caller's participant token and shows the `api` grant it carries. */
export function ConnectAsMePanel({ projectId, roomName, roomId, myUserId, isAdmin }: ConnectAsMePanelProps) {
  const location = useLocation();
  const connect = useConnectAsMe(projectId, roomName);
  const token = connect.data?.token;
  const jwt = connect.data?.info.jwt;
  const noGrant = connect.error instanceof ForbiddenError;

  return (
    <section
      aria-labelledby="connect-as-me"
      className="grid min-w-0 grid-cols-1 gap-3 rounded-xl border border-line bg-surface p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="grid gap-0.5">
          <h2 id="connect-as-me" className="text-base font-semibold">
            Connect as me
          </h2>
          <p className="text-sm text-muted">The participant token the server mints for you here, decoded.</p>
        </div>
        <Button onClick={() => connect.mutate()} pending={connect.isPending}>
          {token ? "Connect again" : "Connect as me"}
        </Button>
      </div>
      {connect.isError && (
        <div
          role="alert"
          className="grid gap-2 rounded-lg border border-warn-fg/20 bg-warn-soft p-3 text-sm text-warn-fg"
        >
          {noGrant ? (
            <>
              <p className="font-medium">You hold no grant in this room, so the server will not let you connect.</p>
              <p>A token carries the connecting user's own room grant; admins need one too.</p>
              {isAdmin && myUserId && (
                <Link
                  to={grantNewPath(projectId, { room: roomId, user: myUserId })}
                  state={{ from: location }}
                  className={`${buttonClass("secondary", "sm")} justify-self-start`}
                >
                  Grant yourself access
                </Link>
              )}
            </>
          ) : (
            <p>Could not connect: {describeError(connect.error)}</p>
          )}
        </div>
      )}
      {token && (
        <div className="grid min-w-0 grid-cols-1 gap-3" data-testid="participant-token">
          <dl className="grid min-w-0 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-muted">Identity</dt>
            <UntrustedText as="dd">{token.identity ?? "—"}</UntrustedText>
            <dt className="text-muted">Room · role</dt>
            <UntrustedText as="dd">{`${token.room ?? "—"} · ${token.role ?? "—"}`}</UntrustedText>
            <dt className="text-muted">Expires</dt>
            <dd>{token.expiresAt ? timeFormat.format(token.expiresAt) : "never"}</dd>
          </dl>
          {jwt && <SecretValue label="Raw token" value={jwt} />}
          <div className="grid gap-1.5">
            <h3 className="text-sm font-medium">The token's api grant</h3>
            {token.api ? (
              <ul className="grid list-disc gap-0.5 pl-5 text-sm">
                {describeScope(token.api).map((line) => (
                  <li key={line} className="break-words">
                    {line}
                  </li>
                ))}
                {describeScope(token.api).length === 0 && <li>No access to anything</li>}
              </ul>
            ) : (
              <p className="text-sm text-muted">The token carries no api grant this console can read.</p>
            )}
            <details className="text-sm">
              <summary className="cursor-pointer text-muted">As JSON</summary>
              <pre
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling block takes focus so the keyboard can scroll it
                tabIndex={0}
                className="mt-2 max-h-64 overflow-auto rounded-lg bg-subtle p-3 font-mono text-xs break-words whitespace-pre-wrap"
              >
                {JSON.stringify(token.apiJson, null, 2)}
              </pre>
            </details>
          </div>
        </div>
      )}
    </section>
  );
}
