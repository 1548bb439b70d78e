// The review desk: queue | raw scrape | fields. Owns the review workflow (load, autosave drafts,
// approve and go on, reject with a reason, skip, export) and the keyboard shortcuts.
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from "react";
import { flushSync } from "react-dom";
import type { ItemDetail, ItemSummary, Request as ApiRequest, Response, Result, Session, UndoState } from "../../shared/api.js";
import type { ApiOp } from "../../shared/api-ops.js";
import type { ArticleFields, FieldName } from "../../shared/record.js";
import type { ApiClient } from "./api-client.js";
import { FIELD_BY_CODE, FIELD_BY_NAME, correctionsFrom, isList, recordProblems, stripBidi, toFormValues, valueFromSelection, type FieldValue, type FormValues } from "./fields.js";
import { FieldsForm, focusField } from "./components/fields-form.js";
import { OpeningProgress, useOpening } from "./components/opening-progress.js";
import { OverrideDialog } from "./components/override-dialog.js";
import { Queue } from "./components/queue.js";
import { RawPane, type FillMode } from "./components/raw-pane.js";
import { RejectDialog } from "./components/reject-dialog.js";
import { ExportDialog } from "./components/export-dialog.js";
import { ShortcutsDialog } from "./components/shortcuts-dialog.js";
import { SaveStatus, SaveStatusText } from "./components/save-status.js";
import { QueueControls } from "./components/queue-controls.js";
import { TopBar } from "./components/top-bar.js";
import { DraftBackup } from "./draft-backup.js";
import { afterNextPaint, nextPaint } from "./after-paint.js";
import { rawSelection } from "./raw-selection.js";
import { describeStep } from "./step-message.js";
import { applyView, DEFAULT_VIEW, publishersOf, refreshView, replacedSummaries, type QueueView } from "./queue-view.js";

const NO_PROBLEMS: { label: string; problem: string }[] = [];

/** How many of the next items waiting are fetched ahead. */
const PREFETCH_AHEAD = 2;

/** The host searches the bodies once typing pauses this long. */
const SEARCH_DEBOUNCE_MS = 200;

const OP_LABEL: Record<ApiOp, string> = {
  getSession: "Loading the session",
  getOpening: "Reading the folder",
  openFolder: "Opening a folder",
  listItems: "Loading the queue",
  searchItems: "Searching",
  getItem: "Loading the item",
  saveDraft: "Saving the draft",
  approve: "Approving",
  reject: "Rejecting",
  undo: "Undoing",
  redo: "Redoing",
  exportApproved: "Exporting",
};

interface Problem {
  id: number;
  text: string;
}

/** The queue's view of an item: the detail without the detail-only parts (so summary fields added later are kept). */
function summaryOf(d: ItemDetail): ItemSummary {
  const { format, encoding, text, textProblem, extraction, corrections, fields, rejectReason, approvedAt, reviewer, undo, ...summary } = d;
  void [format, encoding, text, textProblem, extraction, corrections, fields, rejectReason, approvedAt, reviewer, undo];
  return summary;
}

const waiting = (s: ItemSummary["status"]): boolean => s === "pending" || s === "draft";

function sameSummary(a: ItemSummary, b: ItemSummary): boolean {
  const ka = Object.keys(a) as (keyof ItemSummary)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

const sameLines = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((line, i) => line === b[i]);

/** Whether the desk shows the same of two details of one item (the raw pane and form compare their own parts). */
function sameShown(a: ItemDetail, b: ItemDetail): boolean {
  return (
    sameSummary(summaryOf(a), summaryOf(b)) &&
    a.text === b.text &&
    a.extraction === b.extraction &&
    a.textProblem === b.textProblem &&
    a.fields.title === b.fields.title &&
    a.rejectReason === b.rejectReason &&
    a.approvedAt === b.approvedAt &&
    a.reviewer === b.reviewer &&
    a.format === b.format &&
    a.encoding === b.encoding
  );
}

const SPLIT_KEY = "copydesk.split";
const clampSplit = (x: number): number => Math.min(0.8, Math.max(0.2, x));
function initialSplit(): number {
  try {
    const stored = Number(window.localStorage.getItem(SPLIT_KEY));
    return stored > 0 ? clampSplit(stored) : 0.52;
  } catch {
    return 0.52;
  }
}

/** Records an export left out, with reasons (newer hosts report them; older ones do not). */
function exportSkipped(summary: Response<"exportApproved">): { file: string; reason: string }[] {
  const skipped = (summary as { skipped?: unknown }).skipped;
  return Array.isArray(skipped) ? (skipped as { file: string; reason: string }[]) : [];
}

/** Fields newer hosts add to a summary; read defensively so older hosts still work. */
const lookReason = (i: ItemSummary): string | undefined => (i as { needsLook?: string }).needsLook;
const duplicateOf = (i: ItemSummary): string | undefined => (i as { duplicateOf?: string }).duplicateOf;

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["button", "checkbox", "radio", "submit", "reset"].includes(target.type);
  return false;
}

export function App({ client }: { client: ApiClient }) {
  const api = client.api;
  const [session, setSession] = useState<Session | null>(null);
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [focus, setFocus] = useState<{ field: FieldName | null; index: number | null }>({ field: null, index: null });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState("");
  const [exported, setExported] = useState<Response<"exportApproved"> | null>(null);
  const [saveStatus] = useState(() => new SaveStatus());
  const [rejectOpen, setRejectOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [overrideFor, setOverrideFor] = useState<{ label: string; problem: string }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  /** A folder picked with Open folder… is being opened (the first one: until loaded). */
  const [switching, setSwitching] = useState(false);
  const opening = useOpening(api, !loaded || switching);
  const [view, setView] = useState<QueueView>(DEFAULT_VIEW);
  const [split, setSplit] = useState(initialSplit);
  /** The host's undo history (it spans items and restarts): what the Undo and Redo buttons offer. */
  const [undoState, setUndoState] = useState<UndoState>({ canUndo: false, canRedo: false });

  // Mirrors of state for callbacks that run later (key handlers, chained saves).
  const itemsRef = useRef<ItemSummary[]>([]);
  const selectedRef = useRef<string | null>(null);
  const detailRef = useRef<ItemDetail | null>(null);
  const valuesRef = useRef<FormValues | null>(null);
  const busyRef = useRef(false);
  /** Edits not yet acknowledged by saveDraft, per item: kept until saved so nothing typed is lost. */
  const unsavedRef = useRef(new Map<string, FormValues>());
  const extractedRef = useRef(new Map<string, ArticleFields>());
  /** A save in flight per item; a change while it runs asks for one more save (the latest values). */
  const inflightRef = useRef(new Map<string, Promise<boolean>>());
  const againRef = useRef(new Set<string>());
  /** Items whose unsaved edits include a split, merge, move, delete, fill or revert: their next save is its own undo step. */
  const structuralRef = useRef(new Set<string>());
  /** Every write goes through one chain, so a draft save never lands after an approval. */
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());
  /** Writes on the chain not finished yet. */
  const writesRef = useRef(0);
  const loadSeqRef = useRef(0);
  const problemSeqRef = useRef(0);
  const backupRef = useRef<DraftBackup | null>(null);

  const viewRef = useRef(view);
  viewRef.current = view;
  /**
   * The host's answer to a search (title, body text, file name); the queue uses it once it answers
   * the search typed. `ids` null: the search failed, and the queue matches titles and file names only.
   */
  const [found, setFound] = useState<{ search: string; ids: ReadonlySet<string> | null } | null>(null);
  const answered = found && found.search === view.search ? found : null;
  const matches = answered?.ids ?? null;
  /** Bumped when a saved title or body may change what a search finds: the search is asked again. */
  const [textEpoch, setTextEpoch] = useState(0);
  const noteText = useCallback((before: ArticleFields | undefined, after: ArticleFields) => {
    if (!viewRef.current.search.trim()) return;
    if (before && before.title === after.title && sameLines(before.body, after.body)) return;
    setTextEpoch((n) => n + 1);
  }, []);
  // The queue's view and publishers, worked out in full only when more than a few summaries
  // changed (a decision or a saved draft replaces one: see refreshView).
  const queueRef = useRef<{ items: ItemSummary[]; view: QueueView; matches: ReadonlySet<string> | null; shown: ItemSummary[]; publishers: string[] } | null>(null);
  const { shown, publishers } = useMemo(() => {
    const last = queueRef.current;
    const replaced = last ? replacedSummaries(last.items, items) : null;
    const same = last && replaced && last.view === view && last.matches === matches;
    const next = {
      items,
      view,
      matches,
      shown: same ? refreshView(last.shown, replaced, items, view, matches) : applyView(items, view, matches),
      publishers: last && replaced?.every(([a, b]) => a.publisher === b.publisher) ? last.publishers : publishersOf(items),
    };
    queueRef.current = next;
    return next;
  }, [items, view, matches]);
  const shownRef = useRef<ItemSummary[]>([]);
  shownRef.current = shown;
  /** What the queue shows: next/previous and "next waiting" walk this list. */
  const visible = (): ItemSummary[] => shownRef.current;

  const report = useCallback((op: ApiOp, error: { message: string }) => {
    const text = `${OP_LABEL[op]} failed: ${error.message}`;
    setProblems((prev) => [...prev.slice(-3), { id: ++problemSeqRef.current, text }]);
  }, []);

  const setItemsBoth = useCallback((next: ItemSummary[] | ((prev: ItemSummary[]) => ItemSummary[])) => {
    const value = typeof next === "function" ? next(itemsRef.current) : next;
    itemsRef.current = value;
    setItems(value);
  }, []);

  /** Replaces one summary; leaves the list (and so the queue) alone when nothing it shows changed. */
  const updateSummary = useCallback(
    (d: ItemDetail) => {
      const summary = summaryOf(d);
      const list = itemsRef.current;
      const at = list.findIndex((i) => i.id === d.id);
      if (at === -1 || sameSummary(list[at]!, summary)) return;
      const next = list.slice();
      next[at] = summary;
      setItemsBoth(next);
    },
    [setItemsBoth],
  );

  const showDetail = useCallback((d: ItemDetail | null, v: FormValues | null) => {
    detailRef.current = d;
    valuesRef.current = v;
    setDetail(d);
    setValues(v);
  }, []);

  const noteUndo = useCallback((next: UndoState) => {
    setUndoState((prev) => (prev.canUndo === next.canUndo && prev.canRedo === next.canRedo ? prev : next));
  }, []);

  /** Details fetched ahead (the next items waiting), each used once: approve shows the next item without a round trip. */
  const prefetchRef = useRef(new Map<string, ItemDetail>());
  /** The items to fetch ahead now, and those asked for and not answered yet. */
  const wantedRef = useRef(new Set<string>());
  const fetchingRef = useRef(new Set<string>());
  const waitingAfterRef = useRef<(id: string, count: number) => string[]>(() => []);
  /** The next item waiting, once fetched ahead: the panes lay it out beforehand, hidden. */
  const [ahead, setAhead] = useState<ItemDetail | null>(null);

  const applyDetail = useCallback(
    (fresh: ItemDetail) => {
      const old = detailRef.current?.id === fresh.id ? detailRef.current : null;
      // Keep the old text and extraction objects when they did not change, so the raw pane and
      // the fields are not drawn again for a saved draft.
      const d =
        old && old.text === fresh.text && JSON.stringify(old.extraction) === JSON.stringify(fresh.extraction)
          ? { ...fresh, text: old.text, extraction: old.extraction }
          : fresh;
      extractedRef.current.set(d.id, d.extraction.fields);
      prefetchRef.current.delete(d.id);
      updateSummary(d);
      if (old) noteText(old.fields, d.fields);
      if (old && old !== d) {
        detailRef.current = d;
        // A saved draft redraws the desk only when something it shows of the item changed (the
        // form shows the values typed, not the saved ones): typing draws once per keystroke, not twice.
        if (!sameShown(old, d)) setDetail(d);
      }
    },
    [updateSummary, noteText],
  );

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    // With nothing ahead of it, a write starts now: chained, it would start in a microtask, after
    // React has drawn the change that asked for it (a keystroke's save waited for that render).
    const started = writesRef.current === 0 ? new Promise<T>((resolve) => resolve(work())) : chainRef.current.then(work, work);
    writesRef.current++;
    const next = started.then((result) => {
      // Every write answers with the undo history as it left it; chained, so the last answer is the latest.
      const answer = result as { ok?: boolean; data?: { undo?: UndoState } };
      if (answer.ok && answer.data?.undo) noteUndo(answer.data.undo);
      return result;
    });
    const done = () => void writesRef.current--;
    chainRef.current = next.then(done, done);
    return next;
  }, [noteUndo]);

  /** One saveDraft of the item's latest unsaved values. */
  const saveOnce = useCallback(
    async (id: string): Promise<boolean> => {
      const vals = unsavedRef.current.get(id);
      const extracted = extractedRef.current.get(id);
      if (!vals || !extracted) return true;
      saveStatus.set("saving");
      const typing = !structuralRef.current.delete(id);
      const result = await enqueue(() => api.saveDraft({ id, corrections: correctionsFrom(vals, extracted), typing }));
      if (!result.ok) {
        if (!typing) structuralRef.current.add(id);
        report("saveDraft", result.error);
        saveStatus.set("failed");
        return false;
      }
      const acknowledged = unsavedRef.current.get(id) === vals;
      if (acknowledged) unsavedRef.current.delete(id);
      // Shown now, before the rest of the answer is taken in: it is what the editor waits for.
      flushSync(() => saveStatus.set(unsavedRef.current.size === 0 ? "saved" : "unsaved"));
      if (acknowledged) backupRef.current?.drop(id);
      applyDetail(result.data);
      return true;
    },
    [api, enqueue, report, applyDetail],
  );

  /** Saves the item's edits now: at most one save in flight per item, the last one carries the latest values. */
  const saveNow = useCallback(
    (id: string): Promise<boolean> => {
      const running = inflightRef.current.get(id);
      if (running) {
        againRef.current.add(id);
        return running.then(() => (unsavedRef.current.has(id) ? saveNow(id) : true));
      }
      const run = (async () => {
        try {
          let ok: boolean;
          do {
            againRef.current.delete(id);
            ok = await saveOnce(id);
          } while (ok && againRef.current.has(id));
          return ok;
        } finally {
          inflightRef.current.delete(id);
        }
      })();
      inflightRef.current.set(id, run);
      return run;
    },
    [saveOnce],
  );

  /** Saves every pending edit now; true when all of them reached the store. */
  const flush = useCallback(async (): Promise<boolean> => {
    let ok = true;
    for (const id of [...unsavedRef.current.keys()]) ok = (await saveNow(id)) && ok;
    for (const run of [...inflightRef.current.values()]) ok = (await run) && ok;
    return ok;
  }, [saveNow]);

  const load = useCallback(
    async (id: string) => {
      const seq = ++loadSeqRef.current;
      selectedRef.current = id;
      setSelectedId(id);
      const ahead = prefetchRef.current.get(id);
      prefetchRef.current.delete(id);
      wantedRef.current.delete(id); // an answer still on its way may be older than what is shown now
      let d: ItemDetail;
      if (ahead && !unsavedRef.current.has(id)) {
        // Fetched moments ago and not written since (every write of this window drops it).
        d = ahead;
        void flush();
      } else {
        await flush();
        const result = await api.getItem({ id });
        if (seq !== loadSeqRef.current) return;
        if (!result.ok) {
          pendingFieldRef.current = null;
          report("getItem", result.error);
          return;
        }
        d = result.data;
      }
      extractedRef.current.set(d.id, d.extraction.fields);
      const pending = unsavedRef.current.get(d.id);
      showDetail(d, pending ?? toFormValues(d.fields));
      updateSummary(d);
      setFocus((f) => ({ field: f.field, index: null }));
      if (pending) void saveNow(d.id);
      // Fetch the next two items waiting, so that approving this one shows the next at once, and
      // so does approving that one right after (its successor is here already). Asked for once
      // this item is drawn, so that the host's answers do not compete with that frame.
      afterNextPaint(() => {
        if (seq !== loadSeqRef.current) return; // gone on to another item meanwhile
        const order = waitingAfterRef.current(d.id, PREFETCH_AHEAD);
        const wanted = new Set(order);
        wantedRef.current = wanted;
        for (const id of prefetchRef.current.keys()) if (!wanted.has(id)) prefetchRef.current.delete(id);
        const offer = (next: ItemDetail | null) => startTransition(() => setAhead(next));
        offer(prefetchRef.current.get(order[0] ?? "") ?? null);
        for (const next of wanted) {
          if (prefetchRef.current.has(next) || fetchingRef.current.has(next)) continue;
          fetchingRef.current.add(next);
          void api.getItem({ id: next }).then((r) => {
            fetchingRef.current.delete(next);
            if (!r.ok || !wantedRef.current.has(next) || unsavedRef.current.has(next)) return;
            prefetchRef.current.set(next, r.data);
            if (next === order[0] && seq === loadSeqRef.current) offer(r.data);
          });
        }
      });
    },
    [api, flush, report, showDetail, saveNow, updateSummary],
  );

  const refresh = useCallback(
    async (preferId: string | null) => {
      const list = await api.listItems({});
      if (!list.ok) {
        report("listItems", list.error);
        return;
      }
      setItemsBoth(list.data.items);
      // The first item in the queue's own order (not the host's).
      const ordered = applyView(list.data.items, viewRef.current);
      const first = list.data.items.find((i) => i.id === preferId) ?? ordered.find((i) => waiting(i.status)) ?? ordered[0] ?? list.data.items[0];
      if (first) await load(first.id);
      else showDetail(null, null);
    },
    [api, load, report, setItemsBoth, showDetail],
  );

  /** Saves edits a previous window typed but never saw acknowledged (closed, crashed, server gone). */
  const recover = useCallback(async () => {
    const backup = backupRef.current;
    if (!backup) return;
    let restored = 0;
    for (const [id, entry] of backup.entries()) {
      const item = await api.getItem({ id });
      if (!item.ok) {
        if (item.error.code === "not-found" || item.error.code === "bad-request") backup.drop(id);
        else report("getItem", item.error);
        continue;
      }
      // A decision taken since (here or elsewhere) wins over an old unsaved edit.
      if (!waiting(item.data.status) || JSON.stringify(item.data.corrections) === JSON.stringify(entry.corrections)) {
        backup.drop(id);
        continue;
      }
      const saved = await enqueue(() => api.saveDraft({ id, corrections: entry.corrections }));
      if (!saved.ok) {
        report("saveDraft", saved.error);
        continue;
      }
      backup.drop(id);
      restored++;
    }
    if (restored > 0) setMessage(`Restored unsaved edits of ${restored} item${restored === 1 ? "" : "s"} from the last session.`);
  }, [api, enqueue, report]);

  // Start: the session, then the queue.
  useEffect(() => {
    let live = true;
    void (async () => {
      const s = await api.getSession({});
      if (!live) return;
      if (!s.ok) {
        report("getSession", s.error);
        setLoaded(true);
        return;
      }
      setSession(s.data);
      noteUndo(s.data.undo);
      backupRef.current = new DraftBackup(s.data.dbPath);
      await recover();
      if (!live) return;
      await refresh(null);
      setLoaded(true);
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A last save when the window goes away (the HTTP transport sends it with keepalive).
  useEffect(() => {
    const onHide = () => {
      if (unsavedRef.current.size > 0) void flush();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
    };
  }, [flush]);

  /** Shows new form values for the current item and saves them. */
  const setValuesAndSave = useCallback(
    (next: FormValues) => {
      const d = detailRef.current;
      if (!d || !editable(d)) return;
      valuesRef.current = next;
      setValues(next);
      unsavedRef.current.set(d.id, next);
      saveStatus.set("unsaved");
      void saveNow(d.id); // sent first (the backup can follow within this task)
      backupRef.current?.put(d.id, correctionsFrom(next, d.extraction.fields));
    },
    [saveNow],
  );

  const onChange = useCallback(
    (field: FieldName, value: FieldValue, structural = false) => {
      const d = detailRef.current;
      const current = valuesRef.current;
      if (!d || !current || !editable(d)) return;
      const next = { ...current, [field]: value } as FormValues;
      // The host makes typing into one field one undo step; anything else is a step of its own.
      if (structural) structuralRef.current.add(d.id);
      setValuesAndSave(next);
    },
    [setValuesAndSave],
  );

  /**
   * Undoes (or redoes) the newest step, on whichever item it was, and shows that item. Edits not
   * yet saved are saved first: they are the newest step, and typing is never lost.
   */
  const undoRedo = useCallback(
    async (direction: "undo" | "redo") => {
      if (!(await flush())) return; // the failed save is reported; undoing an older step instead would surprise
      const result = await enqueue(() => api[direction]({}));
      if (!result.ok) {
        report(direction, result.error);
        return;
      }
      const { step, item } = result.data;
      if (!step || !item) {
        setMessage(direction === "undo" ? "Nothing to undo." : "Nothing to redo.");
        return;
      }
      extractedRef.current.set(item.id, item.extraction.fields);
      updateSummary(item);
      if (detailRef.current?.id === item.id) {
        applyDetail(item);
        showDetail(detailRef.current, toFormValues(item.fields));
      } else {
        // Go back to the item the step was on; its detail is here already.
        noteText(undefined, item.fields);
        prefetchRef.current.set(item.id, item);
        await load(item.id);
      }
      setMessage(describeStep(direction, step, label(item)));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, enqueue, flush, report, applyDetail, showDetail, updateSummary, load, noteText],
  );

  const onRevert = useCallback(
    (field: FieldName) => {
      const d = detailRef.current;
      if (!d) return;
      onChange(field, structuredClone(d.extraction.fields[field]), true);
      focusField(field);
    },
    [onChange],
  );

  /** Puts the raw text [start, end) into a field: a text field takes it as one line; a list appends or replaces entries. */
  const fill = useCallback(
    (field: FieldName, mode: FillMode, selection: { start: number; end: number }) => {
      const d = detailRef.current;
      const current = valuesRef.current;
      if (!d || !current) return;
      const meta = FIELD_BY_NAME[field];
      const picked = valueFromSelection(meta, d.text.slice(selection.start, selection.end));
      if ((Array.isArray(picked) && picked.length === 0) || picked === "") {
        setMessage("The selection holds no text.");
        return;
      }
      let value: FieldValue = picked;
      if (isList(meta) && mode === "append") value = [...(current[field] as string[]).filter((x) => x.trim() !== ""), ...(picked as string[])];
      onChange(field, value, true);
      // Used up: the next Alt+key goes to its field instead of filling it with the same text.
      window.getSelection()?.removeAllRanges();
      setFocus({ field, index: null });
      const n = Array.isArray(picked) ? picked.length : 1;
      setMessage(
        isList(meta)
          ? `${mode === "append" ? "Added" : "Replaced with"} ${n} ${meta.itemLabel?.toLowerCase() ?? "entr"}${n === 1 ? "" : "s"} in ${meta.label}.`
          : `Put the selection into ${meta.label}.`,
      );
    },
    [onChange],
  );

  const onAddFromSelection = useCallback(
    (field: FieldName) => {
      const d = detailRef.current;
      // The button keeps the raw selection (it takes no focus on mouse down; Tab keeps it too).
      const sel = d && rawSelection(d.text.length);
      if (!sel) {
        setMessage("Select text in the raw scrape first.");
        return;
      }
      fill(field, "append", sel);
    },
    [fill],
  );

  const onFocusField = useCallback((field: FieldName, index: number | null) => {
    setFocus((f) => (f.field === field && f.index === index ? f : { field, index }));
  }, []);

  const onPickField = useCallback((field: FieldName, index: number | null) => {
    setFocus({ field, index });
    focusField(field, index);
  }, []);

  const onSelectItem = useCallback((id: string) => void load(id), [load]);

  /** The next `count` items still waiting for a decision after `id` (wrapping round). */
  const waitingAfter = (id: string, count: number): string[] => {
    const list = visible();
    const at = list.findIndex((i) => i.id === id);
    const found: string[] = [];
    for (let step = 1; step < list.length + (at === -1 ? 1 : 0) && found.length < count; step++) {
      const item = list[(at + step) % list.length]!;
      if (item.id !== id && waiting(item.status) && !decidingRef.current.has(item.id)) found.push(item.id);
    }
    return found;
  };
  /** The next item still waiting for a decision after `id` (wrapping round), or null. */
  const nextWaiting = (id: string): string | null => waitingAfter(id, 1)[0] ?? null;

  waitingAfterRef.current = waitingAfter;

  const move = useCallback(
    (delta: number) => {
      const list = visible();
      if (list.length === 0) return;
      const at = list.findIndex((i) => i.id === selectedRef.current);
      const target = list[Math.max(0, Math.min(list.length - 1, at + delta))];
      if (target && target.id !== selectedRef.current) void load(target.id);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [load],
  );

  const busyTimerRef = useRef(0);
  const begin = (): boolean => {
    if (busyRef.current) return false;
    busyRef.current = true;
    // The buttons are disabled only when the work outlasts this task: approving with the next item
    // fetched ahead is done at once, and drawing the desk twice for it would delay that item.
    busyTimerRef.current = window.setTimeout(() => setBusy(true), 0);
    return true;
  };
  const end = () => {
    busyRef.current = false;
    window.clearTimeout(busyTimerRef.current);
    setBusy(false);
  };

  const label = (d: ItemDetail) => stripBidi(d.fields.title.trim() || d.file).slice(0, 80);

  /** Items whose approval is on its way to the store: "next waiting" skips them. */
  const decidingRef = useRef(new Set<string>());
  /** An item being decided, or being left for the next one, takes no more edits (they would reopen it or be lost). */
  const editable = (d: ItemDetail): boolean => !decidingRef.current.has(d.id) && selectedRef.current === d.id;

  /**
   * Records a decision on the item shown and goes on to the next item waiting at once (drawn from
   * the prefetch when it is there, so no round trip sits between the key and the next item); the
   * write lands meanwhile. Writes are chained, so it is stored before anything done on the next
   * item. A failed write is never lost silently: the item comes back with the error, and `restore`
   * puts back what the decision had taken over (its unsaved edits).
   */
  const decideAndGoOn = async (d: ItemDetail, op: "approve" | "reject", write: () => Promise<Result<ItemDetail>>, done: (saved: ItemDetail) => string, restore = () => {}) => {
    decidingRef.current.add(d.id);
    const next = nextWaiting(d.id);
    const deciding = write().then((result) => {
      decidingRef.current.delete(d.id);
      if (!result.ok) {
        restore();
        report(op, { message: `${result.error.message} (“${label(d)}” is shown again: nothing was recorded for it.)` });
        if (selectedRef.current !== d.id) void load(d.id);
        return;
      }
      extractedRef.current.set(d.id, result.data.extraction.fields);
      // Drawn as a transition: redrawing the queue (a view of every item) for the new status may
      // not hold up the frame that shows the next item, which this answer often arrives before.
      startTransition(() => {
        updateSummary(result.data);
        noteText(d.fields, result.data.fields);
        if (detailRef.current?.id === d.id) applyDetail(result.data);
        const after = nextWaiting(d.id);
        setMessage(`${done(result.data)}${after ? "" : " No items are waiting for review."}`);
      });
    });
    if (next) await load(next);
    else await deciding;
  };

  const approveNow = useCallback(async () => {
    const d = detailRef.current;
    const v = valuesRef.current;
    if (!d || !v || decidingRef.current.has(d.id) || !begin()) return;
    try {
      setOverrideFor(null);
      // The approval carries the edits, so no draft save of them may follow it.
      const hadUnsaved = unsavedRef.current.get(d.id) === v;
      if (hadUnsaved) unsavedRef.current.delete(d.id);
      againRef.current.delete(d.id);
      // Reaching here with problems means the editor confirmed the override: the host records it.
      const problems = recordProblems(v).map(({ field, problem }) => ({ field, message: problem }));
      const override = problems.length > 0 ? { override: { problems } } : {};
      await decideAndGoOn(
        d,
        "approve",
        // Its place in the chain is taken now (an undo pressed next waits for it); it is sent once
        // the next item is drawn, so that sending it and the host's work do not hold up that frame.
        () => enqueue(() => nextPaint().then(() => api.approve({ id: d.id, corrections: correctionsFrom(v, d.extraction.fields), ...override }))),
        (saved) => {
          if (hadUnsaved) backupRef.current?.drop(d.id);
          saveStatus.set(unsavedRef.current.size === 0 ? "saved" : "unsaved");
          return `Approved “${label(saved)}”.`;
        },
        () => {
          if (hadUnsaved && !unsavedRef.current.has(d.id)) unsavedRef.current.set(d.id, v);
        },
      );
    } finally {
      end();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, enqueue, report, applyDetail, updateSummary, load]);

  /** Approve and go on; a record that breaks the guidelines asks for an explicit override first. */
  const approveAndNext = useCallback(async () => {
    const d = detailRef.current;
    const v = valuesRef.current;
    if (!d || !v || busyRef.current) return;
    const found = recordProblems(v);
    if (found.length > 0) {
      setOverrideFor(found);
      return;
    }
    await approveNow();
  }, [approveNow]);

  const reject = useCallback(
    async (reason: string) => {
      const d = detailRef.current;
      if (!d || decidingRef.current.has(d.id) || !begin()) return;
      try {
        setRejectOpen(false);
        // Its edits are saved first (a draft save landing after the rejection would reopen the item).
        const editsSaved = unsavedRef.current.has(d.id) || inflightRef.current.has(d.id) ? saveNow(d.id) : Promise.resolve(true);
        await decideAndGoOn(
          d,
          "reject",
          () => editsSaved.then((ok) => (ok ? enqueue(() => api.reject({ id: d.id, reason })) : { ok: false as const, error: { code: "failed" as const, message: "its edits could not be saved first" } })),
          (rejected) => `Rejected “${label(rejected)}” (${reason}).`,
        );
      } finally {
        end();
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, enqueue, saveNow, report, applyDetail, updateSummary, load],
  );

  const skip = useCallback(() => {
    const id = selectedRef.current;
    if (!id) return;
    const next = nextWaiting(id);
    if (next) void load(next);
    else move(1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, move]);

  const exportApproved = useCallback(async (request: ApiRequest<"exportApproved">) => {
    setExportOpen(false);
    if (!begin()) return;
    try {
      await flush();
      setMessage("Exporting approved records…");
      const result = await api.exportApproved(request);
      if (!result.ok) {
        // "unsupported" is how the host says the person cancelled (or cannot do this here): news, not a failure.
        if (result.error.code === "unsupported") setMessage(result.error.message);
        else {
          setMessage("");
          report("exportApproved", result.error);
        }
        return;
      }
      setExported(result.data);
      const n = result.data.count;
      setMessage(`Exported ${n} approved record${n === 1 ? "" : "s"} to ${result.data.path}`);
    } finally {
      end();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, flush, report]);

  const openFolder = useCallback(async () => {
    if (!begin()) return;
    try {
      await flush();
      setSwitching(true);
      const result = await api.openFolder({}).finally(() => setSwitching(false));
      if (!result.ok) {
        if (result.error.code === "unsupported") setMessage(result.error.message);
        else report("openFolder", result.error);
        return;
      }
      setSession(result.data);
      noteUndo(result.data.undo);
      backupRef.current = new DraftBackup(result.data.dbPath);
      setExported(null);
      setMessage(`Opened ${result.data.folderName}.`);
      await refresh(null);
    } finally {
      end();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, flush, refresh, report, noteUndo]);

  /** Alt+<field key>: with text selected in the raw pane, fill that field (Shift: replace a list); without, go to the field. */
  const fieldKey = useCallback(
    (code: string, shift: boolean): boolean => {
      const meta = FIELD_BY_CODE.get(code);
      const d = detailRef.current;
      if (!meta || !d) return false;
      if (selectedRef.current !== d.id) {
        // The next item is on its way: go to the field once it is shown, not to the old item's.
        pendingFieldRef.current = meta.name;
        return true;
      }
      const sel = rawSelection(d.text.length);
      if (sel) fill(meta.name, isList(meta) && !shift ? "append" : "replace", sel);
      else {
        setFocus({ field: meta.name, index: null });
        focusField(meta.name);
      }
      return true;
    },
    [fill],
  );

  /** A field asked for (Alt+key) while the next item was loading: focused once that item is drawn. */
  const pendingFieldRef = useRef<FieldName | null>(null);
  useLayoutEffect(() => {
    const field = pendingFieldRef.current;
    if (!field || !detail || selectedRef.current !== detail.id) return;
    pendingFieldRef.current = null;
    setFocus({ field, index: null });
    focusField(field);
  }, [detail]);

  // Keyboard shortcuts; the handler always sees the latest callbacks.
  const keyActions = {
    approveAndNext,
    approveNow,
    reject,
    exportApproved,
    openFolder,
    move,
    skip,
    fieldKey,
    undo: () => void undoRedo("undo"),
    redo: () => void undoRedo("redo"),
    openReject: () => detailRef.current && setRejectOpen(true),
    openHelp: () => setHelpOpen(true),
    search: () => document.getElementById("queue-search")?.focus(),
    queue: () => document.querySelector<HTMLElement>('[role="listbox"][aria-label="Queue"]')?.focus(),
    raw: () => document.querySelector<HTMLElement>(".raw-scroll")?.focus(),
  };
  const keys = useRef(keyActions);
  keys.current = keyActions;
  const dialogOpen = rejectOpen || exportOpen || helpOpen || overrideFor !== null;
  const dialogOpenRef = useRef(dialogOpen);
  dialogOpenRef.current = dialogOpen;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpenRef.current || event.defaultPrevented || event.isComposing) return;
      const k = keys.current;
      const mod = event.ctrlKey || event.metaKey;
      const inText = isTextTarget(event.target);
      if (mod && !event.altKey && !event.shiftKey && event.key === "Enter") {
        event.preventDefault();
        void k.approveAndNext();
        return;
      }
      // Undo/redo of the desk's edits, also inside a text box (the box's own undo would miss list edits).
      if (mod && !event.altKey && (event.code === "KeyZ" || event.code === "KeyY")) {
        event.preventDefault();
        if (event.code === "KeyY" || event.shiftKey) k.redo();
        else k.undo();
        return;
      }
      if (event.altKey && !mod) {
        if (k.fieldKey(event.code, event.shiftKey)) {
          event.preventDefault();
          return;
        }
        if (event.shiftKey) return;
        const action =
          event.key === "ArrowDown" ? () => k.move(1)
          : event.key === "ArrowUp" ? () => k.move(-1)
          : event.code === "KeyS" ? k.skip
          : event.code === "KeyX" ? k.openReject
          : event.code === "KeyQ" ? k.queue
          : event.code === "KeyR" ? k.raw
          : event.code === "KeyF" ? k.search
          : null;
        if (action) {
          event.preventDefault();
          action();
        }
        return;
      }
      if (inText) {
        if (event.key === "Escape") (event.target as HTMLElement).blur();
        return;
      }
      if (mod || event.altKey) return;
      const action =
        event.key === "j" ? () => k.move(1)
        : event.key === "k" ? () => k.move(-1)
        : event.key === "s" ? k.skip
        : event.key === "x" ? k.openReject
        : event.key === "/" ? k.search
        : event.key === "?" ? k.openHelp
        : null;
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const counts = useMemo(() => {
    const c = { total: items.length, approved: 0, rejected: 0, draft: 0, pending: 0 };
    for (const i of items) c[i.status] += 1;
    return c;
  }, [items]);

  const setSplitSaved = (value: number) => {
    const next = clampSplit(value);
    setSplit(next);
    try {
      window.localStorage.setItem(SPLIT_KEY, String(next));
    } catch {
      // Not remembered; the layout still works.
    }
  };
  const onSplitPointer = (event: ReactPointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    const left = handle.previousElementSibling?.getBoundingClientRect();
    const right = handle.nextElementSibling?.getBoundingClientRect();
    if (!left || !right) return;
    handle.setPointerCapture(event.pointerId);
    const onMove = (e: PointerEvent) => setSplitSaved((e.clientX - left.left) / (right.right - left.left));
    const onUp = () => {
      handle.removeEventListener("pointermove", onMove);
      handle.removeEventListener("pointerup", onUp);
    };
    handle.addEventListener("pointermove", onMove);
    handle.addEventListener("pointerup", onUp);
  };
  const onSplitKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowLeft" ? -0.02 : event.key === "ArrowRight" ? 0.02 : 0;
    if (step !== 0) setSplitSaved(split + step);
    else if (event.key === "Home") setSplitSaved(0.2);
    else if (event.key === "End") setSplitSaved(0.8);
    else return;
    event.preventDefault();
  };

  // Search the bodies on the host once typing pauses; only the answer to the search still typed is kept.
  useEffect(() => {
    const search = view.search;
    if (!search.trim()) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void api.searchItems({ query: search }).then((result) => {
        if (!live) return;
        if (result.ok) setFound({ search, ids: new Set(result.data.ids) });
        else {
          setFound({ search, ids: null });
          report("searchItems", result.error);
        }
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, report, view.search, textEpoch]);

  // Stable callbacks for the parts drawn as memoised components (they skip a new item's render).
  const patchView = useCallback((patch: Partial<QueueView>) => setView((v) => ({ ...v, ...patch })), []);
  const toQueue = useCallback(() => keys.current.queue(), []);
  const onOpenFolder = useCallback(() => void keys.current.openFolder(), []);
  const onExport = useCallback(() => setExportOpen(true), []);
  const onHelp = useCallback(() => setHelpOpen(true), []);
  const closeReject = useCallback(() => setRejectOpen(false), []);
  const confirmReject = useCallback((reason: string) => void keys.current.reject(reason), []);
  const closeOverride = useCallback(() => setOverrideFor(null), []);
  const confirmOverride = useCallback(() => void keys.current.approveNow(), []);
  const closeExport = useCallback(() => setExportOpen(false), []);
  const confirmExport = useCallback((request: ApiRequest<"exportApproved">) => void keys.current.exportApproved(request), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const filtered = shown.length !== items.length;
  /** The item this one is a copy of (most items of a folder of copies are: one search of the queue per item shown, not two per render). */
  const originalId = detail ? duplicateOf(detail) : undefined;
  const original = useMemo(() => (originalId ? items.find((i) => i.id === originalId) : undefined), [items, originalId]);

  return (
    <div className="app">
      <TopBar session={session} loaded={loaded} counts={counts} busy={busy} onOpenFolder={onOpenFolder} onExport={onExport} onHelp={onHelp} />

      <div className="messages">
        <div role="alert" className="alerts">
          {problems.map((p) => (
            <div className="alert" key={p.id}>
              <span>{p.text}</span>
              <button type="button" className="small" onClick={() => setProblems((prev) => prev.filter((x) => x.id !== p.id))}>
                Dismiss
              </button>
            </div>
          ))}
        </div>
        <div role="status" className="status-line">
          {message}
        </div>
        {switching && opening && <OpeningProgress opening={opening} />}
        {exported && (
          <div className="export-result">
            Last export: <strong>{exported.count}</strong> record{exported.count === 1 ? "" : "s"} in <code>{exported.path}</code> (
            {exported.bytes} bytes)
            {exportSkipped(exported).length > 0 && (
              <details>
                <summary>{exportSkipped(exported).length} approved records left out</summary>
                <ul className="skipped">
                  {exportSkipped(exported).map((s) => (
                    <li key={s.file}>
                      <code>{s.file}</code>: {s.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </div>

      <main className="desk" style={{ gridTemplateColumns: `auto minmax(280px, ${split}fr) 6px minmax(340px, ${1 - split}fr)` }}>
        <aside className="pane queue-pane" aria-label="Queue and filters">
          <header className="pane-head">
            <h2>Queue</h2>
            <span className="hint" aria-live="polite">
              {matches
                ? `${shown.length} match${shown.length === 1 ? "" : "es"}`
                : filtered
                  ? `${shown.length} of ${items.length} items${!view.search.trim() ? "" : answered ? " · titles and file names only (the text search failed)" : " · searching the text…"}`
                  : `${items.length} items`}
            </span>
          </header>
          <QueueControls view={view} publishers={publishers} onPatch={patchView} onToQueue={toQueue} />
          <Queue items={shown} selectedId={selectedId} onSelect={onSelectItem} />
          {filtered && shown.length === 0 && <p className="empty">No item matches the filters.</p>}
          {session && (session.skipped.length > 0 || session.notices.length > 0) && (
            <div className="session-notes">
              {session.notices.map((n, i) => (
                <p className="notice" key={i} role="note">
                  {n}
                </p>
              ))}
              {session.skipped.length > 0 && (
                <details>
                  <summary>
                    {session.skipped.length} file{session.skipped.length === 1 ? "" : "s"} skipped
                  </summary>
                  <ul className="skipped">
                    {session.skipped.map((s) => (
                      <li key={s.file}>
                        <code>{stripBidi(s.file)}</code>: {s.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
        </aside>

        <RawPane item={detail} nextItem={ahead} focusedField={focus.field} activeIndex={focus.index} onPickField={onPickField} onFill={fill} />

        <div
          className="splitter"
          role="separator"
          aria-orientation="vertical"
          aria-label="Pane divider"
          aria-valuemin={20}
          aria-valuemax={80}
          aria-valuenow={Math.round(split * 100)}
          tabIndex={0}
          onPointerDown={onSplitPointer}
          onKeyDown={onSplitKey}
          onDoubleClick={() => setSplitSaved(0.52)}
        />

        <section className="pane fields-pane" aria-labelledby="fields-heading" data-item={detail?.id}>
          <header className="pane-head item-head">
            <h2 id="fields-heading">Fields</h2>
            {detail && <span className={`status status-${detail.status}`}>{detail.status}</span>}
            <SaveStatusText status={saveStatus} />
          </header>
          <div className="actions" role="toolbar" aria-label="Decision">
            <button type="button" className="primary" onClick={() => void approveAndNext()} disabled={!detail || busy} title="Ctrl/⌘+Enter">
              Approve
            </button>
            <button type="button" className="danger" onClick={() => setRejectOpen(true)} disabled={!detail || busy} title="Alt+X or x">
              Reject
            </button>
            <button type="button" onClick={skip} disabled={!detail || busy} title="Alt+S or s">
              Skip
            </button>
            <span className="spacer" />
            <button type="button" onClick={() => void undoRedo("undo")} disabled={!undoState.canUndo} title="Ctrl/⌘+Z">
              Undo
            </button>
            <button type="button" onClick={() => void undoRedo("redo")} disabled={!undoState.canRedo} title="Shift+Ctrl/⌘+Z">
              Redo
            </button>
          </div>
          {detail?.status === "rejected" && detail.rejectReason && <p className="decision rejected">Rejected: {detail.rejectReason}</p>}
          {detail?.status === "approved" && (
            <p className="decision approved">
              Approved{detail.approvedAt ? ` ${new Date(detail.approvedAt).toLocaleString()}` : ""}
              {detail.reviewer ? ` by ${detail.reviewer}` : ""}
            </p>
          )}
          {detail?.missing && <p className="problem">The file of this item is no longer in the folder.</p>}
          {detail && lookReason(detail) && <p className="problem">Needs another look: {lookReason(detail)}</p>}
          {detail && duplicateOf(detail) && (
            <p className="notice item-notice">
              Same story as{" "}
              <button type="button" className="link" onClick={() => void load(duplicateOf(detail)!)}>
                {stripBidi(original?.title || original?.file || "another item")}
              </button>
            </p>
          )}
          <div className="fields-scroll">
            {detail && values ? (
              <FieldsForm item={detail} values={values} onChange={onChange} onFocusField={onFocusField} onRevert={onRevert} onAddFromSelection={onAddFromSelection} />
            ) : (
              loaded ? <p className="empty">Nothing to review: the queue is empty.</p> : <OpeningProgress opening={opening} />
            )}
          </div>
        </section>
      </main>

      <RejectDialog open={rejectOpen && detail !== null} itemLabel={rejectOpen && detail ? label(detail) : ""} onCancel={closeReject} onConfirm={confirmReject} />
      <OverrideDialog open={overrideFor !== null} problems={overrideFor ?? NO_PROBLEMS} onCancel={closeOverride} onConfirm={confirmOverride} />
      <ExportDialog open={exportOpen} publishers={publishers} onCancel={closeExport} onConfirm={confirmExport} />
      <ShortcutsDialog open={helpOpen} onClose={closeHelp} />
    </div>
  );
}
