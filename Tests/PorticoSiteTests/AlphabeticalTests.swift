import Testing
@testable import PorticoSite

/// The A–Z grouping every list shares: accents folded, case ignored, everything else under `#`, shown last.
@Suite struct AlphabeticalTests {
    @Test func namesFileUnderTheirFoldedFirstLetter() {
        let letters = ["Ávila Ltd", "avila", "Øystein", "Ødegaard", "3M Health", "'Quoted' Co", "李小龍", "", "Zoë"].map(Alphabetical.letter(of:))
        #expect(letters == ["a", "a", "#", "#", "#", "q", "#", "#", "z"])
        #expect(Alphabetical.ordered(["z", "#", "a", "m"]) == ["a", "m", "z", "#"])
        #expect(Alphabetical.path(of: "#") == "letter/0-9/" && Alphabetical.path(of: "b") == "letter/b/")
        #expect(Alphabetical.label(of: "#") == "0–9 and others" && Alphabetical.label(of: "b") == "B")
    }

    @Test func sortingIgnoresAccentsAndCaseAndBreaksTiesBySlug() {
        let names = [("Émile Zola", "emile-zola"), ("emile Adams", "emile-adams"), ("Ana Silva", "ana-silva-2"), ("Ana Silva", "ana-silva")]
        let sorted = names.sorted { Alphabetical.sortKey($0.0, tiebreak: $0.1) < Alphabetical.sortKey($1.0, tiebreak: $1.1) }.map(\.1)
        #expect(sorted == ["ana-silva", "ana-silva-2", "emile-adams", "emile-zola"])
    }
}
