import { z } from "zod";
import { isoDateSchema } from "./json.ts";

// Local-only (README, "Local-only endpoints"): the Meshagent API can upload and download by path
// but cannot list, so the console offers a browser only where this server answers.

export const storageEntrySchema = z.object({
  name: z.string(),
  /** The full storage path, for download and delete. */
  path: z.string(),
  type: z.enum(["file", "folder"]),
  /** Bytes; 0 for folders. */
  size: z.number().int().nonnegative(),
  modified: isoDateSchema,
});
export type StorageEntry = z.output<typeof storageEntrySchema>;

export const storageListingSchema = z.object({
  /** The folder listed; "" is the project's root. */
  path: z.string(),
  /** Folders first, then files, each by name. */
  entries: z.array(storageEntrySchema),
  /** Entries in the folder, when more than were answered. */
  total: z.number().int().nonnegative(),
});
export type StorageListing = z.output<typeof storageListingSchema>;
