import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin courses …`: the course catalogue and members' enrollments.
enum CourseCommands {
    static let group = CommandGroup(noun: "courses", abstract: "Courses and enrollments: prerequisites, progress, completion with CPD and credentials.",
                                    commands: [create, update, publish, archive, list, show, enroll, progress, complete, withdraw],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Enrollments, completion rate, median days to complete; credentials issued, expiring and revoked; enrollments and completions per period.")])

    static func signing(_ context: CommandContext) throws -> Certifications.Signing {
        Certifications.Signing(keyPath: context.arguments.value("credential-key") ?? context.environment["PORTICO_CREDENTIAL_KEY"]
                               ?? CredentialKey.defaultPath(forDatabase: context.databasePath))
    }

    static let keyOption = OptionSpec.value("credential-key", "PATH", "The key credentials are signed with (default: $PORTICO_CREDENTIAL_KEY, else the database path + .credential-key; made when missing).")

    static let create = AdminCommand(["courses", "create"], capability: .coursesEdit, writes: true, spec: CommandSpec(
        "create", abstract: "Add a course as a draft.",
        options: [.value("title", "TITLE", "Its title.", required: true), .value("price", "AMOUNT", "Price (0 for free).", required: true),
                  .value("currency", "CODE", "ISO 4217 currency (default GBP)."), .value("member-price", "AMOUNT", "Price for members."),
                  .value("format", "FORMAT", "online (default), in_person, self_paced or blended."), .value("cpd-points", "N", "CPD points on completion."),
                  .value("summary", "TEXT", "One line for the catalogue."), .value("description", "TEXT", "The course (Markdown; rendered safely)."),
                  .value("outline", "TEXT", "One lesson a line: Module / Lesson / minutes."), .value("requires", "COURSES", "Comma-separated courses to complete first."),
                  .value("credential", "DEFINITION", "The credential completing it awards."), .value("slug", "SLUG", "Its address (default: from the title)."),
                  .value("payment-url", "URL", "Where to pay (a Stripe Payment Link): the course page's buy button.")],
        examples: ["portico-admin courses create --title 'Tidal hydraulics' --price 95.00 --member-price 70.00 --cpd-points 6 --requires coastal-design-fundamentals"]
    )) { context in
        var fields: [String: String] = [:]
        for (option, field) in [("format", "format"), ("cpd-points", "cpd_points"), ("summary", "summary"), ("description", "description"), ("outline", "outline"), ("slug", "slug"),
                                ("payment-url", "payment_url")] {
            if let value = context.arguments.value(option) { fields[field] = value.replacingOccurrences(of: "\\n", with: "\n") }
        }
        let requires = (context.arguments.value("requires") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let course = try context.write {
            try LearningRecords.createCourse(title: context.value("title"), price: context.value("price"), memberPrice: context.arguments.value("member-price"),
                                             currency: context.arguments.value("currency") ?? "GBP", requires: requires,
                                             credential: context.arguments.value("credential"), fields: fields, in: $0)
        }
        context.say("Added course \(course.slug) (draft).")
        if context.wantsJSON { context.print(OutputTable(records: [course.fields])) }
    }

    static let update = AdminCommand(["courses", "update"], capability: .coursesEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change a course's details, prices or credential (enrollments keep what they agreed to).",
        options: [.value("title", "TITLE", "Its title."), .value("price", "AMOUNT", "New price."), .value("member-price", "AMOUNT", "New member price (empty to remove)."),
                  .value("format", "FORMAT", "online, in_person, self_paced or blended."), .value("cpd-points", "N", "CPD points on completion."),
                  .value("summary", "TEXT", "One line for the catalogue."), .value("description", "TEXT", "The course (Markdown)."),
                  .value("outline", "TEXT", "One lesson a line: Module / Lesson / minutes."), .value("credential", "DEFINITION", "The credential it awards (empty: none)."),
                  .value("slug", "SLUG", "A new address."), .value("payment-url", "URL", "Where to pay (a Stripe Payment Link; empty to remove).")],
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses update dredging-practice --summary 'Two days on site with a dredging crew.'"]
    )) { context in
        var fields: [String: String] = [:]
        for (option, field) in [("title", "title"), ("format", "format"), ("cpd-points", "cpd_points"), ("summary", "summary"), ("description", "description"),
                                ("outline", "outline"), ("slug", "slug"), ("payment-url", "payment_url")] {
            if let value = context.arguments.value(option) { fields[field] = value.replacingOccurrences(of: "\\n", with: "\n") }
        }
        let course = try context.write {
            try LearningRecords.updateCourse(slug: context.arguments.positionals[0], fields: fields, price: context.arguments.value("price"),
                                             memberPrice: context.arguments.value("member-price"), credential: context.arguments.value("credential"), in: $0)
        }
        context.say("Updated course \(course.slug).")
    }

    static func statusCommand(_ verb: String, status: String, abstract: String, example: String) -> AdminCommand {
        AdminCommand(["courses", verb], capability: .coursesEdit, writes: true, spec: CommandSpec(
            verb, abstract: abstract, positionals: [PositionalSpec("course", "The course's slug.")], examples: [example]
        )) { context in
            let course = try context.write { try LearningRecords.setStatus(slug: context.arguments.positionals[0], to: status, in: $0) }
            context.say("Course \(course.slug) is \(course.status).")
        }
    }

    static let publish = statusCommand("publish", status: "published", abstract: "Publish a course: it appears in the catalogue and takes enrollments.",
                                       example: "portico-admin courses publish hydraulic-modelling-with-open-tools")
    static let archive = statusCommand("archive", status: "archived", abstract: "Archive a course: it leaves the catalogue; enrollments and credentials stay.",
                                       example: "portico-admin courses archive dredging-practice")

    static let list = AdminCommand(["courses", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List courses.", examples: ["portico-admin courses list"]
    )) { context in
        context.print(OutputTable(records: try LearningRecords.courses(in: context.store()).map(\.fields), emptyColumns: ["slug", "title", "status"]))
    }

    static let show = AdminCommand(["courses", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A course with its prerequisites and its enrollments by status.",
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses show breakwater-design-advanced"]
    )) { context in
        let store = try context.store()
        let course = try LearningRecords.course(slug: context.arguments.positionals[0], in: store)
        let requires = try LearningRecords.prerequisites(of: course.id, in: store).map(\.slug).joined(separator: ", ")
        let enrollments = try LearningRecords.enrollments(in: store).filter { $0.courseID == course.id }
        context.print(OutputTable(records: [course.fields + [("requires", .text(requires))] + Enrollment.statuses.map { status in
            (status, .integer(Int64(enrollments.filter { $0.status == status }.count)))
        }]))
    }

    static let enroll = AdminCommand(["courses", "enroll"], capability: .coursesEnroll, writes: true, spec: CommandSpec(
        "enroll", abstract: "Enroll a member on a published course; every course it requires must be completed first.",
        options: [.value("member", "MEMBER", "Member number or email.", required: true)],
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses enroll dredging-practice --member M000020"]
    )) { context in
        _ = try context.write { try LearningRecords.enroll(member: context.value("member"), course: context.arguments.positionals[0], in: $0) }
        context.say("Enrolled \(try context.value("member")) on \(context.arguments.positionals[0]).")
    }

    static let progress = AdminCommand(["courses", "progress"], capability: .coursesEnroll, writes: true, spec: CommandSpec(
        "progress", abstract: "Record a member's progress (percent) and, optionally, a score.",
        options: [.value("member", "MEMBER", "Member number or email.", required: true), .value("percent", "N", "Progress, 0 to 100.", required: true),
                  .value("score", "N", "A score so far.")],
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses progress coastal-design-fundamentals --member M000006 --percent 50"]
    )) { context in
        let enrollment = try context.write {
            try LearningRecords.progress(member: context.value("member"), course: context.arguments.positionals[0], percent: Int64(context.integer("percent") ?? 0),
                                         score: context.integer("score").map(Int64.init), in: $0)
        }
        context.say("Progress \(enrollment.progress)% (\(enrollment.status.replacingOccurrences(of: "_", with: " "))).")
    }

    static let complete = AdminCommand(["courses", "complete"], capability: .coursesEnroll, writes: true, spec: CommandSpec(
        "complete", abstract: "Complete a member's course: its CPD points are recorded and its credential issued, each once.",
        options: [.value("member", "MEMBER", "Member number or email.", required: true), .value("score", "N", "The final score."), keyOption],
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses complete coastal-design-fundamentals --member M000006 --score 82"]
    )) { context in
        let signing = try signing(context)
        let (_, credential) = try context.write {
            try LearningRecords.complete(member: context.value("member"), course: context.arguments.positionals[0], score: context.integer("score").map(Int64.init),
                                         signing: signing, in: $0)
        }
        context.say("Completed." + (credential.map { " Issued credential \($0.identifier)." } ?? ""))
    }

    static let withdraw = AdminCommand(["courses", "withdraw"], capability: .coursesEnroll, writes: true, spec: CommandSpec(
        "withdraw", abstract: "Withdraw a member from a course.",
        options: [.value("member", "MEMBER", "Member number or email.", required: true)],
        positionals: [PositionalSpec("course", "The course's slug.")],
        examples: ["portico-admin courses withdraw coastal-design-fundamentals --member M000006"]
    )) { context in
        _ = try context.write { try LearningRecords.withdraw(member: context.value("member"), course: context.arguments.positionals[0], in: $0) }
        context.say("Withdrawn.")
    }

    static let report = AdminCommand(["report", "courses"], capability: .reportsView, writes: false, spec: CommandSpec(
        "courses", abstract: "Per course: enrollments, completions, completion rate, median days to complete; credentials issued, expiring within 90 days, revoked.",
        options: ReportCommands.frameOptions(),
        examples: ["portico-admin report courses"]
    )) { context in
        let store = try context.store()
        try ReportCommands.emit(CoursesReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                   by: context.arguments.value("by"), today: store.today()), context)
    }
}
