// How sure the extractor is that an empty field is really absent from the page.
// An empty Authors on a site that prints no bylines is as good as a found value;
// an empty Authors on a page whose header could not be read is a guess. Every
// reader reports the same few facts and these rules turn them into confidence.
import type { Draft } from "./draft.js";
import type { PublisherProfile } from "./profiles/types.js";

export interface AbsenceFacts {
  /** The matched profile, when its facts apply (the page is in the profile's language). */
  profile?: PublisherProfile | undefined;
  /** The header was read cleanly: a headline with a date (and byline or meta lines) beside it. */
  cleanHeader: boolean;
  /** A story of three or more paragraphs was found. */
  story: boolean;
}

/** Fields whose absence the site's known habits can vouch for (PublisherProfile.prints). */
const PRINTED = ["byline", "editor", "source", "dateline"] as const;
const FIELD_OF = { byline: "authors", editor: "editor", source: "source", dateline: "dateline" } as const;

export function scoreAbsences(draft: Draft, facts: AbsenceFacts): void {
  const prints = facts.profile?.prints ?? {};
  for (const what of PRINTED) {
    const known = prints[what];
    // The site never prints it: expected. Always prints it: we missed it. Else: as good as the header we read.
    const sure = known === false ? 0.9 : known === true ? 0.3 : facts.cleanHeader ? 0.75 : 0.4;
    draft.absent(FIELD_OF[what], what === "dateline" && known === undefined && !facts.story ? 0.4 : sure);
  }
  // Lists and ids that many pages do not have: a readable page without them is probably without them.
  draft.absent("related", facts.story ? 0.65 : 0.4);
  draft.absent("url", facts.story ? 0.7 : 0.4);
  draft.absent("externalId", facts.story ? 0.7 : 0.4);
  // A news page without a date is rare: say so.
  draft.absent("publishedAt", facts.story ? 0.3 : 0.1);
}
