import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

// Whether the page is being printed: from `beforeprint` to `afterprint` (window.print(), Ctrl+P),
// or while the print media type applies (emulated print, some browsers' print preview).

let printing = false;
let printQuery: MediaQueryList | undefined;
const printMedia = () => {
  printQuery ??= matchMedia("print");
  return printQuery;
};

function subscribe(onChange: () => void): () => void {
  // Rendered at once: the browser lays the page out for print right after `beforeprint`.
  const now = () => flushSync(onChange);
  const before = () => {
    printing = true;
    now();
  };
  const after = () => {
    printing = false;
    now();
  };
  addEventListener("beforeprint", before);
  addEventListener("afterprint", after);
  printMedia().addEventListener("change", now);
  return () => {
    removeEventListener("beforeprint", before);
    removeEventListener("afterprint", after);
    printMedia().removeEventListener("change", now);
  };
}

const isPrinting = () => printing || printMedia().matches;

/** True while the page is printed: views then render every row, not the first hundred. */
export const usePrinting = (): boolean => useSyncExternalStore(subscribe, isPrinting, () => false);
