# bash completion for portico, generated from its command definitions; do not edit.
# Install: source this file, or copy it to /usr/share/bash-completion/completions/portico.
_portico() {
    local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath="" word values="" expect_value=0 candidates="" subcommands=0 i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        if ((expect_value)); then expect_value=0; continue; fi
        case "$cmdpath" in
            "") values="" ;;
            "build") values="--site --db --out --base-url --now" ;;
            "serve") values="--site --db --out --port" ;;
            "check") values="--site --db --out --base-url --page-budget --format --now" ;;
            "new") values="--title --admin-email --admin-name --base-url --timezone --theme-from" ;;
            "report-site") values="--site --db --out --as --from --to --by --now" ;;
            "theme") values="" ;;
            "theme eject") values="--site" ;;
            "widgets") values="" ;;
            "widgets snippet") values="--site --limit --layout --category --type --country --tier --heading" ;;
            "widgets wordpress-plugin") values="--site --out" ;;
            "markdown") values="--profile" ;;
            "completions") values="" ;;
        esac
        if [[ "$word" == --* ]]; then
            [[ "$word" != *=* && " $values " == *" $word "* ]] && expect_value=1
            continue
        fi
        case "${cmdpath:+$cmdpath }$word" in
            "build") cmdpath="build" ;;
            "serve") cmdpath="serve" ;;
            "check") cmdpath="check" ;;
            "new") cmdpath="new" ;;
            "report-site") cmdpath="report-site" ;;
            "theme") cmdpath="theme" ;;
            "theme eject") cmdpath="theme eject" ;;
            "widgets") cmdpath="widgets" ;;
            "widgets snippet") cmdpath="widgets snippet" ;;
            "widgets wordpress-plugin") cmdpath="widgets wordpress-plugin" ;;
            "markdown") cmdpath="markdown" ;;
            "completions") cmdpath="completions" ;;
        esac
    done
    # An option's value: leave it to file name completion.
    if ((expect_value)); then COMPREPLY=(); return 0; fi
    case "$cmdpath" in
        "") candidates="build serve check new report-site theme widgets markdown completions --help"; subcommands=1 ;;
        "build") candidates="--site --db --out --base-url --drafts --now --check-privacy --verbose --quiet --help"; subcommands=0 ;;
        "serve") candidates="--site --db --out --port --drafts --help"; subcommands=0 ;;
        "check") candidates="--privacy --site --db --out --base-url --page-budget --format --now --help"; subcommands=0 ;;
        "new") candidates="--title --admin-email --admin-name --base-url --timezone --theme-from --help"; subcommands=0 ;;
        "report-site") candidates="--site --db --out --as --from --to --by --now --help"; subcommands=0 ;;
        "theme") candidates="eject --help"; subcommands=1 ;;
        "theme eject") candidates="--site --list --help"; subcommands=0 ;;
        "widgets") candidates="snippet wordpress-plugin --help"; subcommands=1 ;;
        "widgets snippet") candidates="--site --limit --layout --category --type --country --tier --heading --show-past --help"; subcommands=0 ;;
        "widgets wordpress-plugin") candidates="--site --out --help"; subcommands=0 ;;
        "markdown") candidates="--safe --profile --help"; subcommands=0 ;;
        "completions") candidates="--help"; subcommands=0 ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
    elif ((subcommands)); then
        COMPREPLY=($(compgen -W "${candidates%%--*}" -- "$cur"))
    else
        COMPREPLY=()
    fi
}
complete -o default -F _portico portico
