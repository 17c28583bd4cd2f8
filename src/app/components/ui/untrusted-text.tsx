import type { ElementType, Ref } from "react";

interface UntrustedTextProps {
  /** A name, key or value someone else wrote: may hold markup, direction marks or 10,000 characters. */
  children: string;
  /** `line` truncates to one line with the full text on hover; `block` wraps anywhere. */
  mode?: "line" | "block";
  as?: ElementType;
  className?: string;
  /** For a heading that takes focus after navigation (with `tabIndex={-1}`). */
  ref?: Ref<HTMLElement>;
  tabIndex?: number;
}

/**
 * Text from the API, shown as text: React escapes it, `dir="auto"` keeps a right-to-left mark from
 * reordering what follows, and it never widens its container.
 */
export function UntrustedText({
  children,
  mode = "line",
  as: Tag = "span",
  className = "",
  ref,
  tabIndex,
}: UntrustedTextProps) {
  const layout =
    mode === "line" ? "block max-w-full min-w-0 truncate" : "block min-w-0 break-words whitespace-pre-wrap";
  return (
    <Tag
      ref={ref}
      tabIndex={tabIndex}
      dir="auto"
      title={mode === "line" ? children.slice(0, 1000) : undefined}
      className={`${layout} ${className}`}
    >
      {children}
    </Tag>
  );
}
