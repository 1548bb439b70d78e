// The editable record: one labelled control per guideline field (a text box, or for the body,
// authors and related a list of text boxes in a group). A corrected field shows the extracted
// value beside it with a Revert button; each field shows its key, confidence, warnings and, when
// it breaks the guidelines, why.
import { memo } from "react";
import type { ItemDetail } from "../../../shared/api.js";
import type { FieldName } from "../../../shared/record.js";
import { FIELDS, displayValue, fieldProblem, formatConfidence, isCorrected, isList, LOW_CONFIDENCE, type FieldMeta, type FieldValue, type FormValues } from "../fields.js";
import { inert } from "../inert.js";
import { itemInputId, ListEditor } from "./list-editor.js";

interface Props {
  item: ItemDetail;
  values: FormValues;
  onChange: (field: FieldName, value: FieldValue, structural?: boolean) => void;
  onFocusField: (field: FieldName, index: number | null) => void;
  onRevert: (field: FieldName) => void;
  onAddFromSelection: (field: FieldName) => void;
}

export const fieldInputId = (field: FieldName): string => `field-${field}`;

/** Focuses a field's box (for a list: entry `index`, else the first, else its Add button). */
export function focusField(field: FieldName, index: number | null = null): void {
  const id = fieldInputId(field);
  const el =
    document.getElementById(itemInputId(id, index ?? 0)) ??
    document.getElementById(itemInputId(id, 0)) ??
    document.getElementById(`${id}-add`) ??
    document.getElementById(id);
  if (el instanceof HTMLElement) {
    el.focus();
    el.scrollIntoView({ block: "nearest" });
  }
}

export const FieldsForm = memo(function FieldsForm({ item, values, onChange, onFocusField, onRevert, onAddFromSelection }: Props) {
  const extracted = item.extraction.fields;
  const general = item.extraction.warnings.filter((w) => !w.field);

  return (
    <div className="fields" data-item={item.id}>
      {item.extraction.error && (
        <div className="problem" role="note">
          <strong>Extraction failed:</strong> {item.extraction.error}
        </div>
      )}
      {general.length > 0 && (
        <ul className="warnings general" aria-label="Item warnings">
          {general.map((w, i) => (
            <li key={i}>{inert(w.message)}</li>
          ))}
        </ul>
      )}
      {FIELDS.map((meta) => (
        <Field
          key={meta.name}
          meta={meta}
          value={values[meta.name]}
          extraction={item.extraction}
          extractedValue={extracted[meta.name]}
          onChange={onChange}
          onFocusField={onFocusField}
          onRevert={onRevert}
          onAddFromSelection={onAddFromSelection}
        />
      ))}
    </div>
  );
});

interface FieldProps {
  meta: FieldMeta;
  value: FieldValue;
  extractedValue: FieldValue;
  extraction: ItemDetail["extraction"];
  onChange: Props["onChange"];
  onFocusField: Props["onFocusField"];
  onRevert: Props["onRevert"];
  onAddFromSelection: Props["onAddFromSelection"];
}

const Field = memo(function Field({ meta, value, extractedValue, extraction, onChange, onFocusField, onRevert, onAddFromSelection }: FieldProps) {
  const id = fieldInputId(meta.name);
  const corrected = isCorrected(meta, value, extraction.fields);
  const confidence = extraction.confidence[meta.name];
  const warnings = extraction.warnings.filter((w) => w.field === meta.name);
  const problem = extraction.error ? null : fieldProblem(meta, value);
  const describedBy =
    [problem ? `${id}-problem` : "", corrected ? `${id}-extracted` : "", warnings.length > 0 ? `${id}-warnings` : ""].filter(Boolean).join(" ") ||
    undefined;
  const extractedText = displayValue(meta, extractedValue);
  const labelId = `${id}-label`;
  return (
    <div className={`field field-${meta.name}${corrected ? " corrected" : ""}${warnings.length ? " warned" : ""}${problem ? " invalid" : ""}`} data-field={meta.name}>
      <div className="field-head">
        <span className={`swatch hl-${meta.name}`} aria-hidden="true" />
        {isList(meta) ? (
          <span className="field-label" id={labelId}>
            {meta.label}
          </span>
        ) : (
          <label className="field-label" htmlFor={id} id={labelId}>
            {meta.label}
          </label>
        )}
        <kbd className="field-key" title={`Alt+${meta.key} puts the raw selection into ${meta.label}${isList(meta) ? " (appends; Alt+Shift+" + meta.key + " replaces)" : ""}`}>
          Alt+{meta.key}
        </kbd>
        {corrected && <span className="tag corrected-tag">corrected</span>}
        {confidence !== undefined && (
          <span className={`tag confidence${confidence < LOW_CONFIDENCE ? " low" : ""}`} title="Extractor confidence">
            {formatConfidence(confidence)}
          </span>
        )}
      </div>
      {isList(meta) ? (
        <ListEditor
          meta={meta}
          id={id}
          labelId={labelId}
          describedBy={describedBy}
          invalid={Boolean(problem)}
          value={value as string[]}
          onChange={(next, structural) => onChange(meta.name, next, structural)}
          onFocusItem={(index) => onFocusField(meta.name, index)}
          onAddFromSelection={() => onAddFromSelection(meta.name)}
        />
      ) : (
        <input
          type="text"
          autoComplete="off"
          id={id}
          value={value as string}
          spellCheck={meta.name === "title"}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(meta.name, event.currentTarget.value)}
          onFocus={() => onFocusField(meta.name, null)}
        />
      )}
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      {corrected && (
        <div className="extracted" id={`${id}-extracted`}>
          <span className="extracted-label">Extracted:</span> <span className="extracted-value">{extractedText === "" ? "(empty)" : inert(extractedText)}</span>
          <button type="button" className="small" onClick={() => onRevert(meta.name)} aria-label={`Revert ${meta.label}`}>
            Revert
          </button>
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" id={`${id}-warnings`}>
          {warnings.map((w, i) => (
            <li key={i}>{inert(w.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
