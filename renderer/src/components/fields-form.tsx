// The editable record: one labelled box per guideline field. A corrected field shows the extracted
// value beside it with a Revert button; each field shows its confidence and warnings.
import type { SyntheticEvent } from "react";
import type { ItemDetail } from "../../../shared/api.js";
import type { FieldName } from "../../../shared/record.js";
import { FIELDS, fieldProblem, formatConfidence, isCorrected, listIndexAt, LOW_CONFIDENCE, valueToText, type FieldMeta, type FormValues } from "../fields.js";

interface Props {
  item: ItemDetail;
  values: FormValues;
  onChange: (field: FieldName, text: string) => void;
  onFocusField: (field: FieldName, index: number | null) => void;
  onRevert: (field: FieldName) => void;
}

export const fieldInputId = (field: FieldName): string => `field-${field}`;

function rowsFor(meta: FieldMeta, text: string): number {
  const lines = text.split("\n").length;
  return Math.min(Math.max(lines, meta.kind === "paragraphs" ? 6 : 2), meta.kind === "paragraphs" ? 18 : 10);
}

export function FieldsForm({ item, values, onChange, onFocusField, onRevert }: Props) {
  const extracted = item.extraction.fields;
  const general = item.extraction.warnings.filter((w) => !w.field);

  const caret = (meta: FieldMeta) => (event: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    onFocusField(meta.name, listIndexAt(meta.kind, box.value, box.selectionStart ?? 0));
  };

  return (
    <div className="fields">
      {item.extraction.error && (
        <div className="problem" role="note">
          <strong>Extraction failed:</strong> {item.extraction.error}
        </div>
      )}
      {general.length > 0 && (
        <ul className="warnings general" aria-label="Item warnings">
          {general.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      )}
      {FIELDS.map((meta) => {
        const id = fieldInputId(meta.name);
        const text = values[meta.name];
        const corrected = isCorrected(meta, text, extracted);
        const confidence = item.extraction.confidence[meta.name];
        const warnings = item.extraction.warnings.filter((w) => w.field === meta.name);
        const problem = item.extraction.error ? null : fieldProblem(meta, text);
        const describedBy = [
          problem ? `${id}-problem` : "",
          meta.hint ? `${id}-hint` : "",
          corrected ? `${id}-extracted` : "",
          warnings.length > 0 ? `${id}-warnings` : "",
        ]
          .filter(Boolean)
          .join(" ");
        const common = {
          id,
          value: text,
          spellCheck: meta.kind !== "line" || meta.name === "title",
          "aria-describedby": describedBy || undefined,
          "aria-invalid": problem ? true : undefined,
          onChange: (event: { currentTarget: { value: string } }) => onChange(meta.name, event.currentTarget.value),
          onFocus: caret(meta),
          onSelect: caret(meta),
        };
        const extractedText = valueToText(meta.kind, extracted[meta.name]);
        return (
          <div
            key={meta.name}
            className={`field field-${meta.name}${corrected ? " corrected" : ""}${warnings.length ? " warned" : ""}${problem ? " invalid" : ""}`}
            data-field={meta.name}
          >
            <div className="field-head">
              <span className={`swatch hl-${meta.name}`} aria-hidden="true" />
              <label htmlFor={id}>{meta.label}</label>
              {meta.hint && (
                <span className="hint" id={`${id}-hint`}>
                  {meta.hint}
                </span>
              )}
              {corrected && <span className="tag corrected-tag">corrected</span>}
              {confidence !== undefined && (
                <span className={`tag confidence${confidence < LOW_CONFIDENCE ? " low" : ""}`} title="Extractor confidence">
                  {formatConfidence(confidence)}
                </span>
              )}
            </div>
            {meta.kind === "line" ? (
              <input type="text" autoComplete="off" {...common} />
            ) : (
              <textarea rows={rowsFor(meta, text)} {...common} />
            )}
            {problem && (
              <p className="field-problem" id={`${id}-problem`}>
                {problem}
              </p>
            )}
            {corrected && (
              <div className="extracted" id={`${id}-extracted`}>
                <span className="extracted-label">Extracted:</span>{" "}
                <span className="extracted-value">{extractedText === "" ? "(empty)" : extractedText}</span>
                <button type="button" className="small" onClick={() => onRevert(meta.name)}>
                  Revert
                </button>
              </div>
            )}
            {warnings.length > 0 && (
              <ul className="warnings" id={`${id}-warnings`}>
                {warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
