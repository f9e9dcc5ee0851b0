extension AppManifest {
    /// A page listed in app.json, with the JSON string that lists it.
    struct PageEntry {
        /// The page as written, e.g. "pages/index/index" (relative to its sub-package root).
        let page: String
        /// Path relative to the app root, sub-package root included, leading "/" dropped.
        let path: String
        let element: JSONElement
        /// The sub-package root as written, nil for a main-package page.
        let subpackageRoot: String?
    }

    /// A sub-package: its root as written and the JSON string holding it.
    struct SubpackageEntry {
        let root: String
        let element: JSONElement
    }

    /// The `subpackages` (or `subPackages`) array.
    private var subpackageList: [JSONElement] {
        root["subpackages"]?.value.arrayValue ?? root["subPackages"]?.value.arrayValue ?? []
    }

    /// Every page of `pages` and of the sub-packages, in the order written.
    var pageEntries: [PageEntry] {
        var entries: [PageEntry] = []
        for element in root["pages"]?.value.arrayValue ?? [] {
            guard let page = element.value.stringValue else { continue }
            entries.append(PageEntry(page: page, path: joinPath("", page), element: element, subpackageRoot: nil))
        }
        for package in subpackageList {
            guard let packageRoot = package["root"]?.value.stringValue else { continue }
            for element in package["pages"]?.value.arrayValue ?? [] {
                guard let page = element.value.stringValue else { continue }
                entries.append(
                    PageEntry(
                        page: page, path: joinPath(packageRoot, page), element: element, subpackageRoot: packageRoot))
            }
        }
        return entries
    }

    /// Sub-package roots with their JSON strings.
    var subpackageEntries: [SubpackageEntry] {
        subpackageList.compactMap { package in
            guard let element = package["root"], let packageRoot = element.value.stringValue else { return nil }
            return SubpackageEntry(root: packageRoot, element: element)
        }
    }
}
