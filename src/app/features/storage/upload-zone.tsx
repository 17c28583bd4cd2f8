import { type DragEvent, useId, useState } from "react";
import { buttonClass } from "#app/components/ui/button.tsx";

interface UploadZoneProps {
  /** Where files go, shown to the user ("" is the root). */
  folder: string;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

/** Drop files here or choose them; several at once. */
export function UploadZone({ folder, disabled = false, onFiles }: UploadZoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file button inside is the keyboard way in
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`grid justify-items-center gap-2 rounded-xl border-2 border-dashed p-6 text-center text-sm ${over ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}
    >
      <p>
        Drop files here to upload them to <strong>{folder ? `${folder}/` : "the top folder"}</strong>, or
      </p>
      <label htmlFor={id} className={buttonClass("primary", "md", disabled ? "opacity-60" : "cursor-pointer")}>
        Choose files
      </label>
      <input
        id={id}
        type="file"
        multiple
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      <p className="text-xs text-muted">A file already at the same path is replaced.</p>
    </div>
  );
}
