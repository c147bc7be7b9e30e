import Foundation

/// Lists the files of a site folder (content, a theme's layouts, partials or assets), following symbolic links the
/// way sites use them: the folder itself may be a link (to content shared between sites), and links inside it are
/// followed while their target stays inside the folder. A link that leads out of the folder is an error naming it;
/// nothing is silently read as empty.
enum SiteFolder {
    /// Regular files below `folder`, as sorted relative paths; hidden files and folders are skipped.
    /// `label` names the folder in errors (`content`, `themes/default/assets`). A missing folder has no files.
    /// `wellKnown`: also list a top-level `.well-known` folder (a built site's, which holds its DID document); other
    /// names starting with a dot are never listed.
    static func files(in folder: URL, label: String, wellKnown: Bool = false) throws -> [String] {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { throw SiteError(file: label, message: "is not a folder") }
        var result: [String] = []
        var pending: [(real: String, relative: String)] = [(root, "")]
        while let (real, relative) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: real)
            } catch {
                throw SiteError(file: label + (relative.isEmpty ? "" : "/" + relative), message: "cannot be read (\(error.localizedDescription))", isInputError: false)
            }
            for name in names where !name.hasPrefix(".") || (wellKnown && relative.isEmpty && name == ".well-known") {
                let path = real + "/" + name
                let shown = relative.isEmpty ? name : relative + "/" + name
                var target = path
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                    target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
                    guard target == root || target.hasPrefix(root + "/") else {
                        throw SiteError(file: label + "/" + shown, message: "is a symbolic link to \(target), outside \(label)/; link the whole folder instead, or copy the file in")
                    }
                }
                var targetIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target, isDirectory: &targetIsDirectory) else {
                    throw SiteError(file: label + "/" + shown, message: "is a symbolic link to \(target), which does not exist")
                }
                if targetIsDirectory.boolValue {
                    // A link to the folder it sits in, or to one above it, would loop; any other folder is listed
                    // under the link's name too, whichever of the two is reached first.
                    let loops = target != path && (real == target || real.hasPrefix(target + "/"))
                    if !loops { pending.append((target, shown)) }
                } else {
                    result.append(shown)
                }
            }
        }
        return result.sorted()
    }
}
