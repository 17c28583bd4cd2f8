import { z } from "zod";

// The Connect form; not a wire model, so it is declared here.
export const connectFormSchema = z.object({
  baseUrl: z
    .string()
    .trim()
    .min(1, "Enter the API's base URL")
    .refine((value) => /^https?:\/\/[^/]/i.test(value) && URL.canParse(value), "Enter a full http:// or https:// URL")
    .transform((value) => value.replace(/\/+$/, "")),
  token: z.string().trim().min(1, "Enter an API key or access token"),
  remember: z.boolean(),
});
export type ConnectFormInput = z.input<typeof connectFormSchema>;
export type ConnectFormValues = z.output<typeof connectFormSchema>;
