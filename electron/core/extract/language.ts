// Story language as a BCP 47 primary tag, from the script of the body text and,
// for Latin script, the share of common function words per language.
import { hanCount } from "./normalize.js";

const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "said", "for", "with", "was", "on", "by", "from", "has", "have", "it"],
  fr: ["le", "la", "les", "des", "et", "est", "dans", "une", "du", "pour", "que", "qui", "sur", "au", "pas", "a"],
  es: ["el", "la", "los", "las", "del", "y", "que", "en", "por", "una", "con", "para", "es", "se", "al"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "im", "auf", "sich"],
  pt: ["o", "os", "as", "do", "da", "dos", "e", "que", "em", "um", "uma", "para", "com", "não", "foi"],
  it: ["il", "di", "che", "della", "e", "per", "un", "una", "del", "non", "sono", "nel", "gli", "alla"],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

export function detectLanguage(text: string, fallback = ""): string {
  const sample = text.slice(0, 1500);
  if (!sample.trim()) return fallback;
  const han = hanCount(sample);
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const hangul = (sample.match(/[\uac00-\ud7af]/g) ?? []).length;
  const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const arab = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  const top = Math.max(han, kana, hangul, cyr, arab, latin);
  if (top === 0) return fallback;
  if (kana > 0 && kana * 4 >= han && top === Math.max(han, kana)) return "ja";
  if (top === han) return "zh";
  if (top === hangul) return "ko";
  if (top === cyr) return "ru";
  if (top === arab) return "ar";
  const counts: Record<string, number> = {};
  for (const w of sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) {
    const langs = LOOKUP.get(w);
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  let best = fallback || "en";
  let bestN = 0;
  for (const [l, n] of Object.entries(counts)) if (n > bestN) { best = l; bestN = n; }
  return best;
}
