import type { ComponentType } from "react";
import type { GrantName } from "#api/scope/schema.ts";
import { AgentsFields } from "./sections/agents-section.tsx";
import { ContainersFields } from "./sections/containers-section.tsx";
import { DatasetFields } from "./sections/dataset-section.tsx";
import { MemoryFields } from "./sections/memory-section.tsx";
import { PathsFields } from "./sections/paths-section.tsx";
import { QueuesFields } from "./sections/queues-section.tsx";
import { SecretsFields } from "./sections/secrets-section.tsx";
import {
  AdminFields,
  DeveloperFields,
  LivekitFields,
  LlmFields,
  MessagingFields,
  ServicesFields,
  TunnelsFields,
} from "./sections/simple-sections.tsx";
import { SqliteFields } from "./sections/sqlite-section.tsx";

// Each grant's fields and a sentence on what it is for, in the SDK's declaration order.
export const grantSections: Record<GrantName, { about: string; Fields: ComponentType }> = {
  livekit: { about: "Join the room's audio and video, and its breakout rooms.", Fields: LivekitFields },
  queues: { about: "Send to and receive from the room's message queues.", Fields: QueuesFields },
  messaging: { about: "Send messages to other participants and see who is there.", Fields: MessagingFields },
  dataset: { about: "Read and write the room's dataset tables.", Fields: DatasetFields },
  sqlite: { about: "Use the room's SQLite databases.", Fields: SqliteFields },
  memory: { about: "Use the room's memories (create, query, ingest, recall …).", Fields: MemoryFields },
  sync: { about: "Open and edit synchronised documents.", Fields: () => <PathsFields kind="sync" /> },
  storage: { about: "Read and write files in the room's storage.", Fields: () => <PathsFields kind="storage" /> },
  containers: { about: "Pull and run container images, and use the registry.", Fields: ContainersFields },
  developer: { about: "Developer tools, such as the room's logs.", Fields: DeveloperFields },
  agents: { about: "Register, call and use agents and toolkits.", Fields: AgentsFields },
  llm: { about: "Call language models through the room's LLM proxy.", Fields: LlmFields },
  admin: { about: "Administer the room itself. Grant with care.", Fields: AdminFields },
  secrets: { about: "Use secrets, and request OAuth tokens from the endpoints listed.", Fields: SecretsFields },
  tunnels: { about: "Open network tunnels into the room's containers.", Fields: TunnelsFields },
  services: { about: "See the room's services.", Fields: ServicesFields },
};
