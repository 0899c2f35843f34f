// Times d3-hierarchy's tree() (Buchheim/Walker tidy tree) on a tree read from a CSV file,
// for comparison with Retrace's own layout. Prints one JSON line on stdout; notes go to stderr.
//
//   node --max-old-space-size=8192 tree-layout.mjs FILE.csv [--runs 5] [--warmup 2]
//        [--size W,H] [--gc-between] [--build direct|hierarchy]
//
// FILE.csv: a header row naming (at least) the columns `id` and `parent`, in any position;
// an empty parent marks the root. Fields may be quoted ("a, ""b""", embedded line breaks
// included): the reader below is a full RFC 4180 scanner, so it does not depend on ids being
// free of commas or quotes. Only reading the file and building the hierarchy depend on it,
// and neither is timed.
//
// Building: d3.hierarchy(data, d => d.children) (--build hierarchy) is O(n * height): its
// computeHeight walks up from every node, which takes minutes on a deep chain. The default
// (--build direct) makes the same d3 Node objects with d3's own constructor, in the same
// order and with the same fields (data, height, depth, parent, children) as d3.hierarchy,
// but computes heights in one bottom-up pass. tree() only reads children, parent and depth.
//
// Timed: only `layout(root)`, where layout = tree().nodeSize([1, 1]) by default, or
// tree().size([W, H]) with --size. Re-running on the same root is correct: every call wraps
// the hierarchy in fresh internal TreeNode objects (which carry the algorithm's z, m, c, s,
// a, A, t fields) and then overwrites node.x and node.y only; the harness checks this by
// comparing the coordinates of the first and the last run, and it checks that the result
// is a tidy layout (neighbours on a level at least `separation` apart, y = depth).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { hierarchy, tree } from "d3-hierarchy";

const USAGE = "usage: node [--max-old-space-size=8192] tree-layout.mjs FILE.csv [--runs 5] [--warmup 2] [--size W,H] [--gc-between] [--build direct|hierarchy]";

function fail(message) {
  process.stderr.write(`tree-layout: ${message}\n`);
  process.exit(2);
}

function d3HierarchyVersion() {
  const entry = createRequire(import.meta.url).resolve("d3-hierarchy"); // .../dist/d3-hierarchy.mjs
  return JSON.parse(readFileSync(join(dirname(dirname(entry)), "package.json"), "utf8")).version;
}

function parseArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        runs: { type: "string", default: "5" },
        warmup: { type: "string", default: "2" },
        size: { type: "string" },
        "gc-between": { type: "boolean", default: false },
        build: { type: "string", default: "direct" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    process.exit(0);
  }
  if (positionals.length !== 1) fail(USAGE);
  const integer = (name, min) => {
    const text = values[name];
    if (!/^\d+$/.test(text) || Number(text) < min) fail(`--${name} must be an integer >= ${min}, found '${text}'`);
    return Number(text);
  };
  let size = null;
  if (values.size !== undefined) {
    const parts = values.size.split(",").map(Number);
    if (parts.length !== 2 || !parts.every((v) => Number.isFinite(v) && v > 0)) {
      fail(`--size must be W,H with positive numbers, found '${values.size}'`);
    }
    size = parts;
  }
  if (values.build !== "direct" && values.build !== "hierarchy") {
    fail(`--build must be 'direct' or 'hierarchy', found '${values.build}'`);
  }
  if (values["gc-between"] && typeof globalThis.gc !== "function") {
    fail("--gc-between needs node --expose-gc");
  }
  return {
    file: positionals[0],
    runs: integer("runs", 1),
    warmup: integer("warmup", 0),
    size,
    gcBetween: values["gc-between"],
    build: values.build,
  };
}

const QUOTE = 0x22, COMMA = 0x2c, LF = 0x0a, CR = 0x0d;

/**
 * Reads the `id` and `parent` columns of a CSV file (RFC 4180: quoted fields, "" escapes,
 * line breaks inside quotes, LF or CRLF line ends, optional UTF-8 BOM; blank lines skipped).
 * Returns { ids, parents } (strings; parent '' for the root).
 */
function readIdParent(buf, file) {
  const n = buf.length;
  let pos = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let line = 1; // physical line, for messages

  // Reads one field starting at pos; returns its text if `keep`, else null. Leaves pos on
  // the delimiter after it (comma, CR, LF) or at n.
  function field(keep) {
    if (pos < n && buf[pos] === QUOTE) {
      const startLine = line;
      let start = ++pos, escaped = false;
      for (;;) {
        if (pos >= n) fail(`${file}:${startLine}: unterminated quoted field`);
        const c = buf[pos];
        if (c === QUOTE) {
          if (pos + 1 < n && buf[pos + 1] === QUOTE) { escaped = true; pos += 2; continue; }
          break;
        }
        if (c === LF) line++;
        pos++;
      }
      const end = pos++; // skip the closing quote
      if (pos < n && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) {
        fail(`${file}:${line}: text after a closing quote`);
      }
      if (!keep) return null;
      const text = buf.toString("utf8", start, end);
      return escaped ? text.replaceAll('""', '"') : text;
    }
    const start = pos;
    while (pos < n) {
      const c = buf[pos];
      if (c === COMMA || c === LF || c === CR) break;
      if (c === QUOTE) fail(`${file}:${line}: quote inside an unquoted field`);
      pos++;
    }
    return keep ? buf.toString("utf8", start, pos) : null;
  }

  // Moves past a line end at pos, if any; true if there was one (or the input ended).
  function lineEnd() {
    if (pos >= n) return true;
    if (buf[pos] === CR) { pos++; if (pos < n && buf[pos] === LF) pos++; line++; return true; }
    if (buf[pos] === LF) { pos++; line++; return true; }
    return false;
  }

  // Header.
  const header = [];
  for (;;) {
    header.push(field(true));
    if (pos < n && buf[pos] === COMMA) { pos++; continue; }
    lineEnd();
    break;
  }
  const idCol = header.indexOf("id"), parentCol = header.indexOf("parent");
  if (idCol < 0 || parentCol < 0) fail(`${file}: header must name columns 'id' and 'parent', found ${JSON.stringify(header)}`);
  const lastNeeded = Math.max(idCol, parentCol);

  const ids = [], parents = [];
  while (pos < n) {
    if (buf[pos] === LF || buf[pos] === CR) { lineEnd(); continue; } // blank line
    const recordLine = line;
    let id = null, parent = null, col = 0;
    for (;;) {
      const value = field(col <= lastNeeded && (col === idCol || col === parentCol));
      if (col === idCol) id = value;
      else if (col === parentCol) parent = value;
      col++;
      if (pos < n && buf[pos] === COMMA) { pos++; continue; }
      lineEnd();
      break;
    }
    if (col <= lastNeeded) fail(`${file}:${recordLine}: ${col} field(s), need at least ${lastNeeded + 1}`);
    ids.push(id);
    parents.push(parent);
  }
  return { ids, parents };
}

/** Plain data objects {id, children}; children in file order. Returns the root object. */
function buildData(ids, parents, file) {
  const count = ids.length;
  const byId = new Map();
  const data = new Array(count);
  for (let i = 0; i < count; i++) {
    const d = { id: ids[i], children: undefined };
    if (byId.has(d.id)) fail(`${file}: duplicate id '${d.id}'`);
    byId.set(d.id, d);
    data[i] = d;
  }
  let root = null;
  for (let i = 0; i < count; i++) {
    const p = parents[i];
    if (p === "") {
      if (root !== null) fail(`${file}: more than one root ('${root.id}', '${data[i].id}')`);
      root = data[i];
      continue;
    }
    const parent = byId.get(p);
    if (parent === undefined) fail(`${file}: node '${data[i].id}' has unknown parent '${p}'`);
    (parent.children ??= []).push(data[i]);
  }
  if (root === null) fail(`${file}: no root (a row with an empty parent)`);
  return root;
}

/**
 * What d3.hierarchy(rootData, d => d.children) builds, node for node and in the same allocation
 * order (depth-first, children pushed last to first), but with heights in O(n), not O(n * height).
 */
function hierarchyDirect(rootData) {
  const Node = hierarchy.prototype.constructor; // d3's Node
  const root = new Node(rootData);
  const stack = [root], order = [];
  let node;
  while ((node = stack.pop()) !== undefined) {
    order.push(node);
    const dataChildren = node.data.children;
    const n = dataChildren ? dataChildren.length : 0;
    if (n) {
      const children = (node.children = new Array(n));
      for (let i = n - 1; i >= 0; --i) {
        const child = (children[i] = new Node(dataChildren[i]));
        stack.push(child);
        child.parent = node;
        child.depth = node.depth + 1;
      }
    }
  }
  for (let i = order.length - 1; i > 0; i--) { // parents come before their children in `order`
    const child = order[i], parent = child.parent;
    if (parent.height <= child.height) parent.height = child.height + 1;
  }
  return root;
}

function coordinates(root, count) {
  const xy = new Float64Array(2 * count);
  let i = 0;
  root.eachBefore((node) => { xy[i++] = node.x; xy[i++] = node.y; });
  return xy;
}

/** Neighbours on each level are at least separation apart (scaled like x); y is proportional to depth. */
function checkTidy(root, size) {
  let dxUnit = 1, dyUnit = 1;
  let height = 0;
  root.each((node) => { if (node.depth > height) height = node.depth; });
  if (size) {
    // size mode scales x by kx and y by H / height; recover kx from a sibling pair, if any.
    dyUnit = size[1] / (height || 1);
    dxUnit = null;
  }
  const previous = [];
  let minGapRatio = Infinity, problems = 0;
  root.each((node) => { // breadth-first: left to right within a level
    if (node.y === undefined || node.x === undefined || !Number.isFinite(node.x)) problems++;
    if (Math.abs(node.y - node.depth * dyUnit) > 1e-9 * Math.max(1, Math.abs(node.y))) problems++;
    const left = previous[node.depth];
    if (left !== undefined) {
      const sep = left.parent === node.parent ? 1 : 2; // d3's default separation
      const ratio = (node.x - left.x) / sep;
      if (ratio < minGapRatio) minGapRatio = ratio;
    }
    previous[node.depth] = node;
  });
  if (dxUnit !== null && minGapRatio < 1 - 1e-9) problems++;
  if (dxUnit === null && !(minGapRatio > 0)) problems++;
  return { height, minGapRatio, problems };
}

function main() {
  const args = parseArguments();
  const version = d3HierarchyVersion();

  const t0 = performance.now();
  const { ids, parents } = readIdParent(readFileSync(args.file), args.file);
  const t1 = performance.now();
  const rootData = buildData(ids, parents, args.file);
  const root = args.build === "direct" ? hierarchyDirect(rootData) : hierarchy(rootData, (d) => d.children);
  const t2 = performance.now();
  let reached = 0;
  root.each(() => { reached++; });
  if (reached !== ids.length) fail(`${args.file}: ${ids.length - reached} node(s) not reachable from the root (a cycle?)`);
  const count = reached;
  process.stderr.write(`read ${count} rows in ${(t1 - t0).toFixed(0)} ms, built hierarchy (${args.build}) in ${(t2 - t1).toFixed(0)} ms (not timed)\n`);

  const layout = args.size ? tree().size(args.size) : tree().nodeSize([1, 1]);
  const layoutName = args.size ? `size([${args.size.join(",")}])` : "nodeSize([1,1])";

  let first = null;
  const times = [], inOrder = [];
  for (let i = 0; i < args.warmup + args.runs; i++) {
    if (args.gcBetween) globalThis.gc();
    const start = performance.now();
    const result = layout(root);
    const elapsed = performance.now() - start;
    if (result !== root) fail("tree() did not return its root");
    inOrder.push(elapsed.toFixed(0));
    if (i >= args.warmup) times.push(elapsed);
    if (first === null) first = coordinates(root, count);
  }
  const last = coordinates(root, count);
  let differ = 0;
  for (let i = 0; i < first.length; i++) if (first[i] !== last[i]) differ++;
  const check = checkTidy(root, args.size);
  process.stderr.write(
    `run times in order, ms (first ${args.warmup} warm-up): ${inOrder.join(" ")}\n` +
    `layout ${layoutName}: height ${check.height}, min neighbour gap / separation ${check.minGapRatio}, ` +
      `${check.problems} problem(s); first vs last run: ${differ === 0 ? "identical" : differ + " coordinate(s) differ"}; ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
  if (differ !== 0 || check.problems !== 0) fail("layout check failed");

  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const round2 = (v) => Math.round(v * 100) / 100;
  process.stdout.write(
    JSON.stringify({
      nodes: count,
      median_ms: round2(median),
      min_ms: round2(times[0]),
      max_ms: round2(times[times.length - 1]),
      runs: args.runs,
      tool: `d3-hierarchy ${version} tree()`,
      layout: layoutName,
    }) + "\n",
  );
}

main();
