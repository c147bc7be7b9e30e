
/// One page of a paginated list: page 1 lives at the list's root (`help/billing/`), page n at `<root>page/n/`,
/// as Hugo and Zola lay them out. Templates receive `pagination` (null when the list fits on one page).
struct Pagination {
    /// Items per list page unless portico.json says otherwise (`SiteConfig.pageSize`).
    static let pageSize = 50
    /// Page links shown on each side of the current page (the first and last are always shown).
    static let window = 2

    /// The list's root path, with a trailing slash (`help/billing/`).
    let root: String
    let number: Int
    let count: Int

    /// Splits `items` into list pages, one entry per page with its slice. An empty list still has its first page.
    static func paginate<Item>(_ items: [Item], root: String, size: Int = pageSize) -> [(page: Pagination, items: ArraySlice<Item>)] {
        let count = max(1, (items.count + size - 1) / size)
        return (1...count).map { number in
            let start = (number - 1) * size
            return (Pagination(root: root, number: number, count: count), items[min(start, items.count)..<min(start + size, items.count)])
        }
    }

    /// The site-relative path of page `number`.
    func path(of number: Int) -> String { number == 1 ? root : root + "page/\(number)/" }

    /// This page's path.
    var path: String { path(of: number) }

    /// ` (page 2 of 5)` for pages after the first, so their titles differ; empty for the first.
    var titleSuffix: String { number == 1 ? "" : " (page \(number) of \(count))" }

    /// The template data: current and total, previous and next links, and a window of page links; nil when the
    /// list fits on one page.
    func data(context: PageContext) -> PaginationData? {
        guard count > 1 else { return nil }
        var shown = Set([1, count])
        for near in (number - Self.window)...(number + Self.window) where (1...count).contains(near) { shown.insert(near) }
        var links: [PaginationData.PageLink] = []
        var last = 0
        for page in shown.sorted() {
            if page > last + 1 { links.append(.init(gap: true, number: nil, url: nil, current: false)) }
            links.append(.init(gap: false, number: page, url: context.link(path(of: page)), current: page == number))
            last = page
        }
        return PaginationData(current: number, total: count, previous: number > 1 ? context.link(path(of: number - 1)) : nil,
                              next: number < count ? context.link(path(of: number + 1)) : nil, pages: links)
    }
}
