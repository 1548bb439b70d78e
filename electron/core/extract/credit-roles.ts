// The role a byline block prints beside a name ("Anna Berg" / "Editor", "Jo Bell Journalist"): whether that
// person wrote the story, edited it, or took its pictures. One data table, one line per language; a role not in
// it (a beat, "Southern Correspondent") leaves the person an author.

type Role = "editor" | "photo";

const ROLE_TABLE: [lang: string, editor: string, photo: string][] = [
  ["en", "editor/sub-editor/copy editor/news editor/web editor", "photographer/photojournalist"],
  ["da no", "redaktør", "fotograf/pressefotograf"],
  ["sv", "redaktör", "fotograf"],
  ["de", "", "fotograf/fotografin"],
  ["nl", "eindredacteur", "fotograaf"],
  ["es pt", "editor/editora", "fotógrafo/fotógrafa/fotojornalista"],
  ["fr it", "", "photographe/fotografo/fotografa"],
  ["fi", "", "kuvaaja"],
  ["hu", "szerkesztő", "fotós/fotográfus"],
  ["cs pl", "editor/editorka/redaktor/redaktorka", "fotograf/fotografka"],
  ["ru uk", "редактор/редакторка", "фотограф/фотографка"],
];

const ROLES = new Map<string, Role>();
for (const [, editor, photo] of ROLE_TABLE) {
  for (const w of editor.split("/")) if (w) ROLES.set(w, "editor");
  for (const w of photo.split("/")) if (w) ROLES.set(w, "photo");
}

/** The role a short line names ("Redaktør", "Photographer"), lower-cased whole; "" for an author's role or none. */
export function creditRole(line: string): Role | "" {
  return ROLES.get(line.trim().toLowerCase().replace(/[:：.]$/, "")) ?? "";
}

/** "Source" as a credit label, in the languages met so far ("Source: Xinhua", "Fuente： Xinhua", Slovak and Czech "Zdroj: TASR", "Источник: ТАСС", "来源：新华网"): a regex source. */
export const SOURCE_LABEL_WORDS = "source|fuente|fonte|quelle|sumber|kaynak|zdroj|источник|джерело|来源|來源|出处|出處|出典|출처";
const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_LABEL_WORDS})\\s*[:：]\\s*`, "i");

/** A source label with a value after it, anywhere in a text ("… 14:32　来源：新华网", "| Source: GNA"). */
const SOURCE_LABEL_ANYWHERE = new RegExp(`(?:^|[\\s|【\\[(（])(?:${SOURCE_LABEL_WORDS})\\s*[:：]\\s*\\S`, "imu");

/** Does the text print a source label with a value after it (a credit a reader may have missed)? */
export function printsSourceLabel(text: string): boolean {
  return SOURCE_LABEL_ANYWHERE.test(text);
}

/** The credit without its label: "Source: SHINE" -> "SHINE". */
export function unlabelledSource(text: string): string {
  return text.replace(SOURCE_LABEL, "");
}
