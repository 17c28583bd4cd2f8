import type { ButtonHTMLAttributes } from "react";
import { Spinner } from "./spinner.tsx";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-accent text-accent-fg hover:brightness-95 shadow-sm",
  secondary: "border border-line bg-surface text-fg hover:bg-subtle shadow-xs",
  ghost: "text-fg hover:bg-subtle",
  danger: "bg-danger text-danger-fg hover:brightness-95",
};

type Size = "md" | "sm" | "icon";

const sizes: Record<Size, string> = {
  md: "h-9 px-3.5",
  sm: "h-8 px-3",
  icon: "size-9",
};

export const buttonClass = (variant: Variant = "secondary", size: Size = "md", extra = "") =>
  `inline-flex shrink-0 items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${sizes[size]} ${variants[variant]} ${extra}`;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  /** Shows a spinner and blocks a second submit while an action runs. */
  pending?: boolean;
}

export function Button({ variant, size, pending = false, className = "", children, disabled, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      className={buttonClass(variant, size, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending && <Spinner />}
      {children}
    </button>
  );
}
