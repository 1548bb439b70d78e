// Generic rules the lead added after the twenty-third and twenty-fourth held-out batches' first contact (a Malaysian
// Chinese paper, a Turkish paper). Every text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDateline } from "../../electron/core/extract/dateline.js";
import { editorOf } from "../../electron/core/extract/text-dump/classify.js";
import { lineKind as kind } from "../helpers.js";

test("Malaysian and Singaporean Chinese datelines: the place, the day and 讯 in brackets", () => {
  assert.equal(parseDateline("（新山5日讯）柔佛州政府今日宣布，新山市区将增设三条巴士路线。")?.text, "（新山5日讯）");
  assert.equal(parseDateline("(槟城12日訊)州政府宣布新渡轮服务。")?.text, "(槟城12日訊)");
  assert.equal(parseDateline("（图为新山市区）柔佛州政府今日宣布。"), null);
});

test("Turkish 'Editör:' is an editor's label", () => {
  assert.equal(editorOf("Editör: Ayşe Demir"), "Ayşe Demir");
  assert.equal(kind("Editör: Ayşe Demir"), "editor");
});
