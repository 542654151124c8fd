#!/bin/sh
# Regression check (a snapshot, labelled as such): the output files of four
# reference runs hash to the values in golden_outputs.txt. A refactoring must
# leave every byte of them alone; a deliberate change of results regenerates
# the file with --update and says why in its commit.
#
#   golden_outputs.sh UNREST WORK EXPECTED [--update]
#
# Fields that name the build or the clock (commit, version, wall time and the
# configuration hash that includes the commit) are left out of JSON files.
set -eu
unrest=$1
work=$2
expected=$3
update=${4:-}

rm -rf "$work"
mkdir -p "$work"
"$unrest" run --out "$work/default" --threads 2 --quiet
"$unrest" run epstein/run2 --out "$work/epstein-run2" --threads 2 --quiet
"$unrest" run watts/er-z4-phi018 --out "$work/watts-er-z4-phi018" --threads 2 --quiet
"$unrest" run --runs 4 --out "$work/ensemble-4" --threads 2 --quiet

actual="$work/hashes.txt"
(cd "$work" && find default epstein-run2 watts-er-z4-phi018 ensemble-4 -type f | LC_ALL=C sort |
  while read -r f; do
    h=$(sed -E '/"(git_commit|unrest_version|wall_seconds|configuration_hash)"/d' "$f" |
      sha256sum | cut -c1-16)
    echo "$h $f"
  done) >"$actual"

if [ "$update" = "--update" ]; then
  cp "$actual" "$expected"
  echo "golden_outputs: wrote $(wc -l <"$expected") hashes to $expected"
  exit 0
fi
if ! diff -u "$expected" "$actual"; then
  echo "golden_outputs: output files differ from the recorded ones (lines above)." >&2
  echo "If the change of results is deliberate, rerun with --update and say why." >&2
  exit 1
fi
echo "golden_outputs: $(wc -l <"$actual") files identical to the recorded ones"
