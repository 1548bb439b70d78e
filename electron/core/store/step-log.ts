// The undo history of one review database: one list of steps across items, newest last, of which
// the first `done` are in effect. Undo takes back the newest step in effect, redo makes the next
// one again, and a new change drops the steps that were undone (the redo branch). Typing into one
// field is one step: a change marked as typing joins the newest step when it continues it within
// COALESCE_MS. The log keeps the newest STEP_LIMIT steps and at most STEP_LOG_BYTES, so the file
// stays small: 1,000 typical steps are ~290 KB, serialised in ~2 ms. A change's effect on it goes
// into the change log's record (apply()); the file itself is rewritten only at compaction.
import { isDeepStrictEqual } from "node:util";
import { sameValue } from "../../../shared/corrections.js";
import type { ArticleFields, FieldName } from "../../../shared/record.js";
import type { ApprovedSnapshot, Decision, DecisionState, FieldChange, Step, StepLogFile, StepOp } from "./schema.js";

export const STEP_LIMIT = 1000;
export const STEP_LOG_BYTES = 512 * 1024;
export const COALESCE_MS = 1000;

export type Direction = "undo" | "redo";
type FieldValue = ArticleFields[FieldName];

/** What the renderer needs to enable its Undo and Redo buttons. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

export class StepLog {
  /** The size of the steps as JSON, kept up to date so the byte bound costs no re-serialising. */
  private bytes: number;
  constructor(private readonly data: StepLogFile) {
    this.bytes = data.steps.reduce((sum, step) => sum + sizeOf(step), 0);
  }

  state(): UndoState {
    return { canUndo: this.data.done > 0, canRedo: this.data.done < this.data.steps.length };
  }

  /** The last change-log record this history holds. */
  get logSeq(): number {
    return this.data.logSeq ?? 0;
  }

  /** Applies an operation the change log records (live, or replayed at open), stamped with its record. */
  apply(op: StepOp, seq: number): void {
    if (op.op === "record") this.record(op.step, op.typing, op.ms);
    else this.moved(op.op);
    this.data.logSeq = seq;
  }

  /** The step undo or redo would replay, if any. */
  next(direction: Direction): Step | undefined {
    return this.data.steps[direction === "undo" ? this.data.done - 1 : this.data.done];
  }

  /** Marks the next step as replayed (the caller has applied it). */
  moved(direction: Direction): void {
    this.data.done += direction === "undo" ? -1 : 1;
    delete this.data.typingAt;
  }

  /** Forgets the step undo or redo would replay (its item is gone, so it cannot be replayed). */
  drop(direction: Direction): void {
    const at = direction === "undo" ? this.data.done - 1 : this.data.done;
    const [dropped] = this.data.steps.splice(at, 1);
    if (!dropped) return;
    this.bytes -= sizeOf(dropped);
    if (direction === "undo") this.data.done--;
    delete this.data.typingAt;
  }

  /**
   * Adds a step made of the full values before and after (lists are stored as their differing
   * entries here). `typing`: the change may join the newest step, when that is typing into the
   * same field of the same item by the same person less than COALESCE_MS ago.
   */
  record(step: Omit<Step, "changes"> & { fields: { field: FieldName; from: FieldValue; to: FieldValue }[] }, typing: boolean, nowMs = Date.now()): void {
    const { fields, ...rest } = step;
    const top = this.data.steps[this.data.done - 1];
    const joins =
      typing && this.data.typingAt !== undefined && this.data.done === this.data.steps.length && nowMs - this.data.typingAt < COALESCE_MS &&
      top !== undefined && top.kind === "edit" && step.kind === "edit" && top.id === step.id && top.who === step.who &&
      fields.length === 1 && top.changes.length === 1 && top.changes[0]!.field === fields[0]!.field;
    this.truncateRedo();
    if (joins) {
      const { field, from, to } = fields[0]!;
      const first = applyChange(top.changes[0]!, from, "undo");
      this.remove(this.data.done - 1);
      // Typing that ends where it began is no step at all.
      if (!sameValue(first, to) || !isDeepStrictEqual(top.before, step.after)) this.add({ ...top, changes: [fieldChange(field, first, to)], after: step.after });
    } else {
      this.add({ ...rest, changes: fields.map(({ field, from, to }) => fieldChange(field, from, to)) });
    }
    // The newest step was typing and nothing was undone or redone since: more typing may join it.
    if (typing && step.kind === "edit") this.data.typingAt = nowMs;
    else delete this.data.typingAt;
    while (this.data.steps.length > STEP_LIMIT || (this.bytes > STEP_LOG_BYTES && this.data.steps.length > 1)) this.remove(0);
  }

  /** Captures the log so a change whose write failed can be taken back. */
  mark(): () => void {
    const saved = { steps: this.data.steps.slice(), done: this.data.done, bytes: this.bytes, typingAt: this.data.typingAt };
    return () => {
      this.data.steps = saved.steps;
      this.data.done = saved.done;
      this.bytes = saved.bytes;
      if (saved.typingAt === undefined) delete this.data.typingAt;
      else this.data.typingAt = saved.typingAt;
    };
  }

  private add(step: Step): void {
    this.data.steps.push(step);
    this.data.done = this.data.steps.length;
    this.bytes += sizeOf(step);
  }

  private remove(at: number): void {
    const [removed] = this.data.steps.splice(at, 1);
    this.bytes -= sizeOf(removed!);
    if (at < this.data.done) this.data.done--;
  }

  private truncateRedo(): void {
    while (this.data.steps.length > this.data.done) this.remove(this.data.steps.length - 1);
  }
}

/** The change from one value of a field to another; a list keeps only the entries that differ. */
export function fieldChange(field: FieldName, from: FieldValue, to: FieldValue): FieldChange {
  if (!Array.isArray(from) || !Array.isArray(to)) return { field, from, to };
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { field, index: start, from: from.slice(start, from.length - end), to: to.slice(start, to.length - end) };
}

/** The field's value with the change taken back (undo) or made again (redo). */
export function applyChange(change: FieldChange, value: FieldValue, direction: Direction): FieldValue {
  const [out, into] = direction === "undo" ? [change.to, change.from] : [change.from, change.to];
  if (change.index === undefined || !Array.isArray(value) || !Array.isArray(out) || !Array.isArray(into)) return into;
  return [...value.slice(0, change.index), ...into, ...value.slice(change.index + out.length)];
}

/** The decision part of an item's state, as a step records it (absent keys left out, so states compare with isDeepStrictEqual). */
export function decisionState(decision: Decision | undefined, snapshot: ApprovedSnapshot | undefined): DecisionState {
  const d = decision;
  const approved = d?.status === "approved" ? snapshot : undefined;
  return {
    status: d?.status ?? "pending",
    ...(d?.rejectReason !== undefined ? { rejectReason: d.rejectReason } : {}),
    ...(d?.override !== undefined ? { override: d.override } : {}),
    ...(d?.decidedBy !== undefined ? { decidedBy: d.decidedBy } : {}),
    ...(d?.decidedAt !== undefined ? { decidedAt: d.decidedAt } : {}),
    ...(d?.needsLook !== undefined ? { needsLook: d.needsLook } : {}),
    ...(approved
      ? {
          approved: {
            at: approved.at,
            reviewer: approved.reviewer,
            ...(approved.validationOverridden !== undefined ? { validationOverridden: approved.validationOverridden } : {}),
            ...(approved.problems !== undefined ? { problems: approved.problems } : {}),
          },
        }
      : {}),
  };
}

/** The keys of a decision state a step changed: replaying it sets only these, so what it left alone (a later flag, say) stays. */
export function changedKeys(step: Step): (keyof DecisionState)[] {
  const keys = new Set([...Object.keys(step.before), ...Object.keys(step.after)] as (keyof DecisionState)[]);
  return [...keys].filter((key) => !isDeepStrictEqual(step.before[key], step.after[key]));
}

const sizeOf = (step: Step): number => JSON.stringify(step).length;
