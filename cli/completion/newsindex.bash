# bash completion for newsindex: commands, their options, and files or folders to index.
_newsindex() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=""
  local word
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case $word in add|extract|stats|compact|curate|export|train) command=$word; break ;; esac
  done
  case $prev in
    -i|--index) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --format) [[ $command == export ]] &&
      { mapfile -t COMPREPLY < <(compgen -W "opensearch-bulk opensearch-mapping" -- "$cur"); return; } ;;
    --model|--entities|-o|--output) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
  esac
  local options
  case $command in
    "") options="add extract stats compact curate export train --help --version" ;;
    add) options="-i --index --strict -q --quiet -v --verbose --json --delete-missing --date --columns --batch-size -j --jobs
                  --analysis-nice --no-extract --no-entities --model --entities --without-rule -h -h --help" ;;
    extract) options="--offsets --date --columns --no-entities --model --entities --without-rule -h -h --help" ;;
    stats) options="-i --index --json -h -h --help" ;;
    compact) options="-i --index -h -h --help" ;;
    curate) options="-i --index --clear --show -h -h --help" ;;
    export) options="-i --index --format -o --output --index-name -h -h --help" ;;
    train) options="-o --output --epochs --seed --word-dropout --elsewhere-dropout --clusters -h -h --help" ;;
  esac
  if [[ $cur == -* || -z $command ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o filenames -F _newsindex newsindex
