#!/bin/bash
# measure.sh CHECKOUT SET.jsonl LABEL : recall/precision per type of CHECKOUT's detector on SET (counts only, no text)
set -e
co=$1; set=$2; label=${3:-run}
cd "$co"
node "${SCORER:-/work/shared/corpus/score.mjs}" "$set" --json -- node src/bin.mjs scan --jsonl > /tmp/measure-$$.json
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const p = (x) => x == null ? "   -  " : (100 * x).toFixed(1).padStart(5);
console.log(`== ${process.argv[2]} ${process.argv[3]}: recall ${p(r.recall)} precision ${p(r.precision)} (${r.docs} docs)`);
for (const [t, s] of Object.entries(r.perType)) console.log(`   ${t.padEnd(18)} gold ${String(s.gold).padStart(4)} recall ${p(s.recall)} found ${String(s.found).padStart(4)} precision ${p(s.precision)}`);
' /tmp/measure-$$.json "$label" "$(basename "$set")"
rm -f /tmp/measure-$$.json
