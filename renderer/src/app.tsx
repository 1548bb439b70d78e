// The review desk: queue | raw scrape | fields. Owns the review workflow (load, autosave drafts,
// approve and go on, reject with a reason, skip, export) and the keyboard shortcuts.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from "react";
import type { ItemDetail, ItemSummary, Response, Session } from "../../shared/api.js";
import type { ApiOp } from "../../shared/api-ops.js";
import type { ArticleFields, FieldName } from "../../shared/record.js";
import type { ApiClient } from "./api-client.js";
import { FIELD_BY_NAME, LOW_CONFIDENCE, correctionsFrom, toFormValues, valueToText, type FormValues } from "./fields.js";
import { FieldsForm, fieldInputId } from "./components/fields-form.js";
import { Queue } from "./components/queue.js";
import { RawPane } from "./components/raw-pane.js";
import { RejectDialog } from "./components/reject-dialog.js";
import { ShortcutsDialog } from "./components/shortcuts-dialog.js";
import { DraftBackup } from "./draft-backup.js";

const SAVE_DELAY_MS = 300;

const OP_LABEL: Record<ApiOp, string> = {
  getSession: "Loading the session",
  openFolder: "Opening a folder",
  listItems: "Loading the queue",
  getItem: "Loading the item",
  saveDraft: "Saving the draft",
  approve: "Approving",
  reject: "Rejecting",
  exportApproved: "Exporting",
};

type SaveState = "idle" | "unsaved" | "saving" | "saved" | "failed";

interface Problem {
  id: number;
  text: string;
}

/** The queue's view of an item: the detail without the detail-only parts (so summary fields added later are kept). */
function summaryOf(d: ItemDetail): ItemSummary {
  const { format, encoding, text, textProblem, extraction, corrections, fields, rejectReason, approvedAt, reviewer, ...summary } = d;
  void [format, encoding, text, textProblem, extraction, corrections, fields, rejectReason, approvedAt, reviewer];
  return summary;
}

const waiting = (s: ItemSummary["status"]): boolean => s === "pending" || s === "draft";

export const QUEUE_FILTERS = {
  all: { label: "All items", keep: () => true },
  waiting: { label: "Waiting (pending or draft)", keep: (i: ItemSummary) => waiting(i.status) },
  approved: { label: "Approved", keep: (i: ItemSummary) => i.status === "approved" },
  rejected: { label: "Rejected", keep: (i: ItemSummary) => i.status === "rejected" },
  warnings: { label: "With warnings or errors", keep: (i: ItemSummary) => i.warningCount > 0 || Boolean(i.error) },
  doubtful: { label: "Low confidence", keep: (i: ItemSummary) => i.minConfidence < LOW_CONFIDENCE || Boolean(i.error) },
} as const;
type QueueFilter = keyof typeof QUEUE_FILTERS;

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
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [rejectOpen, setRejectOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [filter, setFilter] = useState<QueueFilter>("all");
  const [split, setSplit] = useState(initialSplit);

  // Mirrors of state for callbacks that run later (timers, key handlers, chained saves).
  const itemsRef = useRef<ItemSummary[]>([]);
  const selectedRef = useRef<string | null>(null);
  const detailRef = useRef<ItemDetail | null>(null);
  const valuesRef = useRef<FormValues | null>(null);
  const busyRef = useRef(false);
  /** Edits not yet acknowledged by saveDraft, per item: kept until saved so nothing typed is lost. */
  const unsavedRef = useRef(new Map<string, FormValues>());
  const extractedRef = useRef(new Map<string, ArticleFields>());
  const timerRef = useRef<number | null>(null);
  /** Every write goes through one chain, so a slow draft save never lands after an approval. */
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());
  const loadSeqRef = useRef(0);
  const problemSeqRef = useRef(0);
  const backupRef = useRef<DraftBackup | null>(null);
  const filterRef = useRef<QueueFilter>("all");
  filterRef.current = filter;
  /** What the queue shows: next/previous and "next waiting" walk this list. */
  const visible = (): ItemSummary[] => itemsRef.current.filter(QUEUE_FILTERS[filterRef.current].keep);

  const report = useCallback((op: ApiOp, error: { message: string }) => {
    const text = `${OP_LABEL[op]} failed: ${error.message}`;
    setProblems((prev) => [...prev.slice(-3), { id: ++problemSeqRef.current, text }]);
  }, []);

  const setItemsBoth = useCallback((next: ItemSummary[] | ((prev: ItemSummary[]) => ItemSummary[])) => {
    const value = typeof next === "function" ? next(itemsRef.current) : next;
    itemsRef.current = value;
    setItems(value);
  }, []);

  const showDetail = useCallback((d: ItemDetail | null, v: FormValues | null) => {
    detailRef.current = d;
    valuesRef.current = v;
    setDetail(d);
    setValues(v);
  }, []);

  const applyDetail = useCallback(
    (d: ItemDetail) => {
      extractedRef.current.set(d.id, d.extraction.fields);
      setItemsBoth((prev) => prev.map((i) => (i.id === d.id ? summaryOf(d) : i)));
      if (detailRef.current?.id === d.id) {
        detailRef.current = d;
        setDetail(d);
      }
    },
    [setItemsBoth],
  );

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = chainRef.current.then(work, work);
    chainRef.current = next.catch(() => undefined);
    return next;
  }, []);

  const saveNow = useCallback(
    async (id: string): Promise<boolean> => {
      const vals = unsavedRef.current.get(id);
      const extracted = extractedRef.current.get(id);
      if (!vals || !extracted) return true;
      setSaveState("saving");
      const result = await enqueue(() => api.saveDraft({ id, corrections: correctionsFrom(vals, extracted) }));
      if (!result.ok) {
        report("saveDraft", result.error);
        setSaveState("failed");
        return false;
      }
      if (unsavedRef.current.get(id) === vals) {
        unsavedRef.current.delete(id);
        backupRef.current?.drop(id);
      }
      applyDetail(result.data);
      setSaveState(unsavedRef.current.size === 0 ? "saved" : "unsaved");
      return true;
    },
    [api, enqueue, report, applyDetail],
  );

  const cancelTimer = () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  /** Saves every pending edit now; true when all of them reached the store. */
  const flush = useCallback(async (): Promise<boolean> => {
    cancelTimer();
    let ok = true;
    for (const id of [...unsavedRef.current.keys()]) ok = (await saveNow(id)) && ok;
    return ok;
  }, [saveNow]);

  const schedule = useCallback(
    (id: string) => {
      cancelTimer();
      timerRef.current = window.setTimeout(() => {
        timerRef.current = null;
        void saveNow(id);
      }, SAVE_DELAY_MS);
    },
    [saveNow],
  );

  const load = useCallback(
    async (id: string) => {
      const seq = ++loadSeqRef.current;
      selectedRef.current = id;
      setSelectedId(id);
      await flush();
      const result = await api.getItem({ id });
      if (seq !== loadSeqRef.current) return;
      if (!result.ok) {
        report("getItem", result.error);
        return;
      }
      const d = result.data;
      extractedRef.current.set(d.id, d.extraction.fields);
      const pending = unsavedRef.current.get(d.id);
      showDetail(d, pending ?? toFormValues(d.fields));
      setItemsBoth((prev) => prev.map((i) => (i.id === d.id ? summaryOf(d) : i)));
      setFocus((f) => ({ field: f.field, index: null }));
      if (pending) schedule(d.id);
    },
    [api, flush, report, showDetail, schedule, setItemsBoth],
  );

  const refresh = useCallback(
    async (preferId: string | null) => {
      const list = await api.listItems({});
      if (!list.ok) {
        report("listItems", list.error);
        return;
      }
      setItemsBoth(list.data.items);
      const first =
        list.data.items.find((i) => i.id === preferId) ?? list.data.items.find((i) => waiting(i.status)) ?? list.data.items[0];
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

  const onChange = useCallback(
    (field: FieldName, text: string) => {
      const d = detailRef.current;
      const current = valuesRef.current;
      if (!d || !current) return;
      const next = { ...current, [field]: text };
      valuesRef.current = next;
      setValues(next);
      unsavedRef.current.set(d.id, next);
      backupRef.current?.put(d.id, correctionsFrom(next, d.extraction.fields));
      setSaveState("unsaved");
      schedule(d.id);
    },
    [schedule],
  );

  const onRevert = useCallback(
    (field: FieldName) => {
      const d = detailRef.current;
      if (!d) return;
      const meta = FIELD_BY_NAME[field];
      onChange(field, valueToText(meta.kind, d.extraction.fields[field]));
      document.getElementById(fieldInputId(field))?.focus();
    },
    [onChange],
  );

  const onFocusField = useCallback((field: FieldName, index: number | null) => {
    setFocus((f) => (f.field === field && f.index === index ? f : { field, index }));
  }, []);

  const onPickField = useCallback((field: FieldName, index: number | null) => {
    setFocus({ field, index });
    document.getElementById(fieldInputId(field))?.focus();
  }, []);

  const onSelectItem = useCallback((id: string) => void load(id), [load]);

  /** The next item still waiting for a decision after `id` (wrapping round), or null. */
  const nextWaiting = (id: string): string | null => {
    const list = visible();
    const at = list.findIndex((i) => i.id === id);
    for (let step = 1; step < list.length + (at === -1 ? 1 : 0); step++) {
      const item = list[(at + step) % list.length]!;
      if (item.id !== id && waiting(item.status)) return item.id;
    }
    return null;
  };

  const move = useCallback(
    (delta: number) => {
      const list = visible();
      if (list.length === 0) return;
      const at = list.findIndex((i) => i.id === selectedRef.current);
      const target = list[Math.max(0, Math.min(list.length - 1, at + delta))];
      if (target && target.id !== selectedRef.current) void load(target.id);
    },
    [load],
  );

  const begin = (): boolean => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(true);
    return true;
  };
  const end = () => {
    busyRef.current = false;
    setBusy(false);
  };

  const label = (d: ItemDetail) => (d.fields.title.trim() || d.file).slice(0, 80);

  const approveAndNext = useCallback(async () => {
    const d = detailRef.current;
    const v = valuesRef.current;
    if (!d || !v || !begin()) return;
    try {
      cancelTimer();
      const result = await enqueue(() => api.approve({ id: d.id, corrections: correctionsFrom(v, d.extraction.fields) }));
      if (!result.ok) {
        report("approve", result.error);
        return;
      }
      if (unsavedRef.current.get(d.id) === v) {
        unsavedRef.current.delete(d.id);
        backupRef.current?.drop(d.id);
      }
      applyDetail(result.data);
      setSaveState("saved");
      const next = nextWaiting(d.id);
      setMessage(`Approved “${label(result.data)}”.${next ? "" : " No items are waiting for review."}`);
      if (next) await load(next);
    } finally {
      end();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, enqueue, report, applyDetail, load]);

  const reject = useCallback(
    async (reason: string) => {
      const d = detailRef.current;
      if (!d || !begin()) return;
      try {
        await flush();
        const result = await enqueue(() => api.reject({ id: d.id, reason }));
        if (!result.ok) {
          report("reject", result.error);
          return;
        }
        setRejectOpen(false);
        applyDetail(result.data);
        const next = nextWaiting(d.id);
        setMessage(`Rejected “${label(result.data)}” (${reason}).${next ? "" : " No items are waiting for review."}`);
        if (next) await load(next);
      } finally {
        end();
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, enqueue, flush, report, applyDetail, load],
  );

  const skip = useCallback(() => {
    const id = selectedRef.current;
    if (!id) return;
    const next = nextWaiting(id);
    if (next) void load(next);
    else move(1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, move]);

  const exportApproved = useCallback(async () => {
    if (!begin()) return;
    try {
      await flush();
      setMessage("Exporting approved records…");
      const result = await api.exportApproved({ format: "jsonl" });
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
      const result = await api.openFolder({});
      if (!result.ok) {
        if (result.error.code === "unsupported") setMessage(result.error.message);
        else report("openFolder", result.error);
        return;
      }
      setSession(result.data);
      backupRef.current = new DraftBackup(result.data.dbPath);
      setExported(null);
      setMessage(`Opened ${result.data.folderName}.`);
      await refresh(null);
    } finally {
      end();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, flush, refresh, report]);

  // Keyboard shortcuts; the handler always sees the latest callbacks.
  const keys = useRef({ approveAndNext, move, skip, openReject: () => setRejectOpen(true), openHelp: () => setHelpOpen(true) });
  keys.current = { approveAndNext, move, skip, openReject: () => setRejectOpen(true), openHelp: () => setHelpOpen(true) };
  const dialogOpen = rejectOpen || helpOpen;
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
      if (event.altKey && !mod) {
        const action =
          event.key === "ArrowDown" ? () => k.move(1)
          : event.key === "ArrowUp" ? () => k.move(-1)
          : event.code === "KeyS" ? k.skip
          : event.code === "KeyX" ? k.openReject
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
  const reviewed = counts.approved + counts.rejected;
  const shown = useMemo(() => items.filter(QUEUE_FILTERS[filter].keep), [items, filter]);

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

  const saveText: Record<SaveState, string> = {
    idle: "",
    unsaved: "Unsaved changes…",
    saving: "Saving draft…",
    saved: "All changes saved",
    failed: "Draft not saved (see the error above)",
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>Copydesk</h1>
        <span className="folder" title={session?.folder}>
          {session ? session.folderName : loaded ? "No folder" : "Loading…"}
        </span>
        <div className="progress">
          <progress max={Math.max(counts.total, 1)} value={reviewed} aria-label="Reviewed items" />
          <span>
            {reviewed} / {counts.total} reviewed · {counts.approved} approved · {counts.rejected} rejected
            {counts.draft > 0 ? ` · ${counts.draft} draft${counts.draft === 1 ? "" : "s"}` : ""}
          </span>
        </div>
        <div className="topbar-actions">
          <button type="button" onClick={() => void openFolder()} disabled={busy}>
            Open folder…
          </button>
          <button type="button" onClick={() => void exportApproved()} disabled={busy}>
            Export
          </button>
          <button type="button" className="icon" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </header>

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
        <aside className="pane queue-pane">
          <header className="pane-head">
            <h2>Queue</h2>
            <span className="hint">
              {shown.length === items.length ? `${items.length} items` : `${shown.length} of ${items.length} items`}
            </span>
          </header>
          <div className="queue-filter">
            <label htmlFor="queue-filter">Show</label>
            <select id="queue-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as QueueFilter)}>
              {Object.entries(QUEUE_FILTERS).map(([key, f]) => (
                <option key={key} value={key}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <Queue items={shown} selectedId={selectedId} onSelect={onSelectItem} />
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
                        <code>{s.file}</code>: {s.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
        </aside>

        <RawPane item={detail} focusedField={focus.field} activeIndex={focus.index} onPickField={onPickField} />

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

        <section className="pane fields-pane" aria-labelledby="fields-heading">
          <header className="pane-head item-head">
            <h2 id="fields-heading">Fields</h2>
            {detail && <span className={`status status-${detail.status}`}>{detail.status}</span>}
            <span className="save-state">{saveText[saveState]}</span>
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
          </div>
          {detail?.status === "rejected" && detail.rejectReason && (
            <p className="decision rejected">Rejected: {detail.rejectReason}</p>
          )}
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
                {items.find((i) => i.id === duplicateOf(detail))?.title || items.find((i) => i.id === duplicateOf(detail))?.file || "another item"}
              </button>
            </p>
          )}
          <div className="fields-scroll">
            {detail && values ? (
              <FieldsForm item={detail} values={values} onChange={onChange} onFocusField={onFocusField} onRevert={onRevert} />
            ) : (
              <p className="empty">{loaded ? "Nothing to review: the queue is empty." : "Loading…"}</p>
            )}
          </div>
        </section>
      </main>

      <RejectDialog
        open={rejectOpen && detail !== null}
        itemLabel={detail ? label(detail) : ""}
        onCancel={() => setRejectOpen(false)}
        onConfirm={(reason) => void reject(reason)}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
