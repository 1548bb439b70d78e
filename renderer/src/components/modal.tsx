// A native modal <dialog>: focus is trapped, Escape closes it, the page behind is inert.
import { useLayoutEffect, useRef, type ReactNode } from "react";

interface Props {
  open: boolean;
  labelledBy: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function Modal({ open, labelledBy, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // In the same commit as `open` (not after the paint): a key pressed right after the dialog
  // closes must not find it still open, the page behind still inert.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
