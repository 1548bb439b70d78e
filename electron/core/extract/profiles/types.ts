// A publisher profile: what we know about one outlet, as data. The generic
// extractor works without any profile; a profile only names the brand, the home
// time zone (used when a page prints a time without a zone) and how to
// recognise the site (domains, masthead lines, copyright lines).
export interface PublisherProfile {
  id: string;
  /** The brand as the guidelines want it in `publisher`. */
  brand: string;
  /** Brand per language edition, e.g. Xinhua's Chinese site is 新华网. */
  brandByLanguage?: Record<string, string>;
  /** IANA zone used when the page gives a time without an offset. */
  homeZone?: string;
  /** Host names (without www.) of the site, matched as suffixes. */
  domains: string[];
  /** Lines that name the site at the top of a text dump (compared case-insensitively). */
  mastheads: string[];
  /** Footer / copyright patterns that only this site prints. */
  footers: RegExp[];
  /** Default story language. */
  language?: string;
  /**
   * What the site's story pages (in `language`) print, when known: false = never, so an empty
   * field is expected; true = always, so an empty one means the extractor missed it.
   */
  prints?: Partial<Record<"byline" | "editor" | "source" | "dateline", boolean>>;
}
