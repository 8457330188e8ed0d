import Foundation

/// Reads folders and files into articles: plain-text article files, JSON Lines
/// files and `.meta.json` sidecars, recursively, in a stable order. Bad input is
/// skipped with a diagnostic; nothing stops the load but a path that is not there.
struct CorpusLoader {
    let options: IngestOptions

    private(set) var articles: [Article] = []
    private(set) var diagnostics: [IngestDiagnostic] = []

    init(options: IngestOptions) {
        self.options = options
    }

    /// Reads one file or folder. `display` is the path as the user wrote it.
    mutating func load(_ url: URL, display: String) throws(CorpusError) {
        let path = url.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: display)
        }
        if isDirectory.boolValue {
            try loadDirectory(at: URL(fileURLWithPath: path, isDirectory: true), display: display)
        } else {
            let name = (path as NSString).lastPathComponent
            let parent = (display as NSString).deletingLastPathComponent
            let file = InputFile(url: URL(fileURLWithPath: path), relative: name, display: display)
            if file.isSidecar {
                // A sidecar named on its own applies to its article beside it.
                let articleURL = URL(fileURLWithPath: String(path.dropLast(InputFile.sidecarSuffix.count)) + ".txt")
                let articleDisplay = (parent as NSString).appendingPathComponent(articleURL.lastPathComponent)
                load(
                    InputFile(url: articleURL, relative: articleURL.lastPathComponent, display: articleDisplay),
                    sidecar: file)
            } else {
                load(file, sidecar: sidecar(beside: file))
            }
        }
    }

    private mutating func loadDirectory(at root: URL, display: String) throws(CorpusError) {
        let manager = FileManager.default
        guard
            let enumerator = manager.enumerator(
                at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
                options: [.skipsHiddenFiles])
        else { throw .unreadable(path: display, reason: "cannot list the folder") }
        let rootPath = root.standardizedFileURL.path
        var files: [InputFile] = []
        for case let url as URL in enumerator {
            // Folders are walked; a link to a folder is not followed. Anything else is
            // a file to read, so a link is read through and a device or pipe is
            // reported rather than passed over in silence.
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true { continue }
            if values?.isSymbolicLink == true,
                (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
            {
                continue
            }
            let path = url.standardizedFileURL.path
            let relative =
                path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            files.append(
                InputFile(url: url, relative: relative, display: (display as NSString).appendingPathComponent(relative))
            )
        }
        files.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }

        var sidecars: [String: InputFile] = [:]
        for file in files where file.isSidecar {
            sidecars[String(file.relative.dropLast(InputFile.sidecarSuffix.count))] = file
        }
        var work: [(file: InputFile, sidecar: InputFile?)] = []
        for file in files where !file.isSidecar {
            work.append((file, file.kind == .text ? sidecars.removeValue(forKey: file.relativeStem) : nil))
        }
        // Files are read on every core, a stretch at a time so that progress can be
        // told; their results join in path order.
        let options = self.options
        let stretch = 1024
        for start in stride(from: 0, to: work.count, by: stretch) {
            let parts = ParallelMap.map(Array(work[start..<min(start + stretch, work.count)])) { item in
                var part = CorpusLoader(options: options)
                part.load(item.file, sidecar: item.sidecar)
                return (part.articles, part.diagnostics)
            }
            for (articles, diagnostics) in parts {
                self.articles += articles
                self.diagnostics += diagnostics
            }
            options.progress?(
                IngestProgress(stage: .reading, done: min(start + stretch, work.count), total: work.count))
        }
        for sidecar in sidecars.values.sorted(by: { $0.relative < $1.relative }) {
            let expected = (sidecar.relative.dropLast(InputFile.sidecarSuffix.count) as Substring) + ".txt"
            diagnostics.append(
                IngestDiagnostic(file: sidecar.display, problem: .orphanSidecar(expected: String(expected))))
        }
    }

    private func sidecar(beside file: InputFile) -> InputFile? {
        guard file.kind == .text else { return nil }
        let path = file.url.deletingPathExtension().path + InputFile.sidecarSuffix
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let display = (file.display as NSString).deletingPathExtension + InputFile.sidecarSuffix
        return InputFile(
            url: URL(fileURLWithPath: path), relative: file.relativeStem + InputFile.sidecarSuffix, display: display)
    }

    // MARK: Files

    private mutating func load(_ file: InputFile, sidecar: InputFile?) {
        // `IngestOptions.skip`: a file it names is not read at all (nor its sidecar).
        if let skip = options.skip, skip(file.relative) { return }
        switch file.kind {
        case .text: loadText(file, sidecar: sidecar)
        case .jsonLines: loadJSONLines(file)
        case .other: skipOther(file)
        }
    }

    private func readBytes(_ file: InputFile, limit: Int?) -> Result<Data, IngestProblem> {
        do {
            return .success(try FileBytes.read(atPath: file.url.path, limit: limit))
        } catch {
            switch error {
            case .tooLarge(let size, let limit): return .failure(.tooLarge(size: size, limit: limit))
            case .unreadable(let reason): return .failure(.unreadable(reason: reason))
            case .notFound, .notARegularFile: return .failure(.unreadable(reason: error.description))
            }
        }
    }

    private mutating func loadText(_ file: InputFile, sidecar: InputFile?) {
        let decoded = readBytes(file, limit: options.maximumFileSize).flatMap { TextDecoding.decode($0) }
        let raw: String
        switch decoded {
        case .failure(let problem):
            diagnostics.append(IngestDiagnostic(file: file.display, problem: problem))
            if let sidecar {
                diagnostics.append(
                    IngestDiagnostic(file: sidecar.display, problem: .badSidecar(reason: "its article was skipped")))
            }
            return
        case .success(let text): raw = text
        }
        let reading = options.reader.read(raw)
        var metadata = reading.metadata
        var id = file.relativeStem
        if let sidecar {
            switch readSidecar(sidecar) {
            case .success(let fields):
                fields.apply(to: &metadata)
                id = fields.id ?? id
            case .failure(let problem):
                diagnostics.append(IngestDiagnostic(file: sidecar.display, problem: .badSidecar(reason: "\(problem)")))
            }
        }
        articles.append(Article(id: id, file: file.relative, metadata: metadata, text: reading.body, raw: raw))
    }

    private func readSidecar(_ sidecar: InputFile) -> Result<JSONArticleFields, IngestProblem> {
        readBytes(sidecar, limit: options.maximumFileSize).flatMap { data in
            Result { () throws(IngestProblem) -> JSONArticleFields in
                let object: Any
                do {
                    object = try JSONSerialization.jsonObject(with: data)
                } catch {
                    throw .badJSON(reason: Self.reason(error))
                }
                guard let dictionary = object as? [String: Any] else {
                    throw .notAnObject(found: Self.jsonKind(object))
                }
                return try JSONArticleFields(dictionary)
            }
        }
    }

    private mutating func loadJSONLines(_ file: InputFile) {
        let data: Data
        switch readBytes(file, limit: nil) {
        case .failure(let problem):
            diagnostics.append(IngestDiagnostic(file: file.display, problem: problem))
            return
        case .success(let bytes): data = bytes
        }
        if data.isEmpty {
            diagnostics.append(IngestDiagnostic(file: file.display, problem: .emptyFile))
            return
        }
        if TextDecoding.isBinary(data) {
            diagnostics.append(IngestDiagnostic(file: file.display, problem: .binaryFile))
            return
        }
        var lineNumber = 0
        var skippedLines = 0
        let (articlesBefore, diagnosticsBefore) = (articles.count, diagnostics.count)
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            // `IngestOptions.skip`: a line it names (`feed.jsonl:12`) is not parsed.
            if let skip = options.skip, skip("\(file.relative):\(lineNumber)") {
                skippedLines += 1
                continue
            }
            if let article = readJSONLine(line, number: lineNumber, in: file) { articles.append(article) }
        }
        if articles.count == articlesBefore, diagnostics.count == diagnosticsBefore, skippedLines == 0 {
            diagnostics.append(IngestDiagnostic(file: file.display, problem: .emptyFile))
        }
    }

    private mutating func readJSONLine(_ bytes: Data, number: Int, in file: InputFile) -> Article? {
        func skip(_ problem: IngestProblem) -> Article? {
            diagnostics.append(IngestDiagnostic(file: file.display, line: number, problem: problem))
            return nil
        }
        if bytes.count > options.maximumFileSize {
            return skip(.tooLarge(size: bytes.count, limit: options.maximumFileSize))
        }
        if let offset = TextDecoding.firstInvalidUTF8Offset(bytes) {
            return skip(.notUTF8(byteOffset: offset))
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        if LineText.isBlank(raw) { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes)
        } catch {
            return skip(.badJSON(reason: Self.reason(error)))
        }
        guard let dictionary = object as? [String: Any] else { return skip(.notAnObject(found: Self.jsonKind(object))) }
        let fields: JSONArticleFields
        do {
            fields = try JSONArticleFields(dictionary)
        } catch {
            return skip(error)
        }
        guard let text = fields.text else { return skip(dictionary["text"] == nil ? .missingText : .emptyText) }
        let body = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        if LineText.isBlank(body) { return skip(.emptyText) }
        var metadata = ArticleMetadata()
        fields.apply(to: &metadata)
        return Article(
            id: fields.id ?? "\(file.relativeStem):\(number)", file: "\(file.relative):\(number)", metadata: metadata,
            text: body, raw: raw.hasSuffix("\r") ? String(raw.dropLast()) : raw)
    }

    private mutating func skipOther(_ file: InputFile) {
        let problem: IngestProblem
        switch readPrefix(file) {
        case .failure(let failure): problem = failure
        case .success(let bytes):
            problem =
                bytes.isEmpty
                ? .emptyFile
                : TextDecoding.isBinary(bytes) ? .binaryFile : .unsupportedType(extension: file.url.pathExtension)
        }
        diagnostics.append(IngestDiagnostic(file: file.display, problem: problem))
    }

    private func readPrefix(_ file: InputFile) -> Result<Data, IngestProblem> {
        do {
            let handle = try FileHandle(forReadingFrom: file.url)
            defer { try? handle.close() }
            return .success(try handle.read(upToCount: TextDecoding.sniffLength) ?? Data())
        } catch {
            return .failure(.unreadable(reason: Self.reason(error)))
        }
    }

    /// `an array`, `a string`… for a JSON value that should have been an object.
    private static func jsonKind(_ value: Any) -> String {
        switch value {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNull: "null"
        case is NSNumber: "a number"
        default: "not an object"
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let debug = nsError.userInfo["NSDebugDescription"] as? String, !debug.isEmpty {
            return debug.prefix(1).lowercased() + debug.dropFirst().trimmingSuffix(while: { $0 == "." })
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let message = underlying.userInfo[NSLocalizedDescriptionKey] as? String
        {
            return message
        }
        return nsError.localizedDescription
    }
}

/// One file found under a corpus root.
struct InputFile: Sendable {
    static let sidecarSuffix = ".meta.json"

    enum Kind { case text, jsonLines, other }

    let url: URL
    /// The path inside the corpus root (the name, for a file given by itself).
    let relative: String
    /// The path as shown in diagnostics.
    let display: String

    var isSidecar: Bool { relative.lowercased().hasSuffix(Self.sidecarSuffix) }

    /// The relative path without its extension: the article's id.
    var relativeStem: String { (relative as NSString).deletingPathExtension }

    var kind: Kind {
        switch url.pathExtension.lowercased() {
        case "txt", "text", "": .text
        case "jsonl", "ndjson": .jsonLines
        default: .other
        }
    }
}
