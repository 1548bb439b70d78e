// A labelled <select> on its own form row, as the dialogs use it.
import type { Ref } from "react";

interface Props<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectRow<T extends string>({ id, label, value, options, onChange, selectRef }: Props<T>) {
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
