# bash completion for newsquery: commands, their options, filter prefixes and option values.
_newsquery() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=""
  local word
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case $word in search|stats|entity|entities|show|network|batch|surges) command=$word; break ;; esac
  done
  case $prev in
    -i|--index) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --sort) mapfile -t COMPREPLY < <(compgen -W "relevance newest oldest" -- "$cur"); return ;;
    --format)
      local formats="human json csv jsonl svg"
      [[ $command == entity ]] && formats="human json svg"
      [[ $command == network ]] && formats="gexf graphml csv json svg"
      [[ $command == batch || $command == surges ]] && formats="human json csv"
      mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur"); return ;;
    --nodes) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --types)
      mapfile -t COMPREPLY < <(compgen -P "${cur%"${cur##*,}"}" -W "person org place" -- "${cur##*,}")
      compopt -o nospace 2>/dev/null
      return ;;
    --fields)
      local fields="rank id date title source url language authors section origin person org place
                    mentioned_dates snippet text"
      mapfile -t COMPREPLY < <(compgen -P "${cur%"${cur##*,}"}" -W "$fields" -- "${cur##*,}")
      compopt -o nospace 2>/dev/null
      return ;;
    --by)
      local periods="auto year month week day"
      [[ $command == batch ]] && periods="year month week day"
      mapfile -t COMPREPLY < <(compgen -W "$periods" -- "$cur")
      return ;;
    --type) mapfile -t COMPREPLY < <(compgen -W "person org place" -- "$cur"); return ;;
    --facet-order) mapfile -t COMPREPLY < <(compgen -W "count significant" -- "$cur"); return ;;
    --color|--colour) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
    --facets)
      mapfile -t COMPREPLY < <(compgen -W "person org place published mentioned source lang" -- "$cur")
      return ;;
  esac
  local options
  case $command in
    "") options="search stats entity entities show network batch surges --help --version" ;;
    search) options="-i --index --json --format --fields --facets-only --limit --offset --sort
                     --stem-lang --today --color --colour --facets --no-facets --facet-limit
                     --facet-order --by -h -h --help" ;;
    stats) options="-i --index --json --limit --facets --no-facets --facet-limit --facet-order --by
                    -h -h --help" ;;
    entity) options="-i --index --type --json --format --limit --by -h -h --help" ;;
    entities) options="-i --index --type --limit --json --csv -h -h --help" ;;
    show) options="-i --index --json --color --colour -h -h --help" ;;
    batch) options="-i --index --where --by --json --format --stem-lang -h -h --help" ;;
    network) options="-i --index --types --min-count --top --format --nodes --stem-lang --today
                      -h -h --help" ;;
    surges) options="-i --index --by --types --top --min-count --json --format --stem-lang --today
                     --color --colour -h -h --help" ;;
  esac
  if [[ $cur == -* || -z $command ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  elif [[ $command == batch ]]; then
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  elif [[ $command == search || $command == network || $command == surges ]]; then
    mapfile -t COMPREPLY < <(compgen -W "title: source: lang: person: org: place: date: mentions:" -- "$cur")
    compopt -o nospace 2>/dev/null
  fi
}
complete -F _newsquery newsquery
