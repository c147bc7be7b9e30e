import PorticoArguments
import PorticoModel

/// One runnable `portico-admin` command: its declaration, the capability it needs, and what it does.
public struct AdminCommand: Sendable {
    /// The command words, e.g. `["staff", "add"]`.
    public let path: [String]
    public let spec: CommandSpec
    /// The capability the actor must hold; nil only for `init`, which creates the first actor.
    public let capability: Capability?
    /// True when the command changes data (used by the permission tests to check nothing was written).
    public let writes: Bool
    public let run: @Sendable (CommandContext) throws -> Void

    public init(_ path: [String], capability: Capability?, writes: Bool, spec: CommandSpec, run: @escaping @Sendable (CommandContext) throws -> Void) {
        self.path = path
        self.spec = spec
        self.capability = capability
        self.writes = writes
        self.run = run
    }
}
