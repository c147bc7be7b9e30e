/// Every described entity, in one list: the audit trail replays them, and `import`/`export` find them here.
/// A later section describes its tables and adds them to `all`; it then gets audited writes, replay checks,
/// import and export without more code.
public enum EntityCatalog {
    public static let all: [Entity] = [StaffMember.entity, SiteSettings.entity, SupportTicket.entity, SupportMessage.entity, Plan.entity, Member.entity,
                                          Company.entity, Membership.entity, Group.entity, Group.membershipEntity, CPDRecord.entity,
                                          Invoice.entity, Invoice.lineEntity, Invoice.paymentEntity, OutboxMessage.entity]

    /// The entities that can be imported and exported, by their command-line names.
    public static var transferable: [Entity] { all.filter { $0.transfer != nil } }

    /// The transferable entity called `name` (`staff`, `tickets`…), or an error listing them.
    public static func transferable(named name: String) throws -> Entity {
        guard let entity = transferable.first(where: { $0.transfer?.name == name }) else {
            throw ModelError.invalid(field: "entity", value: name, reason: "not one of " + transferable.compactMap(\.transfer?.name).joined(separator: ", "))
        }
        return entity
    }
}
