import { Dialog as RadixDialog } from "radix-ui";
import { type ReactNode, useRef } from "react";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** `lg` for forms with several sections, `xl` for the scope editor; all scroll when taller than the window. */
  size?: "md" | "lg" | "xl";
  children: ReactNode;
}

const widths = {
  md: "w-[min(28rem,calc(100vw-2rem))]",
  lg: "w-[min(40rem,calc(100vw-2rem))]",
  // No bottom padding: the editors it holds keep their actions in a footer stuck to the bottom edge.
  xl: "w-[min(60rem,calc(100vw-2rem))] pb-0",
};

/** A modal on Radix Dialog: focus trapped, Escape closes, focus returns to the trigger. */
export function Dialog({ open, onOpenChange, title, description, size = "md", children }: DialogProps) {
  // Radix returns focus to its own Trigger only; these dialogs are opened by ordinary buttons.
  const returnFocus = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <RadixDialog.Content
          className={`fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100vh-2rem)] min-w-0 -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border border-line bg-surface p-6 shadow-xl ${widths[size]}`}
          {...(description ? {} : { "aria-describedby": undefined })}
          onOpenAutoFocus={() => {
            const active = document.activeElement;
            // Nothing focused (a click on the overlay of a dialog below, asking before it closes): back to that dialog.
            returnFocus.current =
              active instanceof HTMLElement && active !== document.body
                ? active
                : document.querySelector<HTMLElement>('[role="dialog"]');
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus.current?.focus();
          }}
        >
          <div className="grid gap-1">
            <RadixDialog.Title className="text-base font-semibold break-words">{title}</RadixDialog.Title>
            {description && (
              <RadixDialog.Description className="text-sm break-words text-muted">
                {description}
              </RadixDialog.Description>
            )}
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
