import { useQuery } from "@tanstack/react-query";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

interface KeyCreatorProps {
  /** `created_by` as the server lists it: a user id, or nothing. */
  userId: string | null | undefined;
  myUserId: string | undefined;
}

/** Who created a key: "You", their e-mail once their profile is known, else their id. */
export function KeyCreator({ userId, myUserId }: KeyCreatorProps) {
  const api = useApi();
  const someoneElse = userId != null && userId !== myUserId;
  const profile = useQuery({ ...memberQueries.profile(api, userId ?? ""), enabled: someoneElse });
  if (userId == null) return <span className="text-muted">—</span>;
  if (!someoneElse) return "You";
  if (profile.data) return <UntrustedText>{profile.data.email}</UntrustedText>;
  return <code className="text-xs">{userId}</code>;
}
