# bash completion for portico-admin, generated from its command definitions; do not edit.
# Install: source this file, or copy it to /usr/share/bash-completion/completions/portico-admin.
_portico_admin() {
    local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath="" word values="" expect_value=0 candidates="" subcommands=0 i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        if ((expect_value)); then expect_value=0; continue; fi
        case "$cmdpath" in
            "") values="--db --as --audit-key" ;;
            "init") values="--admin-email --admin-name --db --as --audit-key" ;;
            "migrate") values="--db --as --audit-key" ;;
            "roles") values="--db --as --audit-key" ;;
            "completions") values="--db --as --audit-key" ;;
            "import") values="--format --upsert-key --db --as --audit-key" ;;
            "export") values="--format --output --status --plan --country --group --ending-within --ending-before --lapsed-since --db --as --audit-key" ;;
            "staff") values="--db --as --audit-key" ;;
            "staff add") values="--email --name --role --db --as --audit-key" ;;
            "staff list") values="--db --as --audit-key" ;;
            "staff update") values="--name --role --db --as --audit-key" ;;
            "staff deactivate") values="--db --as --audit-key" ;;
            "members") values="--db --as --audit-key" ;;
            "members add") values="--name --email --phone --job-title --company --city --region --country --website --joined --visibility --bio --photo --show-email --show-phone --show-website --number --slug --db --as --audit-key" ;;
            "members list") values="--plan --status --group --country --visibility --query --limit --ending-within --ending-before --lapsed-since --db --as --audit-key" ;;
            "members show") values="--db --as --audit-key" ;;
            "members update") values="--name --email --phone --job-title --company --city --region --country --website --joined --visibility --bio --photo --show-email --show-phone --show-website --slug --db --as --audit-key" ;;
            "members remove") values="--db --as --audit-key" ;;
            "memberships") values="--db --as --audit-key" ;;
            "memberships add") values="--plan --company --start --method --db --as --audit-key" ;;
            "memberships list") values="--company --ending-within --ending-before --lapsed-since --db --as --audit-key" ;;
            "memberships renew") values="--company --db --as --audit-key" ;;
            "memberships cancel") values="--company --on --db --as --audit-key" ;;
            "memberships change-plan") values="--plan --company --tax --db --as --audit-key" ;;
            "companies") values="--db --as --audit-key" ;;
            "companies add") values="--slug --name --website --contact --db --as --audit-key" ;;
            "companies list") values="--db --as --audit-key" ;;
            "companies link") values="--db --as --audit-key" ;;
            "groups") values="--db --as --audit-key" ;;
            "groups add") values="--slug --name --kind --description --db --as --audit-key" ;;
            "groups list") values="--db --as --audit-key" ;;
            "groups show") values="--db --as --audit-key" ;;
            "groups join") values="--role --db --as --audit-key" ;;
            "groups leave") values="--db --as --audit-key" ;;
            "cpd") values="--db --as --audit-key" ;;
            "cpd log") values="--activity --category --points --date --evidence --source --db --as --audit-key" ;;
            "cpd summary") values="--member --db --as --audit-key" ;;
            "invoices") values="--db --as --audit-key" ;;
            "invoices list") values="--status --db --as --audit-key" ;;
            "invoices show") values="--db --as --audit-key" ;;
            "invoices draft") values="--description --amount --quantity --tax --source --company --currency --term --db --as --audit-key" ;;
            "invoices add-line") values="--description --amount --quantity --tax --source --db --as --audit-key" ;;
            "invoices issue") values="--due-days --db --as --audit-key" ;;
            "invoices void") values="--db --as --audit-key" ;;
            "invoices credit") values="--amount --reason --db --as --audit-key" ;;
            "invoices pay") values="--amount --method --date --reference --db --as --audit-key" ;;
            "invoices generate-renewals") values="--within --db --as --audit-key" ;;
            "invoices render") values="--output --db --as --audit-key" ;;
            "payments") values="--db --as --audit-key" ;;
            "payments list") values="--invoice --method --since --db --as --audit-key" ;;
            "payments show") values="--db --as --audit-key" ;;
            "payments void") values="--reason --db --as --audit-key" ;;
            "payments refund") values="--amount --method --reason --date --db --as --audit-key" ;;
            "notifications") values="--db --as --audit-key" ;;
            "notifications due") values="--theme --db --as --audit-key" ;;
            "notifications list") values="--db --as --audit-key" ;;
            "notifications export") values="--dir --db --as --audit-key" ;;
            "plans") values="--db --as --audit-key" ;;
            "plans add") values="--slug --name --price --currency --period --cpd-points --payment-url --db --as --audit-key" ;;
            "plans list") values="--db --as --audit-key" ;;
            "plans update") values="--name --price --payment-url --cpd-points --grace-days --public --db --as --audit-key" ;;
            "settings") values="--db --as --audit-key" ;;
            "settings list") values="--db --as --audit-key" ;;
            "settings set") values="--db --as --audit-key" ;;
            "audit") values="--db --as --audit-key" ;;
            "audit list") values="--actor --entity --since --until --limit --db --as --audit-key" ;;
            "audit show") values="--db --as --audit-key" ;;
            "audit revert") values="--db --as --audit-key" ;;
            "audit verify") values="--checkpoint --db --as --audit-key" ;;
            "audit checkpoint") values="--db --as --audit-key" ;;
            "support") values="--db --as --audit-key" ;;
            "support open") values="--subject --requester --body --priority --category --db --as --audit-key" ;;
            "support list") values="--status --assignee --priority --category --requester --db --as --audit-key" ;;
            "support show") values="--db --as --audit-key" ;;
            "support reply") values="--body --db --as --audit-key" ;;
            "support assign") values="--to --db --as --audit-key" ;;
            "support status") values="--db --as --audit-key" ;;
            "support reopen") values="--db --as --audit-key" ;;
            "report") values="--db --as --audit-key" ;;
            "report list") values="--db --as --audit-key" ;;
            "report cpd") values="--format --db --as --audit-key" ;;
            "report revenue") values="--from --to --by --format --db --as --audit-key" ;;
            "report support") values="--from --to --by --format --db --as --audit-key" ;;
        esac
        if [[ "$word" == --* ]]; then
            [[ "$word" != *=* && " $values " == *" $word "* ]] && expect_value=1
            continue
        fi
        case "${cmdpath:+$cmdpath }$word" in
            "init") cmdpath="init" ;;
            "migrate") cmdpath="migrate" ;;
            "roles") cmdpath="roles" ;;
            "completions") cmdpath="completions" ;;
            "import") cmdpath="import" ;;
            "export") cmdpath="export" ;;
            "staff") cmdpath="staff" ;;
            "staff add") cmdpath="staff add" ;;
            "staff list") cmdpath="staff list" ;;
            "staff update") cmdpath="staff update" ;;
            "staff deactivate") cmdpath="staff deactivate" ;;
            "members") cmdpath="members" ;;
            "members add") cmdpath="members add" ;;
            "members list") cmdpath="members list" ;;
            "members show") cmdpath="members show" ;;
            "members update") cmdpath="members update" ;;
            "members remove") cmdpath="members remove" ;;
            "memberships") cmdpath="memberships" ;;
            "memberships add") cmdpath="memberships add" ;;
            "memberships list") cmdpath="memberships list" ;;
            "memberships renew") cmdpath="memberships renew" ;;
            "memberships cancel") cmdpath="memberships cancel" ;;
            "memberships change-plan") cmdpath="memberships change-plan" ;;
            "companies") cmdpath="companies" ;;
            "companies add") cmdpath="companies add" ;;
            "companies list") cmdpath="companies list" ;;
            "companies link") cmdpath="companies link" ;;
            "groups") cmdpath="groups" ;;
            "groups add") cmdpath="groups add" ;;
            "groups list") cmdpath="groups list" ;;
            "groups show") cmdpath="groups show" ;;
            "groups join") cmdpath="groups join" ;;
            "groups leave") cmdpath="groups leave" ;;
            "cpd") cmdpath="cpd" ;;
            "cpd log") cmdpath="cpd log" ;;
            "cpd summary") cmdpath="cpd summary" ;;
            "invoices") cmdpath="invoices" ;;
            "invoices list") cmdpath="invoices list" ;;
            "invoices show") cmdpath="invoices show" ;;
            "invoices draft") cmdpath="invoices draft" ;;
            "invoices add-line") cmdpath="invoices add-line" ;;
            "invoices issue") cmdpath="invoices issue" ;;
            "invoices void") cmdpath="invoices void" ;;
            "invoices credit") cmdpath="invoices credit" ;;
            "invoices pay") cmdpath="invoices pay" ;;
            "invoices generate-renewals") cmdpath="invoices generate-renewals" ;;
            "invoices render") cmdpath="invoices render" ;;
            "payments") cmdpath="payments" ;;
            "payments list") cmdpath="payments list" ;;
            "payments show") cmdpath="payments show" ;;
            "payments void") cmdpath="payments void" ;;
            "payments refund") cmdpath="payments refund" ;;
            "notifications") cmdpath="notifications" ;;
            "notifications due") cmdpath="notifications due" ;;
            "notifications list") cmdpath="notifications list" ;;
            "notifications export") cmdpath="notifications export" ;;
            "plans") cmdpath="plans" ;;
            "plans add") cmdpath="plans add" ;;
            "plans list") cmdpath="plans list" ;;
            "plans update") cmdpath="plans update" ;;
            "settings") cmdpath="settings" ;;
            "settings list") cmdpath="settings list" ;;
            "settings set") cmdpath="settings set" ;;
            "audit") cmdpath="audit" ;;
            "audit list") cmdpath="audit list" ;;
            "audit show") cmdpath="audit show" ;;
            "audit revert") cmdpath="audit revert" ;;
            "audit verify") cmdpath="audit verify" ;;
            "audit checkpoint") cmdpath="audit checkpoint" ;;
            "support") cmdpath="support" ;;
            "support open") cmdpath="support open" ;;
            "support list") cmdpath="support list" ;;
            "support show") cmdpath="support show" ;;
            "support reply") cmdpath="support reply" ;;
            "support assign") cmdpath="support assign" ;;
            "support status") cmdpath="support status" ;;
            "support reopen") cmdpath="support reopen" ;;
            "report") cmdpath="report" ;;
            "report list") cmdpath="report list" ;;
            "report cpd") cmdpath="report cpd" ;;
            "report revenue") cmdpath="report revenue" ;;
            "report support") cmdpath="report support" ;;
        esac
    done
    # An option's value: leave it to file name completion.
    if ((expect_value)); then COMPREPLY=(); return 0; fi
    case "$cmdpath" in
        "") candidates="init migrate roles completions import export staff members memberships companies groups cpd invoices payments notifications plans settings audit support report --db --as --audit-key --json --help"; subcommands=1 ;;
        "init") candidates="--admin-email --admin-name --demo --db --as --audit-key --json --help"; subcommands=0 ;;
        "migrate") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "roles") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "completions") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "import") candidates="--format --upsert-key --dry-run --db --as --audit-key --json --help"; subcommands=0 ;;
        "export") candidates="--format --output --public-only --status --plan --country --group --ending-within --ending-before --lapsed-since --renewing --db --as --audit-key --json --help"; subcommands=0 ;;
        "staff") candidates="add list update deactivate --db --as --audit-key --json --help"; subcommands=1 ;;
        "staff add") candidates="--email --name --role --db --as --audit-key --json --help"; subcommands=0 ;;
        "staff list") candidates="--active --db --as --audit-key --json --help"; subcommands=0 ;;
        "staff update") candidates="--name --role --activate --db --as --audit-key --json --help"; subcommands=0 ;;
        "staff deactivate") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "members") candidates="add list show update remove --db --as --audit-key --json --help"; subcommands=1 ;;
        "members add") candidates="--name --email --phone --job-title --company --city --region --country --website --joined --visibility --bio --photo --show-email --show-phone --show-website --number --slug --db --as --audit-key --json --help"; subcommands=0 ;;
        "members list") candidates="--plan --status --group --country --visibility --query --limit --ending-within --ending-before --lapsed-since --renewing --db --as --audit-key --json --help"; subcommands=0 ;;
        "members show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "members update") candidates="--name --email --phone --job-title --company --city --region --country --website --joined --visibility --bio --photo --show-email --show-phone --show-website --slug --db --as --audit-key --json --help"; subcommands=0 ;;
        "members remove") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "memberships") candidates="add list renew cancel change-plan --db --as --audit-key --json --help"; subcommands=1 ;;
        "memberships add") candidates="--plan --company --start --paid --method --no-invoice --auto-renew --db --as --audit-key --json --help"; subcommands=0 ;;
        "memberships list") candidates="--company --ending-within --ending-before --lapsed-since --renewing --db --as --audit-key --json --help"; subcommands=0 ;;
        "memberships renew") candidates="--company --paid --no-invoice --db --as --audit-key --json --help"; subcommands=0 ;;
        "memberships cancel") candidates="--company --on --at-end --db --as --audit-key --json --help"; subcommands=0 ;;
        "memberships change-plan") candidates="--plan --company --tax --db --as --audit-key --json --help"; subcommands=0 ;;
        "companies") candidates="add list link --db --as --audit-key --json --help"; subcommands=1 ;;
        "companies add") candidates="--slug --name --website --contact --db --as --audit-key --json --help"; subcommands=0 ;;
        "companies list") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "companies link") candidates="--none --db --as --audit-key --json --help"; subcommands=0 ;;
        "groups") candidates="add list show join leave --db --as --audit-key --json --help"; subcommands=1 ;;
        "groups add") candidates="--slug --name --kind --description --private --db --as --audit-key --json --help"; subcommands=0 ;;
        "groups list") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "groups show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "groups join") candidates="--role --db --as --audit-key --json --help"; subcommands=0 ;;
        "groups leave") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "cpd") candidates="log summary --db --as --audit-key --json --help"; subcommands=1 ;;
        "cpd log") candidates="--activity --category --points --date --evidence --source --db --as --audit-key --json --help"; subcommands=0 ;;
        "cpd summary") candidates="--member --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices") candidates="list show draft add-line issue void credit pay generate-renewals render --db --as --audit-key --json --help"; subcommands=1 ;;
        "invoices list") candidates="--status --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices draft") candidates="--description --amount --quantity --tax --source --company --currency --term --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices add-line") candidates="--description --amount --quantity --tax --source --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices issue") candidates="--due-days --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices void") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices credit") candidates="--amount --reason --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices pay") candidates="--amount --method --date --reference --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices generate-renewals") candidates="--within --db --as --audit-key --json --help"; subcommands=0 ;;
        "invoices render") candidates="--output --db --as --audit-key --json --help"; subcommands=0 ;;
        "payments") candidates="list show void refund --db --as --audit-key --json --help"; subcommands=1 ;;
        "payments list") candidates="--invoice --method --since --received --db --as --audit-key --json --help"; subcommands=0 ;;
        "payments show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "payments void") candidates="--reason --db --as --audit-key --json --help"; subcommands=0 ;;
        "payments refund") candidates="--amount --method --reason --date --db --as --audit-key --json --help"; subcommands=0 ;;
        "notifications") candidates="due list export --db --as --audit-key --json --help"; subcommands=1 ;;
        "notifications due") candidates="--theme --db --as --audit-key --json --help"; subcommands=0 ;;
        "notifications list") candidates="--unsent --db --as --audit-key --json --help"; subcommands=0 ;;
        "notifications export") candidates="--dir --db --as --audit-key --json --help"; subcommands=0 ;;
        "plans") candidates="add list update --db --as --audit-key --json --help"; subcommands=1 ;;
        "plans add") candidates="--slug --name --price --currency --period --cpd-points --payment-url --private --db --as --audit-key --json --help"; subcommands=0 ;;
        "plans list") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "plans update") candidates="--name --price --payment-url --cpd-points --grace-days --public --db --as --audit-key --json --help"; subcommands=0 ;;
        "settings") candidates="list set --db --as --audit-key --json --help"; subcommands=1 ;;
        "settings list") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "settings set") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "audit") candidates="list show revert verify checkpoint --db --as --audit-key --json --help"; subcommands=1 ;;
        "audit list") candidates="--actor --entity --since --until --limit --db --as --audit-key --json --help"; subcommands=0 ;;
        "audit show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "audit revert") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "audit verify") candidates="--checkpoint --db --as --audit-key --json --help"; subcommands=0 ;;
        "audit checkpoint") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "support") candidates="open list show reply assign status reopen --db --as --audit-key --json --help"; subcommands=1 ;;
        "support open") candidates="--subject --requester --body --priority --category --db --as --audit-key --json --help"; subcommands=0 ;;
        "support list") candidates="--status --assignee --priority --category --requester --db --as --audit-key --json --help"; subcommands=0 ;;
        "support show") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "support reply") candidates="--body --from-requester --db --as --audit-key --json --help"; subcommands=0 ;;
        "support assign") candidates="--to --db --as --audit-key --json --help"; subcommands=0 ;;
        "support status") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "support reopen") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "report") candidates="list cpd revenue support --db --as --audit-key --json --help"; subcommands=1 ;;
        "report list") candidates="--db --as --audit-key --json --help"; subcommands=0 ;;
        "report cpd") candidates="--format --db --as --audit-key --json --help"; subcommands=0 ;;
        "report revenue") candidates="--from --to --by --format --db --as --audit-key --json --help"; subcommands=0 ;;
        "report support") candidates="--from --to --by --format --db --as --audit-key --json --help"; subcommands=0 ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
    elif ((subcommands)); then
        COMPREPLY=($(compgen -W "${candidates%%--*}" -- "$cur"))
    else
        COMPREPLY=()
    fi
}
complete -o default -F _portico_admin portico-admin
