// Generated from themes/default by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// The generated parts, folder by folder.
    static let parts: [[String: String]] = [
        layouts1Files,
        layouts2Files,
        layouts3Files,
        partials1Files,
        assets1Files,
        assets2Files,
        assets3Files,
        emails1Files,
        widgets1Files,
    ]
}
