// The folder a window has open: its desk, how far its opening has got, and switching to another
// folder. Shared by the Electron app and `copydesk serve`, so both show the same progress while a
// large folder is read (a first open extracts every file: 10,000 files take several seconds).
import { Desk, type DeskOptions, type OpenProgress } from "./desk.js";

export type Opener = (folder: string, onProgress: (progress: OpenProgress) => void) => Promise<Desk>;

export class OpenFolder {
  private current: Promise<Desk>;
  /** The opening under way (the first, or a switch to another folder); null when none is. */
  private progress: OpenProgress | null = null;
  private openings = 0;

  constructor(
    private readonly opener: Opener,
    folder: string,
  ) {
    this.current = this.track(folder);
    // The caller awaits desk(); this only keeps a failed first opening from being unhandled here.
    this.current.catch(() => {});
  }

  /** Opens with Desk.open, with these options for every folder. */
  static withDesk(options: (folder: string) => Omit<DeskOptions, "folder" | "onProgress">, folder: string): OpenFolder {
    return new OpenFolder((f, onProgress) => Desk.open({ ...options(f), folder: f, onProgress }), folder);
  }

  /** The desk now open (waits while the first opening runs). */
  desk(): Promise<Desk> {
    return this.current;
  }

  /** How far an opening has got: files read of the folder's total; null when none is under way. */
  opening(): OpenProgress | null {
    return this.progress;
  }

  /**
   * Opens another folder; the current one stays open (and in use) until it has, so a folder that
   * fails to open leaves the current one in place. The previous desk is then closed, which
   * releases its database's lock.
   */
  async switchTo(folder: string): Promise<Desk> {
    const next = this.track(folder);
    const opened = await next;
    const previous = this.current;
    this.current = next;
    await (await previous.catch(() => null))?.close();
    return opened;
  }

  /** Closes the desk open now, once its opening is over (a failed one has nothing to close). */
  async close(): Promise<void> {
    await (await this.current.catch(() => null))?.close();
  }

  private track(folder: string): Promise<Desk> {
    const id = ++this.openings;
    this.progress = { done: 0, total: 0, file: "" };
    const settle = () => {
      if (this.openings === id) this.progress = null;
    };
    const opened = this.opener(folder, (progress) => {
      if (this.openings === id) this.progress = progress;
    });
    opened.then(settle, settle);
    return opened;
  }
}
