/// `portico-admin support …` (filled in by the support work).
enum SupportCommands {
    static let all: [AdminCommand] = []
}
