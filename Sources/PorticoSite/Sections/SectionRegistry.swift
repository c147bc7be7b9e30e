/// Every section of the public site, in navigation order. Adding a section is a folder under
/// `Sections/<Name>/` (its type, page models and helpers), its layouts in the theme, and one line here.
enum SectionRegistry {
    static let all: [any SiteSection.Type] = [
        PagesSection.self,
        HelpCenter.self,
        MemberDirectorySection.self,
        JoinSection.self,
        EventsSection.self,
        BusinessDirectorySection.self,
        JobsSection.self,
        LearningSection.self,
        ResourcesSection.self,
        SponsorsSection.self,
        WidgetsSection.self,
    ]
}
