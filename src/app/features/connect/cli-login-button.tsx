import { useState } from "react";
import { ApiError, NotFoundError } from "#api/errors.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { connectProblem } from "./connect-errors.ts";
import { useConnect } from "./use-connect.ts";
import { fetchCliSession } from "./use-server-info.ts";

/** Connects with the Meshagent CLI's login, which this server offers to its own origin. */
export function CliLoginButton() {
  const connect = useConnect();
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function connectWithCli() {
    setProblem(null);
    setLoading(true);
    const baseUrl = window.location.origin;
    try {
      const cli = await fetchCliSession();
      await connect.mutateAsync({ baseUrl, token: cli.accessToken, remember: false });
    } catch (error) {
      if (error instanceof NotFoundError) setProblem("This server does not offer a CLI login.");
      else if (error instanceof ApiError && error.path.startsWith("/local/")) setProblem(describeError(error));
      else setProblem(connectProblem(error, baseUrl).message);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="grid gap-3">
      <Button onClick={connectWithCli} pending={loading}>
        Use my Meshagent CLI login
      </Button>
      {problem && <FormAlert>{problem}</FormAlert>}
    </div>
  );
}
