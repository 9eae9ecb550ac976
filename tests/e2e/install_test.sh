#!/usr/bin/env bash
# cmake --install puts both tools, the entity model, manual pages and bash completion under the
# prefix; the installed tools find their data relative to themselves, also after the prefix moved;
# and the completion scripts offer every option and --format value that --help lists.
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" > /dev/null
for file in bin/newsindex bin/newsquery share/newsindex/en-conll.model share/man/man1/newsindex.1 \
            share/man/man1/newsquery.1 share/bash-completion/completions/newsindex \
            share/bash-completion/completions/newsquery; do
  [ -e "$work/prefix/$file" ] || fail "$file was not installed"
done
# Debug information names the source files; no data file of the source tree may be named.
if grep -q "$source/indexer/extract/ner/model" "$work/prefix/bin/newsindex"; then
  fail "the installed newsindex points into the source tree for its model"
fi

# A moved prefix still works: the model is found beside the binary, not in the source tree.
mv "$work/prefix" "$work/moved"
version=$("$work/moved/bin/newsindex" --version)
grep -q "^newsindex [0-9]" <<< "$version" || fail "no version in: $version"
grep -q "^index schema version [0-9]" <<< "$version" || fail "no schema version in: $version"
grep -q "entity model $work/moved/share/newsindex/en-conll.model: .*CoNLL-2003" <<< "$version" ||
  fail "no model provenance in: $version"
"$work/moved/bin/newsquery" --version | grep -q "^index schema version" || fail "newsquery --version"
extracted=$("$work/moved/bin/newsindex" extract "$source/corpus/articles")
grep -q '"type":"PER"' <<< "$extracted" || fail "the installed newsindex found no person"
"$work/moved/bin/newsindex" add -q -i "$work/index" "$source/corpus/articles"
"$work/moved/bin/newsquery" search -i "$work/index" --no-facets putin > /dev/null

# The manual pages are valid roff.
for page in newsindex newsquery; do
  if command -v groff > /dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$work/moved/share/man/man1/$page.1" 2>&1)
    [ -z "$warnings" ] || fail "$page.1: $warnings"
  fi
done

# Every option --help lists is offered by the completion.
check_completion() {  # TOOL COMMAND...
  local tool=$1; shift
  local script="$work/moved/share/bash-completion/completions/$tool"
  for command in "$@"; do
    # The option column: the first field of lines that begin with a dash ("-i,--index INDEX").
    for option in $("$work/moved/bin/$tool" "$command" --help | sed -nE 's/^ +(-[^ ]+).*/\1/p' |
                    tr ',' '\n' | sed -E 's/[:=].*//' | sort -u); do
      grep -qE -- "(^|[ \"])$option([ \"]|$)" "$script" ||
        fail "$tool completion lacks $command $option"
    done
  done
}
check_completion newsindex add extract stats compact curate export train
check_completion newsquery search stats entity entities show batch network surges

# After --format, the completion offers the values --help lists for that command, no more.
check_format_values() {  # COMMAND...
  local script="$work/moved/share/bash-completion/completions/newsquery"
  for command in "$@"; do
    local listed offered
    listed=$("$work/moved/bin/newsquery" "$command" --help |
             sed -nE 's/^  --format ([a-z|]+) .*/\1/p' | tr '|' '\n' | sort | tr '\n' ' ')
    offered=$(bash -c 'source "$1"; COMP_WORDS=(newsquery "$2" --format ""); COMP_CWORD=3
                       _newsquery; printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$command" |
              sort | tr '\n' ' ')
    [ -n "$listed" ] || fail "newsquery $command --help lists no --format values"
    [ "$listed" = "$offered" ] ||
      fail "newsquery completion offers '$offered' after $command --format; --help lists '$listed'"
  done
}
check_format_values search entity batch network surges
echo "install test passed"
