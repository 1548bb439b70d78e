import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyFields } from "../../shared/record.js";
import { fieldProblem, recordProblems } from "../../shared/validation.js";
import { goldFolder } from "../helpers.js";

test("every gold record of the corpus passes the guideline checks", () => {
  for (const name of ["000_de0f63e2a1ef871e", "004_chinadaily_hutong_libraries", "007_bbc_floating_solar", "009_xinhuanet_zh_elevator_retrofit"]) {
    const gold = JSON.parse(readFileSync(join(goldFolder, `${name}.gold.json`), "utf8"));
    assert.deepEqual(recordProblems(gold), [], name);
  }
});

test("dates follow the guidelines: a calendar date, or seconds and an offset", () => {
  for (const ok of ["", "2015-10-21", "2015-10-21T19:16:03+08:00", "2020-01-09T18:02:00-07:00", "2019-03-05T14:12:00Z", "2019-03-05T14:12:00"]) {
    assert.equal(fieldProblem("publishedAt", ok), null, ok);
  }
  for (const bad of ["Oct 21, 2015", "2015-02-30", "2015-10-21 19:16", "2015-10-21T19:16+08:00", " 2015-10-21"]) {
    assert.notEqual(fieldProblem("publishedAt", bad), null, bad);
  }
});

test("an empty record lists the title, body and language problems, in field order", () => {
  assert.deepEqual(recordProblems(emptyFields()).map((p) => p.field), ["title", "body", "language"]);
  assert.match(fieldProblem("title", "two\nlines") ?? "", /one line/);
  assert.match(fieldProblem("language", "english!") ?? "", /BCP 47/);
  assert.equal(fieldProblem("language", "pt-BR"), null);
  assert.match(fieldProblem("url", "javascript:alert(1)") ?? "", /http/);
  assert.match(fieldProblem("related", ["fine", "evil\u202Etxt.exe"]) ?? "", /bidi/);
  assert.equal(fieldProblem("body", ["  ", ""]), "The body has no paragraphs.");
});
