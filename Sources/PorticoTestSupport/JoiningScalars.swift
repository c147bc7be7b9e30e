/// The Unicode scalars that can join a neighbour into one grapheme cluster (one Swift `Character`), for property
/// tests of escapers and validators: a special character next to one of these is no longer equal to itself as a
/// `Character`, while browsers, parsers and spreadsheets still read it.
///
/// Generated from the toolchain's own Unicode data, the same data that decides where `Character`s end: every
/// assigned scalar that forms one cluster with a letter or a quote beside it (Grapheme_Cluster_Break Extend,
/// SpacingMark, Prepend and ZWJ, which covers variation selectors and emoji modifiers), plus the Hangul jamo and
/// syllables (L, V, T, LV, LVT) and regional indicators, which join only their own kind.
public enum JoiningScalars {
    public static let all: [Unicode.Scalar] = {
        var found: [Unicode.Scalar] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .unassigned, .surrogate, .privateUse: continue
            default: break
            }
            var before = "\""
            before.unicodeScalars.append(scalar)
            var after = String(scalar)
            after += "\""
            if before.count == 1 || after.count == 1 { found.append(scalar) }
        }
        let ownKind: [Unicode.Scalar] = ["\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{AC01}", "\u{1F1E6}", "\u{1F1EC}"]
        return found + ownKind.filter { !found.contains($0) }
    }()

    /// Each special character joined with each scalar on both sides (`s j s` for every special `s`), one text per
    /// joining scalar: every pairing is covered in a few thousand texts.
    public static func texts(around specials: [String]) -> [String] {
        all.map { joiner in specials.map { "\($0)\(String(joiner))\($0)" }.joined(separator: " ") }
    }
}
