import { joinWords, namespaceWords } from "./grant-labels.ts";
import { type GrantName, type Grants, memoryPermissionKeys } from "./schema.ts";

// The per-grant sentences of describeScope (summary.ts).

/** Collects "can …" and "cannot …" clauses into "can a, b and c; cannot d or e". */
class Abilities {
  readonly can: string[] = [];
  readonly cannot: string[] = [];

  flag(allowed: boolean, text: string): this {
    (allowed ? this.can : this.cannot).push(text);
    return this;
  }

  /** A null list allows anything, an empty one nothing, otherwise only what is listed. */
  list<T>(
    list: readonly T[] | null,
    anything: string,
    only: (items: string) => string,
    show: (item: T) => string,
  ): this {
    if (list === null) this.can.push(anything);
    else if (list.length === 0) this.cannot.push(anything);
    else this.can.push(only(joinWords(list.map(show))));
    return this;
  }

  toString(): string {
    const can = this.can.length > 0 ? `can ${joinWords(this.can)}` : "enabled";
    return this.cannot.length > 0 ? `${can}; cannot ${joinWords(this.cannot, "or")}` : can;
  }
}

const same = (name: string) => name;
const ops = (entry: Record<string, unknown>, keys: readonly [string, string][]) =>
  joinWords(keys.filter(([key]) => entry[key] === true).map(([, text]) => text)) || "no access";
const tableOps = [
  ["read", "read"],
  ["write", "write"],
  ["alter", "alter"],
] as const satisfies readonly [string, string][];
const databaseOps = [
  ["create_table", "create tables"],
  ["drop", "drop"],
  ["inspect", "inspect"],
  ["list_tables", "list tables"],
  ["execute", "execute"],
] as const satisfies readonly [string, string][];

/** What one present grant allows, in words; storage and sync are described from the whole scope. */
export const grantDescribers: { [N in Exclude<GrantName, "storage" | "sync">]: (grant: Grants[N]) => string } = {
  livekit: (g) =>
    `${new Abilities().list(g.breakout_rooms, "join any breakout room", (n) => `join breakout rooms ${n}`, same)}`,
  queues: (g) =>
    `${new Abilities()
      .list(g.send, "send to any queue", (n) => `send only to ${n}`, same)
      .list(g.receive, "receive from any queue", (n) => `receive only from ${n}`, same)
      .flag(g.list, "list queues")}`,
  messaging: (g) =>
    `${new Abilities().flag(g.send, "send").flag(g.broadcast, "broadcast").flag(g.list, "list participants")}`,
  dataset: (g) =>
    `${new Abilities()
      .list(
        g.tables,
        "use any table",
        (t) => `use only tables ${t}`,
        (t) => `${t.name}${namespaceWords(t.namespace)} (${ops(t, tableOps)})`,
      )
      .flag(g.list_tables, "list tables")}`,
  sqlite: (g) =>
    `${new Abilities()
      .list(
        g.databases,
        "use any database",
        (d) => `use only databases ${d}`,
        (d) => {
          const tables =
            d.tables === null
              ? ""
              : `; tables: ${joinWords(d.tables.map((t) => `${t.table} (${ops(t, tableOps)})`)) || "none"}`;
          return `${d.name}${namespaceWords(d.namespace)} (${ops(d, databaseOps)}${tables})`;
        },
      )
      .flag(g.create_database, "create databases")
      .flag(g.list_databases, "list databases")}`,
  memory: (g) =>
    `${new Abilities()
      .list(
        g.memories,
        "use any memory",
        (m) => `use only memories ${m}`,
        (m) => {
          const allowed = memoryPermissionKeys.filter((key) => m.permissions[key]);
          const text =
            allowed.length === memoryPermissionKeys.length ? "all permissions" : joinWords(allowed) || "no access";
          return `${m.name}${namespaceWords(m.namespace)} (${text})`;
        },
      )
      .flag(g.list, "list memories")}`,
  containers: (g) => {
    const abilities = new Abilities()
      .flag(g.use_containers, "use containers")
      .flag(g.logs, "read container logs")
      .list(g.pull, "pull any image", (n) => `pull only ${n}`, same)
      .list(g.run, "run any image", (n) => `run only ${n}`, same);
    if (g.registry === null) return `${abilities.flag(true, "use any registry repository")}`;
    for (const op of ["list", "pull", "run", "write"] as const) {
      const list = g.registry[op];
      if (list !== null)
        abilities.list(list, `${op} registry repositories`, (n) => `${op} registry repositories ${n}`, same);
    }
    return `${abilities}`;
  },
  developer: (g) => `${new Abilities().flag(g.logs, "read developer logs")}`,
  agents: (g) =>
    `${new Abilities()
      .flag(g.register_agent, "register agents")
      .flag(g.register_public_toolkit, "register public toolkits")
      .flag(g.register_private_toolkit, "register private toolkits")
      .flag(g.call, "call agents")
      .flag(g.use_agents, "use agents")
      .flag(g.use_tools, "use tools")
      .list(g.allowed_toolkits, "use any toolkit", (n) => `use only toolkits ${n}`, same)}`,
  llm: (g) => (g.models === null ? "any model" : g.models.length === 0 ? "no models" : `only ${g.models.join(", ")}`),
  admin: (g) => `${new Abilities().flag(g.config, "change room configuration")}`,
  secrets: (g) =>
    `${new Abilities().flag(true, "use secrets").list(
      g.request_oauth_token,
      "request any OAuth token",
      (e) => `request OAuth tokens from ${e}`,
      (e) => `${e.endpoint} (client ${e.client_id})`,
    )}`,
  tunnels: (g) =>
    g.ports === null || g.ports.length === 0
      ? "can open tunnels on all ports"
      : `can open tunnels on port${g.ports.length > 1 ? "s" : ""} ${joinWords(g.ports)}`,
  services: (g) => `${new Abilities().flag(g.list, "list services")}`,
};
