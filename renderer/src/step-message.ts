// What the status line says after an undo or a redo: "Undid the approval of “…”.", "Redid the change to Title."
import type { StepSummary } from "../../shared/api.js";
import { FIELD_BY_NAME } from "./fields.js";

export function describeStep(direction: "undo" | "redo", step: StepSummary, itemLabel: string): string {
  const verb = direction === "undo" ? "Undid" : "Redid";
  if (step.kind === "approve") return `${verb} the approval of “${itemLabel}”.`;
  if (step.kind === "reject") return `${verb} the rejection of “${itemLabel}”.`;
  const names = step.fields.map((field) => FIELD_BY_NAME[field].label);
  const what = names.length <= 1 ? `the change to ${names[0] ?? "the fields"}` : `the changes to ${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${verb} ${what} of “${itemLabel}”.`;
}
