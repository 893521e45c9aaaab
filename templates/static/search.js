/* Archive search: window.archiveSearch(query, options) over sharded Pagefind bundles.
 *
 * The index holds one Pagefind "word" per character (see generator/search_text.py), so a query
 * becomes an exact phrase of single characters: 王进喜 → "王 进 喜". Punctuation characters are
 * words too (3.2亿 → "3 . 2 亿"); whitespace and block ends are a separator word, so a phrase
 * matches exactly where the text contains the query as a substring (Latin letters ignore case;
 * diacritics count: café is not cafe).
 * Both the index and the query are folded (generator/search/text.py fold, mirrored by fold()
 * here): full-width and half-width forms are one character (，/, ：/: １/1 Ａ/A) and whitespace
 * between two Han characters is dropped, so 报讯记者 finds 本报讯 记者.
 * Whitespace in the query separates terms that must all occur. Traditional and simplified
 * spellings are both searched (variants.json, from OpenCC, only characters the archive holds).
 *
 * Shards (one or more Pagefind bundles per year) are listed newest first in shards.json; only
 * those overlapping the chosen years and publication are loaded, all through one copy of
 * Pagefind's runtime (pagefind/runtime/), the newest shard alone first. Hits are listed from
 * each shard's catalog (id → url, title, date), so every hit is returned without fetching one
 * fragment per hit; a shard with at most FEW hits reads their fragments instead (cheaper than
 * its catalog, and the excerpts on screen need them anyway).
 *
 * Options: paper, page_name, kind, topic, year_from, year_to, and a day range date_from /
 * date_to ("YYYY-MM-DD", inclusive; a malformed day is a RangeError naming the option). Rich
 * hits (stream) also carry page (the 版 label), paper, page_name (版名) and kind.
 *
 * Sorts: "relevance" (default): hits with a term in the kicker/title/subtitle first, then more
 * occurrences, then newer; "date": newest first; "date_asc": oldest first. Occurrences and
 * headline matches come from Pagefind's word positions (one single-character search per
 * distinct query character, shared by all hits of a shard) and the catalog's headline length.
 *
 * Plain script (no module, no build step); it must run before anything on the page uses
 * window.archiveSearch, so it is loaded synchronously in <head>.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var here = script && script.src ? new URL(".", script.src) : new URL("/static/", location.href);
  var BUNDLE = (script && script.dataset.bundle) || new URL("../pagefind/", here).pathname;
  var BASE = (script && script.dataset.base) || new URL("../", here).pathname;
  if (!BUNDLE.endsWith("/")) BUNDLE += "/";
  if (!BASE.endsWith("/")) BASE += "/";
  var UNSAFE = '"';
  var HAIR_RE = /[\u200a ]/g;
  // folding: the same rules as generator/search/text.py fold (keep the two in step)
  var TO_FULL = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };
  var HAN = "\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}";
  var HAN_CHAR = new RegExp("^[" + HAN + "]$", "u");
  var HAN_GAP = new RegExp("(?<=[" + HAN + "])[^\\S\\n]+(?=[" + HAN + "])", "gu");
  function fold(text) {
    var out = "";
    for (var ch of String(text)) {
      var o = ch.codePointAt(0);
      if (o >= 0xFF01 && o <= 0xFF5E) ch = String.fromCodePoint(o - 0xFEE0);
      else if (o === 0x3000) ch = " ";
      out += TO_FULL[ch] || ch;
    }
    return out.replace(HAN_GAP, "");
  }

  var manifestP = null, variantsP = null;
  var shardState = {};   // key → {instance: Promise, catalog: Promise (once asked for)}

  function fetchJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search index missing: " + url + " (" + r.status + ")");
      return r.json();
    });
  }
  function manifest() {
    return manifestP || (manifestP = fetchJSON(BUNDLE + "shards.json"));
  }
  function variantTable() {
    if (!variantsP) {
      variantsP = manifest().then(function (m) {
        return fetchJSON(BUNDLE + (m.variants || "variants.json"));
      }).catch(function () { return {}; });
    }
    return variantsP;
  }
  /* Pagefind's runtime (pagefind.js + its wasm), loaded ONCE for every part: a query touching N
   * parts used to download and compile N copies (~110 KB each). The build writes one copy to
   * `runtime/` (manifest: m.runtime). Each part is still its own Pagefind instance
   * (createInstance, basePath = the part's folder), so it searches only its own index; all
   * instances share the module's one wasm instance, each with its own state in its memory —
   * how Pagefind's own mergeIndex works.
   * Two rules keep the shared wasm sound:
   * - it is instantiated once: the module's wasm-bindgen glue reuses an existing instance, but
   *   two instances initialising at the same time would each compile one, and the second would
   *   replace the first under its state ("memory access out of bounds"). So the first part's
   *   instance initialises alone; the others start once it is ready (wasmGate; should it fail,
   *   the next one waiting initialises alone in its turn).
   * - it is downloaded once: Pagefind asks each instance's own `<part>/wasm.<lang>.pagefind`;
   *   sharedWasmFetch answers those requests (and only those) from one download of the runtime
   *   copy, so the network sees one wasm whatever the number of parts.
   * A manifest without `runtime` (an index built before it) loads each part's own module. */
  var runtimeP = null, wasmGate = null, wasmUp = false;
  function pagefindInstance(m, info) {
    var opts = { basePath: BUNDLE + info.path, baseUrl: "/", noWorker: true, exactDiacritics: true,
                 metaCacheTag: info.digest || null };   // a stable entry URL the cache may keep
    if (!m.runtime) {
      return import(BUNDLE + info.path + "pagefind.js").then(async function (mod) {
        await mod.options(opts);
        await mod.init();
        return mod;
      });
    }
    if (!runtimeP) {
      sharedWasmFetch(BUNDLE + m.runtime);
      runtimeP = import(BUNDLE + m.runtime + "pagefind.js");
    }
    var start = function (mod) {
      var inst = mod.createInstance(opts);
      // an empty search resolves once the instance's wasm and metadata are in, loading nothing
      return inst.search("").then(function () { return inst; });
    };
    var whenWasm = function (mod) {
      if (wasmUp) return start(mod);
      if (!wasmGate) {
        wasmGate = start(mod).then(function (inst) { wasmUp = true; return inst; },
                                   function (err) { wasmGate = null; throw err; });
        return wasmGate;
      }
      return wasmGate.then(function () { return start(mod); }, function () { return whenWasm(mod); });
    };
    return runtimeP.then(whenWasm);
  }
  var wasmBytes = {};
  function sharedWasmFetch(runtimeDir) {
    var partWasm = new RegExp("^" + BUNDLE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") +
                              "[^/?#]+/(wasm\\.[^/?#]+\\.pagefind)$");
    var plain = window.fetch;
    window.fetch = function (input, init) {
      var url = typeof input === "string" ? input : input instanceof URL ? input.href : input && input.url;
      var hit = url ? partWasm.exec(new URL(url, location.href).pathname) : null;
      if (!hit) return plain.apply(this, arguments);
      var name = hit[1];
      if (!wasmBytes[name]) {
        wasmBytes[name] = plain.call(window, runtimeDir + name).then(function (r) {
          if (!r.ok) throw new Error("search runtime missing: " + runtimeDir + name + " (" + r.status + ")");
          return r.arrayBuffer();
        });
        wasmBytes[name].catch(function () { delete wasmBytes[name]; });
      }
      return wasmBytes[name].then(function (buf) {
        return new Response(buf.slice(0), { headers: { "Content-Type": "application/octet-stream" } });
      });
    };
  }
  async function gunzipText(buf) {
    var bytes = new Uint8Array(buf);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {   // not already decoded by the server
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return await new Response(stream).text();
    }
    return new TextDecoder().decode(bytes);
  }
  function shard(m, info) {
    var st = shardState[info.key];
    if (st) return st;
    st = shardState[info.key] = {};
    st.instance = pagefindInstance(m, info);
    st.catalog = null;
    return st;
  }
  /* A part's catalog (~32 bytes an article), fetched only when the part holds more than FEW
   * hits (or preloaded by warm): a query with few or no matches in a part never pays for it. */
  function catalogOf(m, info, st) {
    if (!st.catalog) {
      st.catalog = fetch(BUNDLE + info.path + (m.catalog || "catalog.bin"))
        .then(function (r) {
          if (!r.ok) throw new Error("search catalog missing for shard " + info.key);
          return r.arrayBuffer();
        })
        .then(gunzipText).then(JSON.parse);
      st.catalog.catch(function () { st.catalog = null; });   // a failed fetch may be retried
    }
    return st.catalog;
  }

  // ---- query → terms → Pagefind phrases
  function isWordChar(ch) { return /[\p{L}\p{N}]/u.test(ch); }

  // mirrors generator/search_convert.query_variants: original, fully converted, then mixed
  function spellings(term, table) {
    var converted = "", out = [""];
    for (var ch of term) {
      converted += Array.from(table[ch] || ch)[0];
      var alts = ch + (table[ch] || "");
      var next = [];
      for (var v of out) for (var a of alts) next.push(v + a);
      out = next.slice(0, 16);
    }
    return Array.from(new Set([term, converted].concat(out))).slice(0, 16);
  }

  function parseQuery(query, table) {
    var terms = String(query || "").trim().split(/\s+/).map(fold).filter(Boolean);
    return terms.map(function (t) {
      var variants = spellings(t, table).map(function (v) {
        var chars = Array.from(v);
        var unsafe = chars.some(function (c) { return UNSAFE.indexOf(c) >= 0; });
        var pieces = unsafe ? v.split(new RegExp("[" + UNSAFE + "]+")).filter(Boolean) : [v];
        return {
          text: v,
          verify: unsafe,
          punct: chars.filter(function (c) { return !isWordChar(c) && UNSAFE.indexOf(c) < 0; }),
          pieces: pieces,
          phrases: pieces.map(function (p) { return '"' + Array.from(p).join(" ") + '"'; })
        };
      }).filter(function (v) { return v.phrases.length > 0; });
      return { text: t, variants: variants };
    }).filter(function (t) { return t.variants.length > 0; });
  }

  function normalizeOptions(o) {
    o = o || {};
    var num = function (v) {
      if (v === undefined || v === null || v === "") return null;
      var n = parseInt(v, 10);
      return isNaN(n) ? null : n;
    };
    var str = function (v) { return v === undefined || v === null || v === "" ? null : String(v); };
    var facets = window.archiveSearchFacets || {};
    var topic = str(o.topic), paper = str(o.paper);
    (facets.topics || []).forEach(function (t) { if (topic === t.slug) topic = t.name; });   // slug → name
    (facets.papers || []).forEach(function (p) { if (paper === p.name) paper = p.slug; });   // name → slug
    var dateFrom = day(o.date_from, "date_from"), dateTo = day(o.date_to, "date_to");
    var yearFrom = num(o.year_from), yearTo = num(o.year_to);
    // a day range narrows the years too (which parts are searched, Pagefind's year filter)
    if (dateFrom) yearFrom = Math.max(yearFrom === null ? -Infinity : yearFrom, +dateFrom.slice(0, 4));
    if (dateTo) yearTo = Math.min(yearTo === null ? Infinity : yearTo, +dateTo.slice(0, 4));
    return {
      paper: paper, page_name: str(o.page_name), kind: str(o.kind), topic: topic,
      year_from: yearFrom, year_to: yearTo, date_from: dateFrom, date_to: dateTo,
      sort: o.sort === "date" || o.sort === "date_asc" ? o.sort : "relevance"
    };
  }

  /* A day-level bound: "YYYY-MM-DD" (a real calendar day) or nothing; anything else is an error
   * that says what was wrong, never a silently ignored filter. */
  function day(v, name) {
    if (v === undefined || v === null || v === "") return null;
    var s = String(v).trim(), m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    var d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (!m || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3])
      throw new RangeError(name + " must be a date written YYYY-MM-DD, e.g. 2022-11-08 (got \"" + s + "\")");
    return s;
  }
  function inDays(date, opt) {
    return (!opt.date_from || date >= opt.date_from) && (!opt.date_to || date <= opt.date_to);
  }

  function shardsFor(m, opt) {
    return m.shards.filter(function (s) {
      var years = s.years || [];
      var inRange = years.some(function (y) {
        return (opt.year_from === null || y >= opt.year_from) && (opt.year_to === null || y <= opt.year_to);
      });
      return inRange && (!opt.paper || (s.papers || []).indexOf(opt.paper) >= 0);
    });
  }

  /* ---- the presence filter (generator/search/partfilter.py): which parts can hold a query.
   * A piece of one or two characters needs that token in the part, a longer one each of its
   * trigrams; the filter (per group of parts, one small file per token) says which parts hold
   * a token, with false positives but never a false negative, so a part it rules out cannot
   * hold a hit and is never opened. Anything missing or unreadable lets every part through. */
  var CRC_TABLE = null, presenceFiles = {};
  function crc32(str) {
    if (!CRC_TABLE) {
      CRC_TABLE = new Int32Array(256);
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        CRC_TABLE[n] = c;
      }
    }
    var bytes = new TextEncoder().encode(str), h = -1;
    for (var i = 0; i < bytes.length; i++) h = CRC_TABLE[(h ^ bytes[i]) & 0xff] ^ (h >>> 8);
    return (h ^ -1) >>> 0;
  }
  function mix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
  }
  var MAX_TOKENS = 12;   // distinct tokens checked per query (the rest count as present)
  // mirrors partfilter.piece_tokens: the character, the bigram, or (3+ characters) trigrams
  function pieceTokens(piece) {
    var cs = Array.from(piece).map(function (c) { return c.toLowerCase(); });
    if (cs.length <= 2) return cs.length ? [cs.join("")] : [];
    var out = [];
    for (var i = 0; i + 2 < cs.length; i++) out.push(cs[i] + cs[i + 1] + cs[i + 2]);
    if (out.length <= 4) return out;
    return [0, 1, 2, 3].map(function (j) { return out[Math.round(j * (out.length - 1) / 3)]; });
  }
  function presenceBlock(m, g, blk) {
    var p = m.presence, url = BUNDLE + p.path + "g" + g + "/" + blk + ".bin?v=" + p.tags[g];
    if (!presenceFiles[url]) {
      presenceFiles[url] = fetch(url).then(function (r) {
        return r.ok ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : null;
      }).catch(function () { return null; });
    }
    return presenceFiles[url];
  }
  async function presentIn(m, shards, terms) {
    var p = m.presence;
    if (!p || !p.groups || !shards.length) return shards;
    var where = {}, groups = new Set(), tokens = [];
    p.groups.forEach(function (keys, g) { keys.forEach(function (k, b) { where[k] = [g, b]; }); });
    shards.forEach(function (s) { if (where[s.key]) groups.add(where[s.key][0]); });
    terms.forEach(function (t) { t.variants.forEach(function (v) { v.pieces.forEach(function (pc) {
      pieceTokens(pc).forEach(function (tok) { if (tokens.indexOf(tok) < 0) tokens.push(tok); });
    }); }); });
    tokens = tokens.slice(0, MAX_TOKENS);
    var masks = new Map();   // token + "\0" + group → 8 bytes: the group's parts that may hold it
    await Promise.all(tokens.flatMap(function (tok) {
      var h = crc32(tok), h2 = mix(h), step = (h2 >>> 16) | 1, blk = h % p.blocks;
      return Array.from(groups).map(function (g) {
        return presenceBlock(m, g, blk).then(function (bytes) {
          if (!bytes || bytes.length !== p.rows * 8) return;
          var mask = new Uint8Array(8).fill(255);
          for (var i = 0; i < p.k; i++) {
            var r = (h2 + i * step) % p.rows;
            for (var j = 0; j < 8; j++) mask[j] &= bytes[r * 8 + j];
          }
          masks.set(tok + "\0" + g, mask);
        });
      });
    }));
    function has(tok, w) {
      var mask = masks.get(tok + "\0" + w[0]);
      return !mask || (mask[w[1] >> 3] >> (w[1] & 7)) & 1;
    }
    return shards.filter(function (s) {
      var w = where[s.key];
      return !w || terms.every(function (t) {
        return t.variants.some(function (v) {
          return v.pieces.every(function (pc) {
            return pieceTokens(pc).every(function (tok) { return has(tok, w); });
          });
        });
      });
    });
  }

  function pagefindFilters(s, opt) {
    var f = {};
    if (opt.paper) f.paper = opt.paper;
    if (opt.page_name) f.page_name = opt.page_name;
    if (opt.kind) f.kind = opt.kind;
    if (opt.topic) f.topic = opt.topic;
    var years = (s.years || []).filter(function (y) {
      return (opt.year_from === null || y >= opt.year_from) && (opt.year_to === null || y <= opt.year_to);
    });
    if (years.length < (s.years || []).length) f.year = { any: years.map(String) };
    return f;
  }

  // the readable text of a fragment: drop the per-character spaces, separators → spaces
  function fragmentText(content, sep) {
    return content.replace(HAIR_RE, "").split(sep).join(" ").trim();
  }

  function punctPresent(info, v) {
    var have = info.punct || "";
    return v.punct.every(function (c) { return have.indexOf(c) >= 0; });
  }

  var FEW = 16;   // hits in a part up to which their fragments are read instead of its catalog
                 // (and pages up to which the build lists a rare character: rarepages.RARE_PAGES)

  /* A result's fragment, fetched once (kept on the result: the phrase check, the ranking, the
   * result line and its excerpt all read it). */
  function dataOf(r) {
    if (!r.fetched) {
      r.fetched = r.data();
      r.fetched.catch(function () { r.fetched = null; });
    }
    return r.fetched;
  }

  /* The character of `chars` latest in the archive's frequency order (m.common, most frequent
   * first); one the order does not list is rarer than any it does (the first such one wins). */
  var commonRank = null;
  function rankOf(m, c) {
    if (!commonRank) {
      commonRank = new Map();
      Array.from(m.common || "").forEach(function (ch, i) { commonRank.set(ch, i); });
    }
    return commonRank.has(c) ? commonRank.get(c) : Infinity;
  }
  function rarestChar(m, chars) {
    return chars.reduce(function (best, c) { return rankOf(m, c) > rankOf(m, best) ? c : best; });
  }
  /* A phrase of Han characters looked up by its rarest character alone: one index chunk (~25 KB)
   * instead of one per character. When few pages of the part hold that character (at most
   * FEW plus 5 per further character: a fragment is ~2 KB, a chunk ~25 KB), the phrase
   * is checked on their fragments — a plain substring test of the page's text, which is what a
   * match means — and {results} are the pages holding it; null (more pages) → the phrase search. */
  async function byRarest(m, chars, piece, one) {
    const cand = await chars.search(rarestChar(m, one));
    if (cand.results.length > FEW + 5 * (one.length - 1)) return null;
    const datas = await Promise.all(cand.results.map(dataOf));
    return { results: cand.results.filter(function (r, i) {
      return fragmentText(datas[i].content, m.sep).indexOf(piece) >= 0;
    }) };
  }
  async function searchShard(m, info, terms, opt) {
    // a term whose spellings all use punctuation this shard never contains cannot match here
    if (!terms.every(function (t) { return t.variants.some(function (v) { return punctPresent(info, v); }); }))
      return [];
    if (window.archiveSearch.rareFirst) {
      const got = await searchRarePages(m, info, terms, opt);
      if (got) return got;
    }
    const st = shard(m, info);
    const inst = await st.instance;
    const filters = pagefindFilters(info, opt);
    const chars = charSearches(inst, filters);
    const perTerm = [];
    for (const term of terms) {
      const found = new Map();   // id → {score, result, exact, alts (to verify), spell (to count)}
      for (const v of term.variants) {
        if (!punctPresent(info, v)) continue;
        let ids = null;
        for (let k = 0; k < v.phrases.length; k++) {
          // one Han character is one index word: its search is the one ranking reads positions
          // from, so the part runs one search for it, not two
          const one = Array.from(v.pieces[k]);
          const han = one.every(function (c) { return HAN_CHAR.test(c); });
          const res = one.length === 1 && han ? await chars.search(one[0])
            : (han && window.archiveSearch.rareFirst && await byRarest(m, chars, v.pieces[k], one))
              || await inst.search(v.phrases[k], { filters: filters });
          const here = new Map(res.results.map(function (r) { return [r.id, r]; }));
          ids = ids === null ? here : new Map(Array.from(ids).filter(function (e) { return here.has(e[0]); }));
        }
        for (const [id, r] of ids || []) {
          let f = found.get(id);
          if (!f) found.set(id, f = { score: 0, result: r, exact: false, alts: [], spell: [] });
          f.score = Math.max(f.score, r.score);
          if (v.verify) f.alts.push(v.text); else { f.exact = true; f.spell.push(v.text); }
        }
      }
      if (!found.size) return [];
      if (!perTerm.length && found.size > FEW) catalogOf(m, info, st);   // fetch while we go on
      perTerm.push(found);
    }
    // A part with at most FEW hits reads them from their fragments (~2 KB each, fetched at
    // once; the result lines on screen need them anyway) rather than its catalog (~35 KB per
    // 1,000 articles) — a rare query then costs each part a few fragments, not a catalog. A
    // catalog already asked for (warm, or a first term with many hits) is used all the same.
    const ids = Array.from(perTerm[0].keys()).filter(function (id) {
      return perTerm.every(function (t) { return t.has(id); });
    });
    let catalog = {};
    if (ids.length > FEW || st.catalog) catalog = await catalogOf(m, info, st);
    else await Promise.all(ids.map(function (id) { return dataOf(perTerm[0].get(id).result); }));
    const out = [];
    const rank = opt.sort === "relevance";
    const positions = rank ? chars.positions : null;
    for (const [id, f] of perTerm[0]) {
      let score = f.score, ok = true;
      const checks = f.exact ? [] : [f.alts];
      const termHits = [f];
      for (const other of perTerm.slice(1)) {
        const o = other.get(id);
        if (!o) { ok = false; break; }
        score += o.score;
        termHits.push(o);
        if (!o.exact) checks.push(o.alts);
      }
      if (!ok) continue;
      let entry = catalog[id];
      if (entry && !inDays(entry[2], opt)) continue;
      if (checks.length || !entry) {
        const data = await dataOf(f.result);
        if (checks.length) {   // a spelling with a character the index cannot hold: read the text
          const text = fragmentText(data.content, m.sep).toLowerCase();
          if (!checks.every(function (alts) {
            return alts.some(function (a) { return text.indexOf(a.toLowerCase()) >= 0; });
          })) continue;
        }
        if (!entry) {
          const fl = data.filters || {};
          entry = [data.raw_url || data.url, data.meta.title, data.meta.date, data.meta.page,
                   (fl.paper || [""])[0], parseInt(data.meta.hl, 10) || 0,
                   (fl.page_name || [""])[0], (fl.kind || ["article"])[0]];
          if (!inDays(entry[2], opt)) continue;
        }
      }
      const hit = { url: entry[0], title: entry[1], date: entry[2], page: entry[3], paper: entry[4],
                    page_name: entry[6] || "", kind: entry[7] || "article",
                    score: score, head: 0, count: 0, shard: info.key, result: f.result };
      if (rank) {
        // a fragment already fetched tells the occurrences without the other characters' chunks
        const text = f.result.fetched ? await f.result.fetched : null;
        for (const t of termHits) {
          const c = text && t.spell.every(isHan) ? occurrencesIn(text, t.spell, entry[5] || 0)
            : await occurrences(positions, id, t.spell, entry[5] || 0);
          hit.head += c.head ? 1 : 0;
          hit.count += Math.max(1, c.count);   // a hit occurs at least once (verified spellings)
        }
      }
      out.push(hit);
    }
    return out;
  }

  /* ---- a part searched without its Pagefind index (generator/search/rarepages.py): when one
   * term has, in each of its spellings, a character the part lists with the few pages holding
   * it, those pages are the only candidates (every hit holds that term). A spelling of one
   * piece of at most w + 1 characters holding a listed character is decided from that
   * character's windows — which pages hold it, where, how often — a plain substring test; any
   * other spelling is checked on the candidate's fragment. Filters and the result line come
   * from the listed page's row. The part's metadata, entry and index chunks are never fetched.
   * null: the part must be searched through Pagefind (a piece not all Han, or no term with
   * listed characters). */
  var rareFiles = {};
  var NO_LIST = { w: 0, pages: {}, chars: {} };
  function rareBucket(m, info, ch) {
    var url = BUNDLE + info.path + "rare/" + (crc32(ch) % info.rare) + ".bin";
    if (!rareFiles[url]) {
      // a list missing or unreadable lists nothing: the part is searched through Pagefind
      rareFiles[url] = fetch(url).then(function (r) {
        return r.ok ? r.arrayBuffer().then(gunzipText).then(JSON.parse).then(function (b) {
          var chars = {};
          Object.keys(b.chars || {}).forEach(function (c) { chars[c] = new Map(b.chars[c]); });
          return { w: b.w || 0, pages: b.pages || {}, chars: chars };
        }) : NO_LIST;
      }).catch(function () { return NO_LIST; });
    }
    return rareFiles[url];
  }
  var SIGNATURE = "pagefind_dcd";
  /* A page's fragment fetched as Pagefind's result.data() would (its JSON: url, content, meta,
   * filters), as a result object dataOf() and the result lines read like Pagefind's. */
  var fragmentResults = new Map(), KEEP_FRAGMENTS = 2000;   // the latest, for the next query
  function fragmentResult(info, id) {
    var url = BUNDLE + info.path + "fragment/" + id + ".pf_fragment";
    var known = fragmentResults.get(url);
    if (known) return known;
    if (fragmentResults.size >= KEEP_FRAGMENTS) fragmentResults.delete(fragmentResults.keys().next().value);
    var r = { id: id, score: 0 };
    fragmentResults.set(url, r);
    r.data = function () {
      return fetch(url).then(function (res) {
        if (!res.ok) throw new Error("search fragment missing: " + url + " (" + res.status + ")");
        return res.arrayBuffer();
      }).then(gunzipText).then(function (text) {
        var d = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text);
        d.raw_url = d.url;
        return d;
      });
    };
    return r;
  }
  /* Whether a listed page's row ([url, title, date, 版 label, paper, headline characters, 版名,
   * kind, topics]) passes the part's Pagefind filters (pagefindFilters) and the day range. */
  function rowPasses(row, filters, opt) {
    var have = { paper: [row[4]], page_name: row[6] ? [row[6]] : [], kind: [row[7] || "article"],
                 topic: row[8] || [], year: [String(row[2]).slice(0, 4)] };
    return inDays(row[2], opt) && Object.keys(filters).every(function (name) {
      var want = filters[name], got = have[name] || [];
      return want && want.any ? want.any.some(function (w) { return got.indexOf(w) >= 0; })
                              : got.indexOf(want) >= 0;
    });
  }
  /* Where `piece` starts in a page, in code points of its searchable text, from the windows
   * around one of its characters (every occurrence lies inside one: it is at most w + 1 long). */
  function startsIn(windows, piece) {
    var starts = new Set();
    for (const [start, text] of windows) {
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1))
        starts.add(start + Array.from(text.slice(0, at)).length);
    }
    return starts;
  }
  /* Each term's spellings with what the part's lists say of them: `pages` (result id → windows)
   * when one of its pieces' rarest character is listed, `decided` when that piece is the whole
   * spelling and short enough for the windows to hold every occurrence. The buckets are fetched
   * at once. */
  async function listedSpellings(m, info, terms) {
    return Promise.all(terms.map(function (t) {
      return Promise.all(t.variants.map(function (v) {
        // each piece's rarest character (one of the archive's most frequent is never listed),
        // every bucket asked for at once; the first piece whose character is listed decides
        return Promise.all(v.pieces.map(function (p) {
          const ch = rarestChar(m, Array.from(p));
          if (rankOf(m, ch) < Infinity) return null;
          return rareBucket(m, info, ch).then(function (bucket) {
            return bucket.chars[ch] ? { pages: bucket.chars[ch], rows: bucket.pages,
                                        decided: v.pieces.length === 1 && Array.from(p).length <= bucket.w + 1 } : null;
          });
        })).then(function (found) { return { v: v, listed: found.find(Boolean) || null }; });
      }));
    }));
  }
  async function searchRarePages(m, info, terms, opt) {
    if (!info.rare) return null;
    if (!terms.every(function (t) {
      return t.variants.every(function (v) { return !v.verify && v.pieces.every(isHan); });
    })) return null;
    const spelled = await listedSpellings(m, info, terms);
    // the candidates: the pages holding a listed character of every spelling of one term
    const anchor = spelled.find(function (spells) { return spells.every(function (s) { return s.listed; }); });
    if (!anchor) return null;
    const rows = new Map();
    for (const s of anchor) for (const id of s.listed.pages.keys()) rows.set(id, s.listed.rows[id]);
    const filters = pagefindFilters(info, opt);
    const rank = opt.sort === "relevance";
    const out = [];
    const unsure = [];   // candidates a spelling the windows cannot decide leaves to their fragment
    for (const [id, row] of rows) {
      if (!row || !rowPasses(row, filters, opt)) continue;
      const hit = { url: row[0], title: row[1], date: row[2], page: row[3], paper: row[4],
                    page_name: row[6] || "", kind: row[7] || "article", score: 0, head: 0,
                    count: 0, shard: info.key, result: fragmentResult(info, id) };
      let ok = true, open = false;
      for (const spells of spelled) {
        let found = false, head = false, count = 0;
        const seen = new Set();
        for (const s of spells) {
          if (seen.has(s.v.text)) continue;
          if (s.listed && !s.listed.pages.has(id)) continue;   // its listed character is not here
          if (!s.listed || !s.listed.decided) { open = true; continue; }
          seen.add(s.v.text);
          const starts = startsIn(s.listed.pages.get(id), s.v.pieces[0]);
          if (!starts.size) continue;
          found = true;
          count += starts.size;
          for (const at of starts) if (at < row[5]) head = true;
        }
        if (open) break;
        if (!found) { ok = false; break; }
        hit.head += head ? 1 : 0;
        hit.count += Math.max(1, count);
      }
      if (open) unsure.push(hit);
      else if (ok) out.push(rank ? hit : Object.assign(hit, { head: 0, count: 0 }));
    }
    await Promise.all(unsure.map(function (hit) { return dataOf(hit.result); }));
    for (const hit of unsure) {
      const data = await hit.result.fetched;
      const text = fragmentText(data.content, m.sep);
      const spells = [];   // per term: the spellings found in this page
      for (const t of terms) {
        const found = t.variants.filter(function (v) {
          return v.pieces.every(function (p) { return text.indexOf(p) >= 0; });
        }).map(function (v) { return v.text; });
        if (!found.length) break;
        spells.push(found);
      }
      if (spells.length < terms.length) continue;
      hit.head = hit.count = 0;
      if (rank) {
        const hl = parseInt((data.meta || {}).hl, 10) || 0;
        for (const spell of spells) {
          const c = occurrencesIn(data, spell, hl);
          hit.head += c.head ? 1 : 0;
          hit.count += Math.max(1, c.count);
        }
      }
      out.push(hit);
    }
    out.fromLists = true;
    return out;
  }

  /* One unquoted Pagefind search per distinct character of a part (unquoted single words report
   * every position), shared by the term's lookup and the ranking: `search(ch)` its results,
   * `positions(ch)` its word positions in every page (id → Set). */
  function charSearches(inst, filters) {
    const raw = new Map(), pos = new Map();
    function search(ch) {
      if (!raw.has(ch)) raw.set(ch, inst.search(ch, { filters: filters }));
      return raw.get(ch);
    }
    function positions(ch) {
      if (!pos.has(ch)) {
        pos.set(ch, search(ch).then(function (res) {
          return new Map(res.results.map(function (r) { return [r.id, new Set(r.words)]; }));
        }).catch(function () { return new Map(); }));
      }
      return pos.get(ch);
    }
    return { search: search, positions: positions };
  }
  /* How often the spellings occur in page `id` (phrase = consecutive word positions), and
   * whether one starts inside the headline (the first `hl` words: kicker, title, subtitle). */
  async function occurrences(positions, id, spellings, hl) {
    let count = 0, head = false;
    for (const sp of new Set(spellings.map(function (s) { return s.toLowerCase(); }))) {
      const chars = Array.from(sp);
      const sets = [];
      for (const c of chars) sets.push((await positions(c)).get(id) || new Set());
      for (const p of sets[0]) {
        let all = true;
        for (let i = 1; i < sets.length && all; i++) all = sets[i].has(p + i);
        if (all) { count++; if (p < hl) head = true; }
      }
    }
    return { count: count, head: head };
  }

  /* occurrences() read from a page's fragment instead of Pagefind's word positions: its content
   * holds the page's words in order, one per whitespace-separated token, so token i is word
   * position i; an unquoted search for a character matches the words it begins. */
  function occurrencesIn(data, spellings, hl) {
    const words = data.words || (data.words = data.content.toLowerCase().split(/\s+/u).filter(Boolean));
    let count = 0, head = false;
    for (const sp of new Set(spellings.map(function (s) { return s.toLowerCase(); }))) {
      const chars = Array.from(sp);
      for (let p = 0; p + chars.length <= words.length; p++) {
        let all = true;
        for (let i = 0; i < chars.length && all; i++) all = words[p + i].startsWith(chars[i]);
        if (all) { count++; if (p < hl) head = true; }
      }
    }
    return { count: count, head: head };
  }
  function isHan(s) { return Array.from(s).every(function (c) { return HAN_CHAR.test(c); }); }

  function compare(sort) {
    var byDate = function (a, b) {
      return a.date < b.date ? 1 : a.date > b.date ? -1 : (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
    };
    if (sort === "date") return byDate;
    if (sort === "date_asc") return function (a, b) { return byDate(b, a); };
    return function (a, b) { return b.head - a.head || b.count - a.count || byDate(a, b); };
  }

  /* `a` and `b` (each sorted by `cmp`) as one sorted list: what sorting their concatenation
   * stably gives (on a tie `a`'s hit first), in one pass — re-sorting everything found so far
   * after each part costs O(n log n) per part, seconds for a query matching most of the archive. */
  function merge(a, b, cmp) {
    if (!b.length) return a;
    if (!a.length) return b;
    var out = new Array(a.length + b.length), i = 0, j = 0, k = 0;
    while (i < a.length && j < b.length) out[k++] = cmp(b[j], a[i]) < 0 ? b[j++] : a[i++];
    while (i < a.length) out[k++] = a[i++];
    while (j < b.length) out[k++] = b[j++];
    return out;
  }

  /* The streaming search the page UI uses: calls onProgress(sortedSoFar, done) after each shard
   * (newest shards first) and resolves with the full list of rich hits. */
  async function searchAll(query, options, onProgress) {
    var opt = normalizeOptions(options);
    // `signal` (an AbortSignal): a search the reader has left starts no more parts — the next
    // query's first screen does not share the connection and the CPU with it
    var signal = options && options.signal;
    function stopIfAborted() {
      if (signal && signal.aborted) throw new DOMException("the search was left", "AbortError");
    }
    var m = await manifest();
    var table = /[^\x00-\x7f]/.test(query || "") ? await variantTable() : {};
    var terms = parseQuery(query, table);
    if (!terms.length || !m.shards.length) {
      if (onProgress) onProgress([], true);
      return [];
    }
    stopIfAborted();
    var shards = await presentIn(m, shardsFor(m, opt), terms);
    if (opt.sort === "date_asc") shards = shards.slice().reverse();   // oldest first on screen sooner
    var all = [], cmp = compare(opt.sort);
    // The newest part is searched alone first: it alone decides the first screen for a common
    // query (and the one wasm must be instantiated by it before other parts share it), so the
    // reader's connection carries only that part's entry, metadata, chunks and catalog before
    // the first results show. Then up to CONCURRENCY parts at a time, reported in order — or
    // RARE_CONCURRENCY while parts are answered from their rare-page lists (a ~1 KB list and a
    // few fragments each: many in flight cost the connection little and save round trips).
    // While the first screen (FIRST_SCREEN hits) is not full, parts answered from their lists
    // are started only as many as it still needs at the hits per part seen so far: each list
    // part fetches its hits' fragments, and parts started beyond the first screen's would share
    // the reader's connection with it (at 1M a rare name has ~8 hits in each of 500 parts).
    var pending = shards.map(function () { return null; });
    var CONCURRENCY = 3, RARE_CONCURRENCY = 8, FIRST_SCREEN = 50, next = 0;
    function start(i) { pending[i] = searchShard(m, shards[i], terms, opt); }
    stopIfAborted();
    if (shards.length) start(next++);
    for (var i = 0; i < shards.length; i++) {
      var got = await pending[i];
      pending[i] = null;
      stopIfAborted();
      var found = all.length + got.length, ahead = got.fromLists ? RARE_CONCURRENCY : CONCURRENCY;
      if (got.fromLists && found < FIRST_SCREEN)
        ahead = Math.min(ahead, Math.ceil((FIRST_SCREEN - found) / Math.max(1, found / (i + 1))));
      for (; next < shards.length && next < i + 1 + ahead; next++) start(next);
      all = merge(all, got.sort(cmp), cmp);   // a new list (or one already handed out, unchanged)
      if (onProgress) onProgress(all, i === shards.length - 1);
    }
    if (!shards.length && onProgress) onProgress([], true);
    return all;
  }

  /* THE CONTRACT (DESIGN.md): every matching article as {url, title, date}. */
  window.archiveSearch = async function archiveSearch(query, options) {
    var hits = await searchAll(query, options || {});
    return hits.map(function (h) { return { url: h.url, title: h.title, date: h.date }; });
  };
  window.archiveSearch.stream = searchAll;
  // a phrase of Han characters is looked up by its rarest character (byRarest); false: by the
  // Pagefind phrase search alone (the same results: kept for comparing the two in tests, benches)
  window.archiveSearch.rareFirst = true;
  window.archiveSearch.parseQuery = function (q) {
    return variantTable().then(function (t) { return parseQuery(q, t); });
  };
  /* The headline parts and byline of a hit (its result line), from the fragment the excerpt
   * reads anyway: {kicker, subtitle, byline}, each "" when the article has none. */
  /* A hit's fragment, fetched once for both its result line and its excerpt. */
  function fragmentOf(hit) {
    if (!hit.fragment) hit.fragment = dataOf(hit.result);
    return hit.fragment;
  }
  window.archiveSearch.details = async function (hit) {
    var meta = (await fragmentOf(hit)).meta || {};
    return { kicker: meta.kicker || "", subtitle: meta.subtitle || "", byline: meta.byline || "" };
  };
  window.archiveSearch.excerpt = async function (hit, query, width) {
    var m = await manifest();
    var data = await fragmentOf(hit);
    var text = fragmentText(data.content, m.sep);
    var table = await variantTable();
    var needles = [];
    parseQuery(query, table).forEach(function (t) {
      t.variants.forEach(function (v) { needles.push(v.text); });
    });
    // the result line shows kicker, title, subtitle and byline (the first `hs` separator words
    // of the text): the excerpt starts after them, unless the query is found only there
    var pieces = data.content.replace(HAIR_RE, "").split(m.sep);
    var hs = parseInt((data.meta || {}).hs, 10) || 0;
    var body = hs > 0 && hs < pieces.length ? pieces.slice(hs).join(" ").trim() : "";
    var low = body.toLowerCase();
    if (body && needles.some(function (n) { return n && low.indexOf(n.toLowerCase()) >= 0; })) text = body;
    return excerptHTML(text, needles, width || 70);
  };
  /* Start loading the newest `n` shards (Pagefind module, wasm, catalog) before the first query. */
  window.archiveSearch.warm = function (n) {
    return manifest().then(function (m) {
      return Promise.all(m.shards.slice(0, n || 1).map(function (info) {
        var st = shard(m, info);
        return Promise.all([st.instance, catalogOf(m, info, st)]);
      }));
    }).catch(function () {});
  };
  window.archiveSearch.fold = fold;
  window.archiveSearch.base = BASE;
  window.archiveSearch.bundle = BUNDLE;

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function excerptHTML(text, needles, width) {
    var low = text.toLowerCase(), first = -1;
    var spans = [];
    needles.forEach(function (n) {
      var k = n.toLowerCase(), at = low.indexOf(k);
      while (k && at >= 0) { spans.push([at, at + k.length]); at = low.indexOf(k, at + k.length); }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    if (spans.length) first = spans[0][0];
    var start = Math.max(0, first - Math.floor(width / 3)), end = Math.min(text.length, start + width);
    var html = start > 0 ? "…" : "", pos = start;
    spans.forEach(function (s) {
      if (s[0] < pos || s[0] >= end) return;
      html += escapeHTML(text.slice(pos, s[0])) + "<mark>" + escapeHTML(text.slice(s[0], s[1])) + "</mark>";
      pos = s[1];
    });
    html += escapeHTML(text.slice(pos, Math.max(pos, end))) + (end < text.length ? "…" : "");
    return html;
  }
})();
