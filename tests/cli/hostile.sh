#!/bin/sh
# Hostile and careless input, as a user types it (issue 18). Each CHECK
# exits non-zero with a message when the behaviour is wrong.
#   hostile.sh UNREST WORKDIR CHECK
set -eu
unrest="$1"
work="$2"
check="$3"
rm -rf "$work"
mkdir -p "$work"
cd "$work"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# expect STATUS PATTERN COMMAND...: the command exits with STATUS and its
# stderr matches the extended regular expression PATTERN.
expect() {
  want=$1
  pattern=$2
  shift 2
  set +e
  "$@" >out.txt 2>err.txt
  got=$?
  set -e
  [ "$got" -eq "$want" ] || fail "status $got, not $want: $* ($(cat err.txt))"
  [ -z "$pattern" ] || grep -Eq -- "$pattern" err.txt || fail "message for '$*' lacks /$pattern/: $(cat err.txt)"
}
small="--set run.ticks=5 --quiet"

case "$check" in
  exit_codes)
    # Every mistake on the command line is bad input: 2, not CLI11's 105-114.
    expect 2 "not expected: --bogus" "$unrest" run epstein/run2 --bogus
    expect 2 "--threads: expected a whole number from 0 to 4096, got \"-1\"" \
      "$unrest" run epstein/run2 --threads -1
    expect 2 "--runs" "$unrest" run epstein/run2 --runs 0
    expect 2 "--design" "$unrest" sweep epstein/run2 --param legitimacy=0.1:0.2 --design x
    expect 2 "required" "$unrest" sweep epstein/run2
    expect 2 "subcommand" "$unrest"
    # No 309-digit numbers in a range.
    if grep -Eq '[0-9]{30}' err.txt; then fail "a range of 30 digits or more"; fi
    "$unrest" run epstein/run2 --threads -1 2>err.txt || true
    if grep -Eq '[0-9]{30}' err.txt; then fail "a range of 30 digits or more: $(cat err.txt)"; fi
    # Errors of an option name the option typed, not --set or <input>.
    expect 2 "^unrest: error: --scale 0.5: key 'params.scale': unknown parameter" \
      "$unrest" run granovetter/normal-crowd --scale 0.5 --quiet
    expect 2 "^unrest: error: --param 'legitimacy=0.5:1.5:2': key 'params.legitimacy': expected a number in \[0, 1\]" \
      "$unrest" sweep epstein/run2 --param legitimacy=0.5:1.5:2 $small
    expect 2 "^unrest: error: --set 'vison=3': key 'params.vison': unknown parameter \(did you mean 'vision'\?\)" \
      "$unrest" run epstein/run2 --set vison=3 $small
    expect 2 "^unrest: error: --truth 'legitimacy=7': key 'params.legitimacy': expected a number" \
      "$unrest" calibrate kazakhstan-2022/scenario --truth legitimacy=7 --quiet
    # A folder is not a scenario; misspelt shipped names get a suggestion.
    mkdir folder
    expect 2 "^unrest: error: folder: is a folder, not a scenario file" "$unrest" validate folder
    expect 2 "did you mean 'epstein/run2'\?" "$unrest" validate epstein/run2.toml
    expect 2 "did you mean 'epstein/run2'\?" "$unrest" validate run2
    expect 2 "did you mean 'kazakhstan-2022/scenario'\?" "$unrest" validate kazakhstan-2022
    expect 2 "did you mean 'epstein/run3-gradual-legitimacy'\?" "$unrest" run epstein/run3
    expect 2 "did you mean 'epstein/run1'" "$unrest" run epstein
    # Refusing an output folder is about the user's input: 2, not 1.
    "$unrest" run epstein/run2 --runs 2 $small --out ens
    expect 2 "holds the results of another ensemble" \
      "$unrest" run epstein/run2 --runs 2 $small --set legitimacy=0.5 --out ens
    ;;
  bad_values)
    # Values that were accepted or changed silently are refused (exit 2).
    expect 2 "--scale: expected a number from 1e-06 to 1, got \"nan\"" \
      "$unrest" run kazakhstan-2022/scenario --scale nan --quiet
    expect 2 "--seed: expected a whole number from 0 to 9223372036854775807, got \"18446744073709551616\"" \
      "$unrest" run epstein/run2 --seed 18446744073709551616 $small
    expect 2 "key 'params.legitimacy': expected one value on one line" \
      "$unrest" run epstein/run2 --set "legitimacy=0.5
[foo]
x=1" $small
    expect 2 "key 'params.legitimacy': expected a number in \[0, 1\], got string \"0.5 x=1\"" \
      "$unrest" run epstein/run2 --set "legitimacy=0.5 x=1" $small
    expect 2 "expected key=value with a key of letters" "$unrest" run epstein/run2 --set "a b=1" $small
    expect 2 "--out: expected a folder, got an empty name" "$unrest" run epstein/run2 --out '' $small
    # A base that is a folder is an error, not an empty base.
    mkdir base_dir
    printf '[scenario]\nname = "b"\nmodel = "granovetter"\nbase = "base_dir"\n[run]\nticks = 5\n' >based.toml
    expect 2 "based.toml:4:8: key 'scenario.base': cannot open base scenario 'base_dir': it is a folder" \
      "$unrest" validate based.toml
    # Compare across models is refused, not an all-NA table.
    expect 2 "key 'scenario.model': cannot compare a watts scenario with the epstein scenario" \
      "$unrest" compare epstein/run2 watts/er-z4-phi018 --runs 1 --quiet --out cmp
    [ ! -e cmp ] || fail "compare of two models wrote $(ls cmp)"
    # Schedule entries after the end of the run are reported (tick and date).
    expect 0 "run4-legitimacy-jump.toml:[0-9]+:[0-9]+: key 'schedule\[0\].at': tick 77 is after the run's last tick, tick 50: this action never fires" \
      "$unrest" run epstein/run4-legitimacy-jump --set run.ticks=50 --quiet --out jump
    expect 0 "key 'schedule\[[0-9]+\].at': 2022-01-0[0-9]T[0-9:]+ \(tick [0-9]+\) is after the run's last tick, 2022-01-01T" \
      "$unrest" validate kazakhstan-2022/scenario --set run.ticks=10
    ;;
  size_limits)
    # The whole size is checked before anything is allocated.
    expect 2 "key 'params.width': the run would need about [0-9.]+ GB of memory .*run.max_memory_gb" \
      "$unrest" run epstein/run2 --set width=100000 --set height=100000 --quiet --out big
    [ ! -e big ] || fail "a refused run wrote $(ls big)"
    expect 2 "key 'run.ticks': the run would need" \
      "$unrest" validate epstein/run2 --set run.ticks=100000000 --set run.max_memory_gb=1
    expect 2 "key 'params.nodes': the run would need" \
      "$unrest" validate watts/er-z4-phi018 --set nodes=2000000000 --set run.max_memory_gb=100
    # The override lets a run through that the machine can hold.
    expect 0 "" "$unrest" validate epstein/run2 --set width=100000 --set height=100000 \
      --set run.max_memory_gb=100000
    expect 2 "key 'params.width': the run would need about 0.0" \
      "$unrest" validate epstein/run2 --set width=1000 --set height=1000 --set run.max_memory_gb=0.01
    # Input files are capped: /dev/zero is refused at once, not read for ever.
    start=$(date +%s)
    expect 2 "/dev/zero: cannot open scenario file: it is larger than 16 MiB" "$unrest" run /dev/zero
    [ $(($(date +%s) - start)) -lt 10 ] || fail "reading /dev/zero took $(($(date +%s) - start)) s"
    ;;
  results_folder)
    # A results folder holds one run: an earlier run's files are cleared ...
    "$unrest" run kazakhstan-2022/scenario --scale 0.002 --set min_place_agents=0 \
      --set run.ticks=24 --quiet --out one 2>/dev/null
    [ -f one/cities.csv ] && [ -f one/fit.json ] || fail "no cities.csv or fit.json: $(ls one)"
    echo '{}' >one/digest.json
    echo '<!doctype html>' >one/report.html # the page of the earlier run goes with it
    "$unrest" run epstein/run2 $small --out one
    [ "$(ls one | tr '\n' ' ')" = "events.csv manifest.json timeseries.csv " ] ||
      fail "another run's files stay beside the new ones: $(ls one | tr '\n' ' ')"
    # ... and what is not a run's is refused, before anything is written.
    mkdir mine
    echo "my notes" >mine/notes.txt
    expect 2 "^unrest: error: mine: holds what a single run does not write \(notes.txt\)" \
      "$unrest" run epstein/run2 $small --out mine
    [ "$(ls mine)" = "notes.txt" ] || fail "a refused folder was written to: $(ls mine)"
    "$unrest" run epstein/run2 --runs 2 $small --out ens
    expect 2 "^unrest: error: ens: holds what a single run does not write \(ensemble.json, " \
      "$unrest" run epstein/run2 $small --out ens
    echo x >afile
    expect 2 "afile: is a file, not a folder" "$unrest" run epstein/run2 $small --out afile
    # The many-run commands' default folders beside a run's files are kept.
    mkdir -p named/ensemble
    echo keep >named/ensemble/store.json
    "$unrest" run epstein/run2 $small --out named
    [ -f named/ensemble/store.json ] && [ -f named/manifest.json ] || fail "named: $(ls -R named)"
    ;;
  full_disk)
    # A write that fails midway (a file size limit stands in for a full disk:
    # 4 blocks hold the time series but not the manifest) leaves the folder
    # visibly incomplete, with no complete-looking file in it.
    "$unrest" run epstein/run2 --set run.ticks=20 --quiet --out full
    [ ! -e full/INCOMPLETE ] || fail "a complete run left INCOMPLETE"
    expect 1 "cannot write 'full/manifest.json.tmp-[0-9]+': File too large" \
      sh -c "trap '' XFSZ; ulimit -f 4; exec \"\$0\" \"\$@\"" "$unrest" run epstein/run2 \
      --set run.ticks=20 --quiet --out full
    [ "$(ls full | tr '\n' ' ')" = "INCOMPLETE " ] ||
      fail "a failed write left $(ls full | tr '\n' ' ')(not only INCOMPLETE)"
    # Run again, the folder is complete.
    "$unrest" run epstein/run2 --set run.ticks=20 --quiet --out full
    [ "$(ls full | tr '\n' ' ')" = "events.csv manifest.json timeseries.csv " ] ||
      fail "rerun left $(ls full | tr '\n' ' ')"
    ;;
  resume_trust)
    # Resuming trusts only results it can vouch for: without store.json a
    # folder's replicates may be another configuration's.
    "$unrest" run epstein/run2 --runs 3 $small --out ens
    cp ens/replicates.csv before.csv
    rm ens/store.json
    expect 2 "^unrest: error: ens: holds files \(ensemble.json, .*\) but no store.json" \
      "$unrest" run epstein/run2 --runs 3 $small --set legitimacy=0.5 --out ens
    cmp -s before.csv ens/replicates.csv || fail "replicates.csv changed"
    grep -q "legitimacy=0.5" ens/ensemble.json && fail "ensemble.json records the refused value"
    # With store.json, the same command carries on; another is refused.
    "$unrest" run epstein/run2 --runs 3 $small --out ens2
    "$unrest" run epstein/run2 --runs 4 --set run.ticks=5 --out ens2 2>resumed.txt >/dev/null
    grep -q "3 of 4" resumed.txt || fail "no resume: $(cat resumed.txt)"
    expect 2 "holds the results of another ensemble" \
      "$unrest" run epstein/run2 --runs 4 $small --set legitimacy=0.5 --out ens2
    ;;
  *)
    fail "unknown check $check"
    ;;
esac
echo "hostile $check: ok"
