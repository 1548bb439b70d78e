import { test } from "node:test";
import assert from "node:assert/strict";
import { copyrightOwner, guessPublisher, mastheadCandidates } from "../../electron/core/extract/publisher.js";

test("copyright: the owner before the sign when only a rights phrase follows it", () => {
  assert.equal(copyrightOwner("Harbour Ledger © All rights reserved"), "Harbour Ledger");
  assert.equal(copyrightOwner("© RIPRODUZIONE RISERVATA"), "");
  assert.equal(copyrightOwner("Copyright © 2023-24 Lakeside Press Ltd., All Rights Reserved"), "Lakeside Press Ltd");
  assert.equal(copyrightOwner("Copyright ⓒ 동해신문사 All Rights Reserved."), "동해신문사");
  assert.equal(copyrightOwner("Copyright 河畔線上公司 hepan.com 版權所有"), "河畔線上公司");
  assert.equal(copyrightOwner("Copyright Gazeta de S.Tomé. Todos os direitos reservados."), "Gazeta de S.Tomé");
});

test("masthead: caseless scripts count, skip links and home links do not", () => {
  assert.deepEqual(mastheadCandidates(["본문 바로가기", "동해일보", "전체"]), ["동해일보", "전체"]);
  assert.deepEqual(mastheadCandidates(["河畔首页", "河畔新闻"]), ["河畔新闻"]);
  assert.deepEqual(mastheadCandidates(["Vai al contenuto principale", "Gazzetta del Lago"]), ["Gazzetta del Lago"]);
  assert.deepEqual(mastheadCandidates(["नगर समाचार"]), ["नगर समाचार"]);
});

test("publisher: a company owner yields to the masthead brand it owns", () => {
  assert.equal(guessPublisher({ mastheads: ["应用", "河畔新闻", "河畔公开课"], copyrightOwners: ["河畔公司"] })?.name, "河畔新闻");
  assert.equal(guessPublisher({ mastheads: ["Gazzetta del Lago"], copyrightOwners: ["Lago Editori S.p.A"] })?.name, "Gazzetta del Lago");
});

import { parseDateline } from "../../electron/core/extract/dateline.js";
import { editorOf } from "../../electron/core/extract/text-dump/classify.js";

test("zh: an outlet's own-report mark and a bracket of labelled reporters", () => {
  const d = parseDateline("江城晚报讯（记者 周立新 通讯员 钱小梅）昨日，市交通局表示");
  assert.equal(d?.text, "江城晚报讯");
  assert.deepEqual(d?.authors, ["周立新", "钱小梅"]);
});

test("zh: a portal editor's staff code is dropped", () => {
  assert.equal(editorOf("责任编辑：赵一鸣_QX2071"), "赵一鸣");
});
