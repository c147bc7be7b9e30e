/// `portico-admin report …`.
enum ReportCommands {
    static let all: [AdminCommand] = []
}
