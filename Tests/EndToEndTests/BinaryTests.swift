import Foundation
import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// The real executables, run as staff and CI run them.
@Suite struct AdminBinaryTests {
    func demoDatabase(_ directory: TemporaryDirectory) throws -> String {
        let path = directory.url.appendingPathComponent("portico.db").path
        let result = try BinaryRunner.run("portico-admin", ["init", "--demo", "--admin-email", "admin@example.org", "--db", path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput == "Created \(path) with admin admin@example.org, and loaded the demo association.\n"
                + "The audit trail is signed with the key in \(path).audit-key: back it up apart from the database.\n")
        return path
    }

    func fileBytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func fullHelpTextOfACommand() throws {
        let result = try BinaryRunner.run("portico-admin", ["staff", "add", "--help"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == """
        USAGE: portico-admin staff add --email <EMAIL> --name <NAME> [options]

        Add a staff member who can use portico-admin.

        OPTIONS:
          --email <EMAIL>  Their email address (their login name for --as). (required)
          --name <NAME>    Their full name. (required)
          --role <ROLE>    ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER or ROLE_PLATFORM_ADMIN (default ROLE_CLIENT_USER).

        GLOBAL OPTIONS:
          --db <PATH>         The database file (default: $PORTICO_DB, else portico.db here).
          --as <EMAIL>        The staff member acting (default: $PORTICO_ACTOR).
          --audit-key <PATH>  The key that signs the audit trail (default: $PORTICO_AUDIT_KEY, else the database path + .audit-key).
          --json              Machine-readable JSON output.
          --help              Show help for this command.

        EXAMPLES:
          portico-admin staff add --email sam@example.org --name 'Sam Lee' --role ROLE_CLIENT_USER

        """)
    }

    @Test func noArgumentsPrintsTheCommandList() throws {
        let admin = try BinaryRunner.run("portico-admin", [])
        #expect(admin.exitCode == 0)
        #expect(admin.standardOutput.hasPrefix("USAGE: portico-admin <command> [options]\n"))
        #expect(admin.standardOutput.contains("  support         Support tickets: open, answer, assign and resolve.\n"))
        let group = try BinaryRunner.run("portico-admin", ["support"])
        #expect(group.exitCode == 2)
        #expect(group.standardError.hasPrefix("portico-admin: error: 'support' needs a command: open, list, show, reply, assign, status, reopen\n"))
        let tool = try BinaryRunner.run("portico", [])
        #expect(tool.exitCode == 0 && tool.standardOutput.contains("  build        Build the public site"))
    }

    @Test func unknownFlagIsAUsageErrorThatChangesNothing() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let before = fileBytes(path)
        let result = try BinaryRunner.run("portico-admin", ["staff", "add", "--email", "x@example.org", "--name", "X", "--rol", "ROLE_CLIENT_USER",
                                                            "--db", path, "--as", "admin@example.org"])
        #expect(result.exitCode == 2)
        #expect(result.standardError == "portico-admin: error: unknown option '--rol'; did you mean '--role'?\nRun 'portico-admin staff add --help' for usage.\n")
        #expect(result.standardOutput.isEmpty)
        #expect(fileBytes(path) == before)
    }

    @Test func missingRequiredFieldNamesTheFlag() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let before = fileBytes(path)
        let result = try BinaryRunner.run("portico-admin", ["staff", "add", "--email", "x@example.org", "--db", path, "--as", "admin@example.org"])
        #expect(result.exitCode == 2)
        #expect(result.standardError.hasPrefix("portico-admin: error: missing required option '--name'\n"))
        #expect(fileBytes(path) == before)
    }

    @Test func invalidValueNamesTheFieldAndChangesNothing() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let before = fileBytes(path)
        let result = try BinaryRunner.run("portico-admin", ["staff", "add", "--email", "x@example.org", "--name", "X", "--role", "ROLE_ROOT",
                                                            "--db", path, "--as", "admin@example.org"])
        #expect(result.exitCode == 3)
        #expect(result.standardError == "portico-admin: error: invalid role 'ROLE_ROOT': must be one of ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER, ROLE_PLATFORM_ADMIN\n")
        #expect(fileBytes(path) == before)
    }

    @Test func corruptDatabaseIsRefusedWithExitCode7() throws {
        let directory = TemporaryDirectory()
        try directory.write(String(repeating: "not sqlite ", count: 500), to: "broken.db")
        let path = directory.url.appendingPathComponent("broken.db").path
        let before = fileBytes(path)
        let result = try BinaryRunner.run("portico-admin", ["staff", "list", "--db", path, "--as", "admin@example.org"])
        #expect(result.exitCode == 7)
        #expect(result.standardError.hasPrefix("portico-admin: error: \(path) is damaged or is not a Portico database ("))
        #expect(fileBytes(path) == before)
        let build = try BinaryRunner.run("portico", ["build", "--site", directory.path, "--db", path])
        #expect(build.exitCode == 7)
    }

    @Test func damagedDatabaseIsRefusedWithExitCode7() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        // Fold the WAL into the file, then overwrite pages in the middle of it.
        let store = try Store(path: path)
        try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()
        let result = try BinaryRunner.run("portico-admin", ["support", "list", "--db", path, "--as", "admin@example.org"])
        #expect(result.exitCode == 7)
        #expect(result.standardError.contains("is damaged or is not a Portico database"))
    }

    @Test func unknownTicketAndPermissionExitCodes() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let missing = try BinaryRunner.run("portico-admin", ["support", "show", "404", "--db", path, "--as", "ops@demo.portico.example"])
        #expect(missing.exitCode == 5)
        #expect(missing.standardError == "portico-admin: error: no support ticket '#404'\n")
        let denied = try BinaryRunner.run("portico-admin", ["staff", "deactivate", "admin@example.org", "--db", path, "--as", "support@platform.portico.example"])
        #expect(denied.exitCode == 4)
    }

    @Test func initRefusesAnExistingDatabase() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let again = try BinaryRunner.run("portico-admin", ["init", "--admin-email", "other@example.org", "--db", path])
        #expect(again.exitCode == 6)
        #expect(again.standardError == "portico-admin: error: \(path) already has staff; init only creates a new database\n")
    }

    @Test func auditVerifyDetectsTamperingThroughTheCLI() throws {
        let directory = TemporaryDirectory()
        let path = try demoDatabase(directory)
        let intact = try BinaryRunner.run("portico-admin", ["audit", "verify", "--db", path, "--as", "admin@example.org"])
        #expect(intact.exitCode == 0 && intact.standardOutput.hasPrefix("Audit trail intact:"))
        let store = try Store(path: path)
        try store.database.execute("DELETE FROM audit_log WHERE id = 5")
        let broken = try BinaryRunner.run("portico-admin", ["audit", "verify", "--db", path, "--as", "admin@example.org"])
        #expect(broken.exitCode == 3)
        #expect(broken.standardError.contains("entry 5 is missing"))
    }
}

/// The four attacks on the audit trail by someone with write access to the database file but not the key,
/// run against the real binaries.
@Suite struct AuditAttackBinaryTests {
    func demo(_ directory: TemporaryDirectory) throws -> String {
        let path = directory.url.appendingPathComponent("portico.db").path
        #expect(try BinaryRunner.run("portico-admin", ["init", "--demo", "--admin-email", "admin@example.org", "--db", path]).exitCode == 0)
        return path
    }

    func admin(_ words: [String], _ db: String, as actor: String = "admin@example.org") throws -> BinaryRunner.Result {
        try BinaryRunner.run("portico-admin", words + ["--db", db, "--as", actor])
    }

    @Test func aRolePromotedWithPlainSQLCannotActAndVerifyNamesIt() throws {
        let directory = TemporaryDirectory()
        let db = try demo(directory)
        #expect(try admin(["audit", "verify"], db).standardOutput.hasPrefix("Audit trail intact: "))
        try Database(path: db).execute("UPDATE staff SET role = 'ROLE_CLIENT_ADMIN' WHERE email = 'ops@demo.portico.example'")
        let promoted = try admin(["staff", "add", "--email", "eve@example.org", "--name", "Eve", "--role", "ROLE_CLIENT_ADMIN"], db, as: "ops@demo.portico.example")
        #expect(promoted.exitCode == 4)
        #expect(promoted.standardError.contains("actor 'ops@demo.portico.example' cannot act: their staff record differs from its last audited state"))
        let verify = try admin(["audit", "verify"], db)
        #expect(verify.exitCode == 3)
        #expect(verify.standardError.contains("staff 'ops@demo.portico.example' differs from its last audited state (changed with plain SQL): role"))
    }

    @Test func aWipedOrTruncatedTrailFailsVerify() throws {
        let directory = TemporaryDirectory()
        let db = try demo(directory)
        let checkpoint = try admin(["audit", "checkpoint"], db).standardOutput
        #expect(checkpoint.hasPrefix("portico-audit-v1:"))
        #expect(try admin(["audit", "verify", "--checkpoint", checkpoint], db).exitCode == 0)
        let database = try Database(path: db)
        try database.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
        let truncated = try admin(["audit", "verify", "--checkpoint", checkpoint], db)
        #expect(truncated.exitCode == 3)
        #expect(truncated.standardError.contains("the checkpoint's head, is gone"))
        try database.execute("DELETE FROM audit_log")
        try database.execute("DELETE FROM settings WHERE key = 'audit.head'")
        let wiped = try admin(["audit", "verify"], db)
        #expect(wiped.exitCode == 3)
        #expect(wiped.standardError.contains("the trail is empty"))
    }

    @Test func initWritesTheKeyWhereItIsTold() throws {
        let directory = TemporaryDirectory()
        let db = directory.url.appendingPathComponent("portico.db").path
        let key = directory.url.appendingPathComponent("keys/audit.key").path
        try FileManager.default.createDirectory(atPath: directory.url.appendingPathComponent("keys").path, withIntermediateDirectories: true)
        let result = try BinaryRunner.run("portico-admin", ["init", "--admin-email", "a@example.org", "--db", db, "--audit-key", key])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: key) && !FileManager.default.fileExists(atPath: db + ".audit-key"))
        let verify = try BinaryRunner.run("portico-admin", ["audit", "verify", "--db", db, "--as", "a@example.org", "--audit-key", key])
        #expect(verify.exitCode == 0, "\(verify.standardError)")
    }

    @Test func theKeyIsOwnerOnlyAndWritesWithoutItAreRefused() throws {
        let directory = TemporaryDirectory()
        let db = try demo(directory)
        let attributes = try FileManager.default.attributesOfItem(atPath: db + ".audit-key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        try FileManager.default.moveItem(atPath: db + ".audit-key", toPath: directory.url.appendingPathComponent("elsewhere.key").path)
        let refused = try admin(["settings", "set", "organization.name", "X"], db)
        #expect(refused.exitCode == 5)
        #expect(refused.standardError.contains("no audit key at \(db).audit-key"))
        let moved = try BinaryRunner.run("portico-admin", ["settings", "set", "organization.name", "X", "--db", db, "--as", "admin@example.org"],
                                         environment: ["PORTICO_AUDIT_KEY": directory.url.appendingPathComponent("elsewhere.key").path])
        #expect(moved.exitCode == 0, "\(moved.standardError)")
    }
}
